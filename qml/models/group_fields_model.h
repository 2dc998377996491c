// The fields of every entry of one repeating group (a kindcheck's children, a safety plan's
// agreements), entry after entry, for the group's card on the assessment page. Each row carries
// what its input needs (path, type, options, answer, a problem) plus the controller and whether
// answers can change. Rows keep their place while answers change, so a field being typed in
// keeps its focus. Filled by AssessmentController. Read-only.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QVariantList>
#include <vector>

#include "qml/models/row_list_model.h"

namespace veldwerk::app {

struct FieldRow {
    std::uint32_t key = 0;  // entry position * 256 + field index: grows down the list
    QString entryId;
    int entryNumber = 0;  // 1-based, as the worker counts
    bool firstOfEntry = false;
    QString path;  // GROUP/ENTRY/FIELD
    QString fieldId;
    QString label;
    QString type;
    QVariantList options;  // [{value, label, selected}]
    QString answer;
    QString problem;

    bool operator==(const FieldRow&) const = default;
};

// The base is named in full: Qt 6.4's qmltyperegistrar does not resolve it otherwise.
class GroupFieldsModel : public veldwerk::app::RowListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GroupFieldsModel belongs to an AssessmentController")

public:
    enum Roles {
        EntryIdRole = Qt::UserRole + 1,
        EntryNumberRole,
        FirstOfEntryRole,
        PathRole,
        FieldIdRole,
        LabelRole,
        TypeRole,
        OptionsRole,
        AnswerRole,
        ProblemRole,
        ControllerRole,
        EditableRole,
    };
    Q_ENUM(Roles)

    explicit GroupFieldsModel(QObject* controller, QObject* parent = nullptr);

    const std::vector<FieldRow>& rows() const { return m_rows; }
    // Replaces the rows: removes, inserts and updates only what differs. Rows are found by path
    // (rowOf, valueOf).
    void setRows(std::vector<FieldRow> rows);

protected:
    int size() const override { return static_cast<int>(m_rows.size()); }
    QString idOf(int row) const override;
    QVariant rowValue(int row, int role) const override;
    QHash<int, QByteArray> rowRoleNames() const override;

private:
    static QVariant roleValue(const FieldRow& row, int role);
    std::vector<FieldRow> m_rows;
};

}  // namespace veldwerk::app
