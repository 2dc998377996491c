#include "qml/models/group_fields_model.h"

#include "qml/models/row_plan.h"

namespace veldwerk::app {

GroupFieldsModel::GroupFieldsModel(QObject* controller, QObject* parent)
    : QAbstractListModel(parent), m_controller(controller) {}

void GroupFieldsModel::setEditable(bool editable) {
    if (m_editable == editable) {
        return;
    }
    m_editable = editable;
    if (!m_rows.empty()) {
        emit dataChanged(index(0), index(count() - 1), {EditableRole});
    }
}

QList<int> GroupFieldsModel::changedRoles(const FieldRow& a, const FieldRow& b) const {
    QList<int> roles;
    const auto note = [&roles](bool differs, int role) {
        if (differs) {
            roles << role;
        }
    };
    note(a.entryId != b.entryId, EntryIdRole);
    note(a.entryNumber != b.entryNumber, EntryNumberRole);
    note(a.firstOfEntry != b.firstOfEntry, FirstOfEntryRole);
    note(a.path != b.path, PathRole);
    note(a.fieldId != b.fieldId, FieldIdRole);
    note(a.label != b.label, LabelRole);
    note(a.type != b.type, TypeRole);
    note(a.options != b.options, OptionsRole);
    note(a.answer != b.answer, AnswerRole);
    note(a.problem != b.problem, ProblemRole);
    return roles;
}

void GroupFieldsModel::setRows(std::vector<FieldRow> rows) {
    std::vector<std::uint32_t> currentKeys;
    std::vector<std::uint32_t> nextKeys;
    for (const auto& row : m_rows) {
        currentKeys.push_back(row.key);
    }
    for (const auto& row : rows) {
        nextKeys.push_back(row.key);
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

int GroupFieldsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant GroupFieldsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FieldRow& row = m_rows[static_cast<std::size_t>(index.row())];
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
        case ControllerRole:
            return QVariant::fromValue(m_controller);
        case EditableRole:
            return m_editable;
        default:
            return {};
    }
}

QHash<int, QByteArray> GroupFieldsModel::roleNames() const {
    return {{EntryIdRole, "entryId"},
            {EntryNumberRole, "entryNumber"},
            {FirstOfEntryRole, "firstOfEntry"},
            {PathRole, "path"},
            {FieldIdRole, "fieldId"},
            {LabelRole, "label"},
            {TypeRole, "answerType"},
            {OptionsRole, "options"},
            {AnswerRole, "answer"},
            {ProblemRole, "problem"},
            {ControllerRole, "controller"},
            {EditableRole, "editable"}};
}

}  // namespace veldwerk::app
