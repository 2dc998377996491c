#include "qml/models/group_fields_model.h"

namespace veldwerk::app {

GroupFieldsModel::GroupFieldsModel(QObject* controller, QObject* parent)
    : RowListModel(controller, {ControllerRole, EditableRole}, parent) {}

void GroupFieldsModel::setRows(std::vector<FieldRow> rows) {
    replaceRows(m_rows, std::move(rows), &FieldRow::key, &roleValue);
}

QString GroupFieldsModel::idOf(int row) const {
    return m_rows[static_cast<std::size_t>(row)].path;
}

QVariant GroupFieldsModel::rowValue(int row, int role) const {
    return roleValue(m_rows[static_cast<std::size_t>(row)], role);
}

QVariant GroupFieldsModel::roleValue(const FieldRow& row, int role) {
    switch (role) {
        case EntryIdRole:
            return row.entryId;
        case EntryNumberRole:
            return row.entryNumber;
        case FirstOfEntryRole:
            return row.firstOfEntry;
        case PathRole:
            return row.path;
        case FieldIdRole:
            return row.fieldId;
        case Qt::DisplayRole:
        case LabelRole:
            return row.label;
        case TypeRole:
            return row.type;
        case OptionsRole:
            return row.options;
        case AnswerRole:
            return row.answer;
        case ProblemRole:
            return row.problem;
        default:
            return {};
    }
}

QHash<int, QByteArray> GroupFieldsModel::rowRoleNames() const {
    return {{EntryIdRole, "entryId"},
            {EntryNumberRole, "entryNumber"},
            {FirstOfEntryRole, "firstOfEntry"},
            {PathRole, "path"},
            {FieldIdRole, "fieldId"},
            {LabelRole, "label"},
            {TypeRole, "answerType"},
            {OptionsRole, "options"},
            {AnswerRole, "answer"},
            {ProblemRole, "problem"}};
}

}  // namespace veldwerk::app
