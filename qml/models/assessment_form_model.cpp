#include "qml/models/assessment_form_model.h"

namespace veldwerk::app {

QVariant AssessmentFormModel::roleValue(const FormRow& row, int role) {
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
        case InConflictRole:
            return row.inConflict;
        case ConflictSidesRole:
            return row.conflictSides;
        case ConflictTextRole:
            return row.conflictText;
        case CanResolveRole:
            return row.canResolve;
        case ConflictNoteRole:
            return row.conflictNote;
        default:
            return {};
    }
}

AssessmentFormModel::AssessmentFormModel(QObject* controller, QObject* parent)
    : RowListModel(controller, {ControllerRole, EditableRole}, parent) {}

void AssessmentFormModel::setRows(std::vector<FormRow> rows) {
    replaceRows(m_rows, std::move(rows), &FormRow::itemIndex, &roleValue);
}

QString AssessmentFormModel::idOf(int row) const {
    return m_rows[static_cast<std::size_t>(row)].itemId;
}

QVariant AssessmentFormModel::rowValue(int row, int role) const {
    return roleValue(m_rows[static_cast<std::size_t>(row)], role);
}

QHash<int, QByteArray> AssessmentFormModel::rowRoleNames() const {
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
            {InConflictRole, "inConflict"},
            {ConflictSidesRole, "conflictSides"},
            {ConflictTextRole, "conflictText"},
            {CanResolveRole, "canResolve"},
            {ConflictNoteRole, "conflictNote"}};
}

}  // namespace veldwerk::app
