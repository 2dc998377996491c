#include "qml/models/rules_model.h"

#include "qml/models/row_plan.h"

namespace veldwerk::app {

RulesModel::RulesModel(QObject* controller, QObject* parent)
    : QAbstractListModel(parent), m_controller(controller) {}

void RulesModel::setEditable(bool editable) {
    if (m_editable == editable) {
        return;
    }
    m_editable = editable;
    if (!m_rows.empty()) {
        emit dataChanged(index(0), index(count() - 1), {EditableRole});
    }
}

int RulesModel::rowOf(const QString& ruleId) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].ruleId == ruleId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QVariant RulesModel::valueOf(const QString& ruleId, const QString& roleName) const {
    const int row = rowOf(ruleId);
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

QList<int> RulesModel::changedRoles(const RuleRow& a, const RuleRow& b) const {
    QList<int> roles;
    const auto note = [&roles](bool differs, int role) {
        if (differs) {
            roles << role;
        }
    };
    note(a.ruleId != b.ruleId, RuleIdRole);
    note(a.message != b.message, MessageRole);
    note(a.severity != b.severity, SeverityRole);
    note(a.blocking != b.blocking, BlockingRole);
    note(a.warning != b.warning, WarningRole);
    note(a.flagged != b.flagged, FlaggedRole);
    note(a.suggests != b.suggests, SuggestsRole);
    note(a.suggestionTaken != b.suggestionTaken, SuggestionTakenRole);
    note(a.suggestionText != b.suggestionText, SuggestionTextRole);
    note(a.justification != b.justification, JustificationRole);
    note(a.concerns != b.concerns, ConcernsRole);
    return roles;
}

void RulesModel::setRows(std::vector<RuleRow> rows) {
    std::vector<std::uint32_t> currentKeys;
    std::vector<std::uint32_t> nextKeys;
    for (const auto& row : m_rows) {
        currentKeys.push_back(row.ruleIndex);
    }
    for (const auto& row : rows) {
        nextKeys.push_back(row.ruleIndex);
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

int RulesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant RulesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RuleRow& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
        case RuleIdRole:
            return row.ruleId;
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
        case ControllerRole:
            return QVariant::fromValue(m_controller);
        case EditableRole:
            return m_editable;
        default:
            return {};
    }
}

QHash<int, QByteArray> RulesModel::roleNames() const {
    return {{RuleIdRole, "ruleId"},
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
            {ControllerRole, "controller"},
            {EditableRole, "editable"}};
}

}  // namespace veldwerk::app
