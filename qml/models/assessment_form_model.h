// The questions of one assessment as the worker sees them now: only visible items, in the
// definition's order, each with its Dutch label and help, answer type, options, current answer,
// whether it is required and still missing, a rule's suggestion for it and (groups) its entries.
// Filled by AssessmentController after every evaluation; hidden items leave the list and come
// back without the other rows being rebuilt. Read-only: answers are changed through the
// controller: each row carries the controller and whether answers can change, so a delegate needs
// nothing from outside its row.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QStringList>
#include <QVariantList>
#include <vector>

#include "qml/models/row_list_model.h"

namespace veldwerk::app {

struct FormRow {
    std::uint32_t itemIndex = 0;  // in the definition: the row's stable key
    QString itemId;
    QString sectionId;
    QString sectionTitle;
    QString label;
    QString help;
    QString type;           // jnv | choice | multi | text | date | scale0_10 | scale1_5 | group
    QVariantList options;   // [{value, label, selected}]; scales: one per number
    QString answer;         // canonical; text: as typed; date: as typed while not yet valid
    bool required = false;  // required right now
    bool missing = false;   // required, visible and not answered
    QString problem;        // Dutch: why the last input was not stored, or the stored one is bad
    QString suggestion;     // Dutch: a rule's suggestion not taken yet, e.g. "Voorstel (RT1): …"
    QString note;           // Dutch: e.g. other professionals' own scores
    int entryCount = 0;     // group: entries so far
    QObject* entryFields = nullptr;  // group: its GroupFieldsModel (owned by the controller)
    // An open disagreement ("Verschil van inzicht") the server keeps for this item: every side
    // as [{value, label, author, role, text}], all of them on one line ("Anna (JGT): Onveilig —
    // Gijs (GI): Voorwaardelijk veilig"), whether this user may resolve it (a JGT member of the
    // case) and, if not, why; a resolution waiting for the server says so.
    bool inConflict = false;
    QVariantList conflictSides;
    QString conflictText;
    bool canResolve = false;
    QString conflictNote;

    bool operator==(const FormRow&) const = default;
};

// The base is named in full: Qt 6.4's qmltyperegistrar does not resolve it otherwise.
class AssessmentFormModel : public veldwerk::app::RowListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AssessmentFormModel belongs to an AssessmentController (its form)")

public:
    enum Roles {
        ItemIdRole = Qt::UserRole + 1,
        SectionIdRole,
        SectionTitleRole,
        LabelRole,
        HelpRole,
        TypeRole,
        OptionsRole,
        AnswerRole,
        RequiredRole,
        MissingRole,
        ProblemRole,
        SuggestionRole,
        NoteRole,
        EntryCountRole,
        EntryFieldsRole,
        InConflictRole,
        ConflictSidesRole,
        ConflictTextRole,
        CanResolveRole,
        ConflictNoteRole,
        ControllerRole,
        EditableRole,
    };
    Q_ENUM(Roles)

    // `controller` is handed to every row's delegate (the owner that stores answers).
    explicit AssessmentFormModel(QObject* controller, QObject* parent = nullptr);

    const std::vector<FormRow>& rows() const { return m_rows; }
    // Replaces the rows: removes, inserts and updates only what differs. Rows are found by item
    // id (rowOf, valueOf).
    void setRows(std::vector<FormRow> rows);

protected:
    int size() const override { return static_cast<int>(m_rows.size()); }
    QString idOf(int row) const override;
    QVariant rowValue(int row, int role) const override;
    QHash<int, QByteArray> rowRoleNames() const override;

private:
    static QVariant roleValue(const FormRow& row, int role);
    std::vector<FormRow> m_rows;
};

}  // namespace veldwerk::app
