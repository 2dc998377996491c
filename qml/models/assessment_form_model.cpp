#include "qml/models/assessment_form_model.h"

#include "qml/models/row_plan.h"

namespace veldwerk::app {

AssessmentFormModel::AssessmentFormModel(QObject* controller, QObject* parent)
    : QAbstractListModel(parent), m_controller(controller) {}

void AssessmentFormModel::setEditable(bool editable) {
    if (m_editable == editable) {
        return;
    }
    m_editable = editable;
    if (!m_rows.empty()) {
        emit dataChanged(index(0), index(count() - 1), {EditableRole});
    }
}

int AssessmentFormModel::rowOf(const QString& itemId) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].itemId == itemId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QVariant AssessmentFormModel::valueOf(const QString& itemId, const QString& roleName) const {
    const int row = rowOf(itemId);
    if (row < 0) {
        return {};
    }
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (QString::fromLatin1(it.value()) == roleName) {
            return data(index(row), it.key());
        }
    }
    return {};
}

QList<int> AssessmentFormModel::changedRoles(const FormRow& a, const FormRow& b) const {
    QList<int> roles;
    const auto note = [&roles](bool differs, int role) {
        if (differs) {
            roles << role;
        }
    };
    note(a.itemId != b.itemId, ItemIdRole);
    note(a.sectionId != b.sectionId, SectionIdRole);
    note(a.sectionTitle != b.sectionTitle, SectionTitleRole);
    note(a.label != b.label, LabelRole);
    note(a.help != b.help, HelpRole);
    note(a.type != b.type, TypeRole);
    note(a.options != b.options, OptionsRole);
    note(a.answer != b.answer, AnswerRole);
    note(a.required != b.required, RequiredRole);
    note(a.missing != b.missing, MissingRole);
    note(a.problem != b.problem, ProblemRole);
    note(a.suggestion != b.suggestion, SuggestionRole);
    note(a.note != b.note, NoteRole);
    note(a.entryCount != b.entryCount, EntryCountRole);
    note(a.entryFields != b.entryFields, EntryFieldsRole);
    return roles;
}

void AssessmentFormModel::setRows(std::vector<FormRow> rows) {
    std::vector<std::uint32_t> currentKeys;
    std::vector<std::uint32_t> nextKeys;
    for (const auto& row : m_rows) {
        currentKeys.push_back(row.itemIndex);
    }
    for (const auto& row : rows) {
        nextKeys.push_back(row.itemIndex);
    }
    const int before = count();
    if (rows.empty()) {
        // Everything goes (the vault locked): one reset, not a removal per row.
        if (before > 0) {
            beginResetModel();
            m_rows.clear();
            endResetModel();
            emit countChanged();
        }
        return;
    }
    for (const auto& step : planRows(currentKeys, nextKeys)) {
        switch (step.kind) {
            case RowStep::Kind::Remove:
                beginRemoveRows({}, step.row, step.row);
                m_rows.erase(m_rows.begin() + step.row);
                endRemoveRows();
                break;
            case RowStep::Kind::Insert:
                beginInsertRows({}, step.row, step.row);
                m_rows.insert(m_rows.begin() + step.row, std::move(rows[step.next]));
                endInsertRows();
                break;
            case RowStep::Kind::Keep: {
                auto& current = m_rows[static_cast<std::size_t>(step.row)];
                const auto roles = changedRoles(current, rows[step.next]);
                if (!roles.isEmpty()) {
                    current = std::move(rows[step.next]);
                    emit dataChanged(index(step.row), index(step.row), roles);
                }
                break;
            }
        }
    }
    if (count() != before) {
        emit countChanged();
    }
}

int AssessmentFormModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant AssessmentFormModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FormRow& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
        case ItemIdRole:
            return row.itemId;
        case SectionIdRole:
            return row.sectionId;
        case SectionTitleRole:
            return row.sectionTitle;
        case Qt::DisplayRole:
        case LabelRole:
            return row.label;
        case HelpRole:
            return row.help;
        case TypeRole:
            return row.type;
        case OptionsRole:
            return row.options;
        case AnswerRole:
            return row.answer;
        case RequiredRole:
            return row.required;
        case MissingRole:
            return row.missing;
        case ProblemRole:
            return row.problem;
        case SuggestionRole:
            return row.suggestion;
        case NoteRole:
            return row.note;
        case EntryCountRole:
            return row.entryCount;
        case EntryFieldsRole:
            return QVariant::fromValue(row.entryFields);
        case ControllerRole:
            return QVariant::fromValue(m_controller);
        case EditableRole:
            return m_editable;
        default:
            return {};
    }
}

QHash<int, QByteArray> AssessmentFormModel::roleNames() const {
    return {{ItemIdRole, "itemId"},
            {SectionIdRole, "sectionId"},
            {SectionTitleRole, "sectionTitle"},
            {LabelRole, "label"},
            {HelpRole, "help"},
            {TypeRole, "answerType"},
            {OptionsRole, "options"},
            {AnswerRole, "answer"},
            {RequiredRole, "isRequired"},
            {MissingRole, "isMissing"},
            {ProblemRole, "problem"},
            {SuggestionRole, "suggestion"},
            {NoteRole, "note"},
            {EntryCountRole, "entryCount"},
            {EntryFieldsRole, "entryFields"},
            {ControllerRole, "controller"},
            {EditableRole, "editable"}};
}

}  // namespace veldwerk::app
