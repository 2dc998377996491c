#include "qml/models/case_list_model.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <map>
#include <tuple>

#include "core/assessment/assessment_repository.h"
#include "core/domain/case_repository.h"
#include "core/vault/field_conflicts.h"
#include "qml/access/emergency_access_controller.h"
#include "qml/followup/case_follow_up.h"
#include "qml/followup/follow_up_wording.h"
#include "qml/models/review_order.h"
#include "sync/engine/outbox.h"

namespace veldwerk::app {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("Veldwerk", text, disambiguation, n);
}

QString safetyLabel(const std::string& value) {
    if (value == "onveilig") {
        return tr("Onveilig");
    }
    if (value == "voorwaardelijk_veilig") {
        return tr("Voorwaardelijk veilig");
    }
    if (value == "veilig") {
        return tr("Veilig");
    }
    return tr("Nog geen veiligheidsoordeel");
}
}  // namespace

bool caseShownBefore(int attentionA, int safetyRankA, const QString& nameA, int attentionB,
                     int safetyRankB, const QString& nameB) {
    return std::make_tuple(-attentionA, -safetyRankA, nameA.toLower()) <
           std::make_tuple(-attentionB, -safetyRankB, nameB.toLower());
}

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
        connect(m_session, &VaultSession::locked, this, [this] {
            m_all.clear();
            replaceRows({});
        });
    }
    emit sessionChanged();
    refresh();
}

void CaseListModel::setFilter(const QString& filter) {
    if (filter != m_filter) {
        m_filter = filter;
        emit filterChanged();
        applyFilter();
    }
}

void CaseListModel::setScope(const QString& scope) {
    if (scope != m_scope) {
        m_scope = scope;
        emit filterChanged();
        applyFilter();
    }
}

void CaseListModel::refresh() {
    vault::Vault* open = m_session ? m_session->vault() : nullptr;
    m_all.clear();
    if (open == nullptr) {
        replaceRows({});
        return;
    }
    try {
        m_supervisor = open->owner().role == "supervisor";
        std::map<std::string, int> conflicts;
        for (const auto& conflict : vault::FieldConflicts(open->db()).open()) {
            ++conflicts[conflict.caseId];
        }
        domain::CaseRepository repository(*open);
        assessment::AssessmentRepository assessments(*open);
        sync::Outbox outbox(*open);
        for (const auto& record : repository.list(open->owner())) {
            Row row;
            row.id = QString::fromStdString(record.id);
            row.name = QString::fromStdString(record.name);
            row.createdAt = QDateTime::fromMSecsSinceEpoch(record.createdAtMs);
            const auto found = conflicts.find(record.id);
            row.conflictCount = found != conflicts.end() ? found->second : 0;
            row.pending = static_cast<int>(outbox.sizeFor(record.id));
            std::string safety;
            std::int64_t safetyAt = -1;
            for (const auto& a : assessments.forCase(record.id)) {
                row.returned = row.returned || a.status == "returned";
                row.awaitingReview += a.status == "submitted" ? 1 : 0;
                if (a.createdAtMs < safetyAt) {
                    continue;
                }
                for (const auto& answer : assessments.answers(a.id)) {
                    if (answer.path == "oordeel_veiligheid" && !answer.value.empty()) {
                        safety = answer.value;
                        safetyAt = a.createdAtMs;
                    }
                }
            }
            row.safety = QString::fromStdString(safety);
            row.safetyText = safetyLabel(safety);
            QStringList why;
            // Due dates that passed (core/followup), most overdue first: "Evaluatie
            // risicotaxatie verlopen sinds 3 dagen".
            int overdue = 0;
            if (const auto f = readListedFollowUp(*open, open->owner(), record.id)) {
                for (const auto& r : f->reminders) {
                    why << wording::reminderText(r);
                    ++overdue;
                }
            }
            if (record.closedAtMs) {
                why << tr("Gesloten: verdwijnt bij de volgende synchronisatie");
            }
            if (const auto emergency =
                    emergencyAccessText(*open, record.id, QDateTime::currentMSecsSinceEpoch());
                !emergency.isEmpty()) {
                why << emergency;
            }
            if (row.returned) {
                why << tr("Taxatie teruggestuurd");
            }
            if (m_supervisor && row.awaitingReview > 0) {
                why << tr("%n ter beoordeling", nullptr, row.awaitingReview);
            }
            if (row.conflictCount > 0) {
                why << tr("%n verschil(len) van inzicht", nullptr, row.conflictCount);
            }
            if (row.pending > 0) {
                why << tr("%n wijziging(en) nog niet verzonden", nullptr, row.pending);
            }
            row.attention = row.returned || row.conflictCount > 0 || overdue > 0 ||
                            (m_supervisor && row.awaitingReview > 0) || safety == "onveilig";
            row.attentionText = why.join(QStringLiteral(" · "));
            m_all.push_back(std::move(row));
        }
        std::stable_sort(m_all.begin(), m_all.end(), [](const Row& a, const Row& b) {
            return caseShownBefore(a.attention ? 1 : 0, safetyRank(a.safety.toStdString()), a.name,
                                   b.attention ? 1 : 0, safetyRank(b.safety.toStdString()), b.name);
        });
    } catch (const std::exception& e) {
        // A read failure leaves an empty list rather than a crash; the vault stays open.
        qWarning("CaseListModel: cannot list cases: %s", e.what());
        m_all.clear();
    }
    applyFilter();
}

void CaseListModel::applyFilter() {
    std::vector<Row> rows;
    const QString needle = m_filter.trimmed();
    for (const auto& row : m_all) {
        if (!needle.isEmpty() && !row.name.contains(needle, Qt::CaseInsensitive)) {
            continue;
        }
        if (m_supervisor && m_scope == QStringLiteral("mine") && row.awaitingReview == 0 &&
            !row.attention) {
            continue;
        }
        rows.push_back(row);
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
        case SafetyRole:
            return row.safety;
        case SafetyTextRole:
            return row.safetyText;
        case PendingRole:
            return row.pending;
        case ReturnedRole:
            return row.returned;
        case AwaitingReviewRole:
            return row.awaitingReview;
        case AttentionRole:
            return row.attention;
        case AttentionTextRole:
            return row.attentionText;
        default:
            return {};
    }
}

QHash<int, QByteArray> CaseListModel::roleNames() const {
    return {{IdRole, "caseId"},
            {NameRole, "name"},
            {CreatedAtRole, "createdAt"},
            {ConflictCountRole, "conflictCount"},
            {SafetyRole, "safety"},
            {SafetyTextRole, "safetyText"},
            {PendingRole, "pending"},
            {ReturnedRole, "returned"},
            {AwaitingReviewRole, "awaitingReview"},
            {AttentionRole, "attention"},
            {AttentionTextRole, "attentionText"}};
}

}  // namespace veldwerk::app
