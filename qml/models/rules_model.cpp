#include "qml/models/rules_model.h"

namespace veldwerk::app {

RulesModel::RulesModel(QObject* controller, QObject* parent)
    : RowListModel(controller, {ControllerRole, EditableRole}, parent) {}

void RulesModel::setRows(std::vector<RuleRow> rows) {
    replaceRows(m_rows, std::move(rows), &RuleRow::ruleIndex, &roleValue);
}

QString RulesModel::idOf(int row) const {
    return m_rows[static_cast<std::size_t>(row)].ruleId;
}

QVariant RulesModel::rowValue(int row, int role) const {
    return roleValue(m_rows[static_cast<std::size_t>(row)], role);
}

QVariant RulesModel::roleValue(const RuleRow& row, int role) {
    switch (role) {
        case RuleIdRole:
            return row.ruleId;
        case PublicIdRole:
            return row.publicId;
        case Qt::DisplayRole:
        case MessageRole:
            return row.message;
        case SeverityRole:
            return row.severity;
        case BlockingRole:
            return row.blocking;
        case WarningRole:
            return row.warning;
        case FlaggedRole:
            return row.flagged;
        case SuggestsRole:
            return row.suggests;
        case SuggestionTakenRole:
            return row.suggestionTaken;
        case SuggestionTextRole:
            return row.suggestionText;
        case JustificationRole:
            return row.justification;
        case ConcernsRole:
            return row.concerns;
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

QHash<int, QByteArray> RulesModel::rowRoleNames() const {
    return {{RuleIdRole, "ruleId"},
            {PublicIdRole, "publicId"},
            {MessageRole, "message"},
            {SeverityRole, "severity"},
            {BlockingRole, "blocking"},
            {WarningRole, "warning"},
            {FlaggedRole, "flagged"},
            {SuggestsRole, "suggests"},
            {SuggestionTakenRole, "suggestionTaken"},
            {SuggestionTextRole, "suggestionText"},
            {JustificationRole, "justification"},
            {ConcernsRole, "concerns"},
            {InConflictRole, "inConflict"},
            {ConflictSidesRole, "conflictSides"},
            {ConflictTextRole, "conflictText"},
            {CanResolveRole, "canResolve"},
            {ConflictNoteRole, "conflictNote"}};
}

}  // namespace veldwerk::app
