#include "qml/models/case_list_model.h"

#include <map>

#include "core/domain/case_repository.h"
#include "core/vault/field_conflicts.h"

namespace veldwerk::app {

CaseListModel::CaseListModel(QObject* parent) : QAbstractListModel(parent) {}

void CaseListModel::setSession(VaultSession* session) {
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &VaultSession::unlocked, this, &CaseListModel::refresh);
        connect(m_session, &VaultSession::changedBySync, this, &CaseListModel::refresh);
        connect(m_session, &VaultSession::locked, this, [this] { replaceRows({}); });
    }
    emit sessionChanged();
    refresh();
}

void CaseListModel::refresh() {
    vault::Vault* open = m_session ? m_session->vault() : nullptr;
    if (open == nullptr) {
        replaceRows({});
        return;
    }
    std::vector<Row> rows;
    try {
        std::map<std::string, int> conflicts;
        for (const auto& conflict : vault::FieldConflicts(open->db()).open()) {
            ++conflicts[conflict.caseId];
        }
        domain::CaseRepository repository(*open);
        for (const auto& record : repository.list(open->owner())) {
            const auto found = conflicts.find(record.id);
            rows.push_back({QString::fromStdString(record.id), QString::fromStdString(record.name),
                            QDateTime::fromMSecsSinceEpoch(record.createdAtMs),
                            found != conflicts.end() ? found->second : 0});
        }
    } catch (const std::exception& e) {
        // A read failure leaves an empty list rather than a crash; the vault stays open.
        qWarning("CaseListModel: cannot list cases: %s", e.what());
        rows.clear();
    }
    replaceRows(std::move(rows));
}

void CaseListModel::replaceRows(std::vector<Row> rows) {
    if (rows.empty() && m_cases.empty()) {
        return;
    }
    beginResetModel();
    m_cases = std::move(rows);
    endResetModel();
    emit countChanged();
}

int CaseListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_cases[static_cast<std::size_t>(index.row())];
    switch (role) {
        case IdRole:
            return row.id;
        case Qt::DisplayRole:
        case NameRole:
            return row.name;
        case CreatedAtRole:
            return row.createdAt;
        case ConflictCountRole:
            return row.conflictCount;
        default:
            return {};
    }
}

QHash<int, QByteArray> CaseListModel::roleNames() const {
    return {{IdRole, "caseId"},
            {NameRole, "name"},
            {CreatedAtRole, "createdAt"},
            {ConflictCountRole, "conflictCount"}};
}

}  // namespace veldwerk::app
