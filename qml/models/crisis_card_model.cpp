#include "qml/models/crisis_card_model.h"

#include <QCoreApplication>

#include "sync/engine/crisis_card_store.h"

namespace veldwerk::app {

void CrisisCardModel::setSession(VaultSession* session) {
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &VaultSession::unlocked, this, &CrisisCardModel::refresh);
        connect(m_session, &VaultSession::changedBySync, this, &CrisisCardModel::refresh);
        connect(m_session, &VaultSession::locked, this, [this] { replaceRows({}); });
    }
    emit sessionChanged();
    refresh();
}

void CrisisCardModel::refresh() {
    auto* vault = m_session ? m_session->vault() : nullptr;
    if (vault == nullptr) {
        replaceRows({});
        return;
    }
    std::vector<Row> rows;
    for (const auto& n : sync::crisisCard(vault->db())) {
        rows.push_back({QString::fromStdString(n.kind), QString::fromStdString(n.number)});
    }
    replaceRows(std::move(rows));
}

void CrisisCardModel::replaceRows(std::vector<Row> rows) {
    beginResetModel();
    const bool countChanges = rows.size() != m_rows.size();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges) {
        emit countChanged();
    }
}

int CrisisCardModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant CrisisCardModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() < 0 || index.row() >= count()) {
        return {};
    }
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
        case KindRole:
            return row.kind;
        case LabelRole:
            return labelOf(row.kind);
        case NumberRole:
            return row.number;
        case DialUrlRole:
            return dialUrlOf(row.number);
        default:
            return {};
    }
}

QHash<int, QByteArray> CrisisCardModel::roleNames() const {
    return {
        {KindRole, "kind"}, {LabelRole, "label"}, {NumberRole, "number"}, {DialUrlRole, "dialUrl"}};
}

QString CrisisCardModel::labelOf(const QString& kind) {
    if (kind == QLatin1String("veilig_thuis")) {
        return QCoreApplication::translate("Veldwerk", "Veilig Thuis");
    }
    if (kind == QLatin1String("crisis_service")) {
        return QCoreApplication::translate("Veldwerk", "Crisisdienst");
    }
    if (kind == QLatin1String("after_hours")) {
        return QCoreApplication::translate("Veldwerk", "Buiten kantoortijd (team)");
    }
    if (kind == QLatin1String("emergency")) {
        return QCoreApplication::translate("Veldwerk", "Alarmnummer");
    }
    return kind;
}

QString CrisisCardModel::dialUrlOf(const QString& number) {
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit() || (c == QLatin1Char('+') && digits.isEmpty())) {
            digits += c;
        }
    }
    return QStringLiteral("tel:") + digits;
}

}  // namespace veldwerk::app
