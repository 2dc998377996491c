// What the assessment page's row lists (questions, rules, a group's fields) share: rows of a plain
// struct with a key that grows down the list, replaced with the fewest model signals (row_plan.h)
// so views keep their delegates; a controller and whether answers can change, handed to every
// row so a delegate needs nothing from outside its row; a count and lookups by a row's id.
// A subclass keeps its rows and says how one row reads per role; which roles changed is found by
// comparing those values, so a new field cannot be forgotten in a hand-written comparison.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <algorithm>
#include <cstdint>
#include <vector>

#include "qml/models/row_plan.h"

namespace veldwerk::app {

class RowListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    int count() const { return size(); }
    // The row whose id (an item id, a rule id, a field's path) is `id`; -1 when there is none.
    Q_INVOKABLE int rowOf(const QString& id) const;
    // One role of a row by role name, for tests and screenshots: e.g. ("oordeel", "answer").
    Q_INVOKABLE QVariant valueOf(const QString& id, const QString& roleName) const;
    void setEditable(bool editable);

    int rowCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role) const final;
    QHash<int, QByteArray> roleNames() const final;

signals:
    void countChanged();

protected:
    // The numbers the subclass's Roles enum gives the two roles every row carries.
    struct SharedRoles {
        int controller = 0;
        int editable = 0;
    };
    RowListModel(QObject* controller, SharedRoles shared, QObject* parent);

    virtual int size() const = 0;
    virtual QString idOf(int row) const = 0;
    virtual QVariant rowValue(int row, int role) const = 0;
    // The subclass's own roles (without the shared two).
    virtual QHash<int, QByteArray> rowRoleNames() const = 0;

    // Replaces `rows` by `next` (both ascending by `key`): removes, inserts and updates only what
    // differs. `value` reads a row's role the way rowValue() does.
    template <class Row>
    void replaceRows(std::vector<Row>& rows, std::vector<Row> next, std::uint32_t Row::*key,
                     QVariant (*value)(const Row&, int role));

private:
    QList<int> differingRoles(const std::vector<QVariant>& a, const std::vector<QVariant>& b,
                              const QList<int>& roles) const;
    void emitRowChanged(int row, const QList<int>& roles);

    QObject* m_controller;
    SharedRoles m_shared;
    bool m_editable = false;
};

template <class Row>
void RowListModel::replaceRows(std::vector<Row>& rows, std::vector<Row> next,
                               std::uint32_t Row::*key, QVariant (*value)(const Row&, int role)) {
    const int before = count();
    if (next.empty()) {
        // Everything goes (the vault locked): one reset, not a removal per row.
        if (before > 0) {
            beginResetModel();
            rows.clear();
            endResetModel();
            emit countChanged();
        }
        return;
    }
    std::vector<std::uint32_t> currentKeys;
    std::vector<std::uint32_t> nextKeys;
    for (const auto& row : rows) {
        currentKeys.push_back(row.*key);
    }
    for (const auto& row : next) {
        nextKeys.push_back(row.*key);
    }
    QList<int> roles = rowRoleNames().keys();
    std::sort(roles.begin(), roles.end());
    const auto values = [&roles, value](const Row& row) {
        std::vector<QVariant> out;
        out.reserve(static_cast<std::size_t>(roles.size()));
        for (const int role : roles) {
            out.push_back(value(row, role));
        }
        return out;
    };
    for (const auto& step : planRows(currentKeys, nextKeys)) {
        switch (step.kind) {
            case RowStep::Kind::Remove:
                beginRemoveRows({}, step.row, step.row);
                rows.erase(rows.begin() + step.row);
                endRemoveRows();
                break;
            case RowStep::Kind::Insert:
                beginInsertRows({}, step.row, step.row);
                rows.insert(rows.begin() + step.row, std::move(next[step.next]));
                endInsertRows();
                break;
            case RowStep::Kind::Keep: {
                auto& current = rows[static_cast<std::size_t>(step.row)];
                const auto changed =
                    differingRoles(values(current), values(next[step.next]), roles);
                if (!changed.isEmpty()) {
                    current = std::move(next[step.next]);
                    emitRowChanged(step.row, changed);
                }
                break;
            }
        }
    }
    if (count() != before) {
        emit countChanged();
    }
}

}  // namespace veldwerk::app
