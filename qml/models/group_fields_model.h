// The fields of every entry of one repeating group (a kindcheck's children, a safety plan's
// agreements), entry after entry, for the group's card on the assessment page. Each row carries
// what its input needs (path, type, options, answer, a problem) plus the controller and whether
// answers can change. Rows keep their place while answers change, so a field being typed in
// keeps its focus. Filled by AssessmentController. Read-only.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QVariantList>
#include <vector>

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

class GroupFieldsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GroupFieldsModel belongs to an AssessmentController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

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

    int count() const { return static_cast<int>(m_rows.size()); }
    const std::vector<FieldRow>& rows() const { return m_rows; }
    void setRows(std::vector<FieldRow> rows);
    void setEditable(bool editable);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<int> changedRoles(const FieldRow& a, const FieldRow& b) const;

    QObject* m_controller;
    bool m_editable = false;
    std::vector<FieldRow> m_rows;
};

}  // namespace veldwerk::app
