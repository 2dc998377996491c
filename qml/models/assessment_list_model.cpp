#include "qml/models/assessment_list_model.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <map>

#include "qml/services/dutch_wording.h"

namespace veldwerk::app {

AssessmentListModel::AssessmentListModel(QObject* parent) : QAbstractListModel(parent) {}

void AssessmentListModel::setCaseFile(CaseFileService* caseFile) {
    if (m_caseFile == caseFile) {
        return;
    }
    if (m_caseFile) {
        disconnect(m_caseFile, nullptr, this, nullptr);
    }
    m_caseFile = caseFile;
    if (m_caseFile) {
        connect(m_caseFile, &CaseFileService::opened, this, &AssessmentListModel::refresh);
        connect(m_caseFile, &CaseFileService::changedBySync, this, [this] {
            if (m_active) {
                refresh();
            } else {
                m_stale = true;
            }
        });
        connect(m_caseFile, &CaseFileService::closed, this, [this] { replaceRows({}); });
        connect(m_caseFile, &CaseFileService::assessmentChanged, this,
                [this](const QString& caseId) {
                    if (caseId != m_caseId) {
                        return;
                    }
                    if (m_active) {
                        refresh();
                    } else {
                        m_stale = true;
                    }
                });
    }
    emit inputsChanged();
    refresh();
}

void AssessmentListModel::setCaseId(const QString& caseId) {
    if (m_caseId == caseId) {
        return;
    }
    m_caseId = caseId;
    emit inputsChanged();
    refresh();
}

void AssessmentListModel::setActive(bool active) {
    if (m_active == active) {
        return;
    }
    m_active = active;
    emit activeChanged();
    if (m_active && m_stale) {
        refresh();
    }
}

void AssessmentListModel::refresh() {
    m_stale = false;
    std::vector<Row> rows;
    if (m_caseFile) {
        std::map<std::string, std::string> names;
        for (const auto& person : m_caseFile->persons(m_caseId)) {
            names[person.id] = person.name;
        }
        const auto nowMs = QDateTime::currentMSecsSinceEpoch();
        const auto userNames = m_caseFile->userNames();
        for (const auto& summary : m_caseFile->assessments(m_caseId)) {
            const auto& record = summary.record;
            Row row;
            row.id = wording::fromUtf8(record.id);
            row.formId = wording::fromUtf8(record.formId);
            const auto* definition = m_caseFile->forms().find(record.formId, record.formVersion);
            row.title = definition != nullptr ? wording::nl(definition->title()) : row.formId;
            if (record.subjectPersonId) {
                const auto name = names.find(*record.subjectPersonId);
                row.subjectName = name != names.end() ? wording::fromUtf8(name->second) : QString();
            } else {
                row.subjectName = QCoreApplication::translate("Veldwerk", "het gezin");
            }
            row.status = wording::fromUtf8(record.status);
            row.statusLabel = wording::statusLabel(record.status);
            row.lastChangeMs = summary.lastChangeMs;
            row.conflictCount = summary.openConflicts;
            if (!summary.returnComment.empty()) {
                const auto by = userNames.find(summary.returnedBy);
                row.returnComment =
                    QCoreApplication::translate("Veldwerk", "Teruggestuurd door %1: %2")
                        .arg(wording::fromUtf8(by != userNames.end() ? by->second
                                                                     : summary.returnedBy),
                             wording::fromUtf8(summary.returnComment));
            }
            row.lastChangeText = QCoreApplication::translate("Veldwerk", "Laatst gewijzigd %1")
                                     .arg(wording::momentText(summary.lastChangeMs, nowMs));
            rows.push_back(std::move(row));
        }
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.lastChangeMs > b.lastChangeMs; });
    replaceRows(std::move(rows));
}

void AssessmentListModel::replaceRows(std::vector<Row> rows) {
    if (rows.empty() && m_rows.empty()) {
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

int AssessmentListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant AssessmentListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
        case AssessmentIdRole:
            return row.id;
        case FormIdRole:
            return row.formId;
        case Qt::DisplayRole:
        case TitleRole:
            return row.title;
        case SubjectNameRole:
            return row.subjectName;
        case StatusRole:
            return row.status;
        case StatusLabelRole:
            return row.statusLabel;
        case LastChangeTextRole:
            return row.lastChangeText;
        case ConflictCountRole:
            return row.conflictCount;
        case ReturnCommentRole:
            return row.returnComment;
        default:
            return {};
    }
}

QHash<int, QByteArray> AssessmentListModel::roleNames() const {
    return {{AssessmentIdRole, "assessmentId"},
            {FormIdRole, "formId"},
            {TitleRole, "title"},
            {SubjectNameRole, "subjectName"},
            {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"},
            {ReturnCommentRole, "returnComment"},
            {LastChangeTextRole, "lastChangeText"},
            {ConflictCountRole, "conflictCount"}};
}

}  // namespace veldwerk::app
