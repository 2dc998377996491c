// The rules in force for one assessment, live while filling: each fired rule with its id (RT1…)
// and Dutch message, what it does (blocks submission, warns and needs a written justification,
// suggests an answer, puts the assessment in front of the supervisor), a suggestion's answer and
// whether it was taken over, a warning's justification and its disagreement, if any. Filled by
// AssessmentController after every evaluation; each row carries the controller (for "Overnemen"
// and the justification) and whether answers can change. Read-only.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QVariantList>
#include <vector>

#include "qml/models/row_list_model.h"

namespace veldwerk::app {

struct RuleRow {
    // The row's key, growing down the list: the strength of the rule's strongest effect (high
    // bits), then its index in the definition.
    std::uint32_t ruleIndex = 0;
    QString ruleId;
    // What the badge shows: the rule's public id (RT1…, KC3) as instruments.md names it; "" for
    // a rule with an internal name only (e.g. kind_jong_leeftijd_nee: its message says it all).
    QString publicId;
    QString message;  // Dutch
    // require | warn | suggest | flag | hide: the strongest effect, for colour ("hide": the rule
    // only hides questions, and says why).
    QString severity;
    bool blocking = false;  // a require effect blocks submission
    bool warning = false;   // a warn effect: submission needs a written justification
    bool flagged = false;   // a flag effect: the supervisor looks at it
    bool suggests = false;  // a suggest effect
    bool suggestionTaken = false;
    QString suggestionText;  // Dutch: "Hoe veilig is het kind nu? → Onveilig"
    QString justification;   // warn: as typed (stored as it is typed, see the controller)
    QString concerns;        // Dutch: which entries or questions the rule is about
    // warn: two professionals wrote different justifications at the same time; every side as
    // [{value, label, author, role, text}], on one line, whether this user may choose (a JGT
    // member of the case) and, if not, why. As on a question's row.
    bool inConflict = false;
    QVariantList conflictSides;
    QString conflictText;
    bool canResolve = false;
    QString conflictNote;

    bool operator==(const RuleRow&) const = default;
};

// The base is named in full: Qt 6.4's qmltyperegistrar does not resolve it otherwise.
class RulesModel : public veldwerk::app::RowListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("RulesModel belongs to an AssessmentController (its rules)")

public:
    enum Roles {
        RuleIdRole = Qt::UserRole + 1,
        PublicIdRole,
        MessageRole,
        SeverityRole,
        BlockingRole,
        WarningRole,
        FlaggedRole,
        SuggestsRole,
        SuggestionTakenRole,
        SuggestionTextRole,
        JustificationRole,
        ConcernsRole,
        InConflictRole,
        ConflictSidesRole,
        ConflictTextRole,
        CanResolveRole,
        ConflictNoteRole,
        ControllerRole,
        EditableRole,
    };
    Q_ENUM(Roles)

    explicit RulesModel(QObject* controller, QObject* parent = nullptr);

    const std::vector<RuleRow>& rows() const { return m_rows; }
    // Replaces the rows: removes, inserts and updates only what differs. Rows are found by rule id
    // (rowOf, valueOf).
    void setRows(std::vector<RuleRow> rows);

protected:
    int size() const override { return static_cast<int>(m_rows.size()); }
    QString idOf(int row) const override;
    QVariant rowValue(int row, int role) const override;
    QHash<int, QByteArray> rowRoleNames() const override;

private:
    static QVariant roleValue(const RuleRow& row, int role);
    std::vector<RuleRow> m_rows;
};

}  // namespace veldwerk::app
