#include "qml/models/row_list_model.h"

namespace veldwerk::app {

RowListModel::RowListModel(QObject* controller, SharedRoles shared, QObject* parent)
    : QAbstractListModel(parent), m_controller(controller), m_shared(shared) {}

void RowListModel::setEditable(bool editable) {
    if (m_editable == editable) {
        return;
    }
    m_editable = editable;
    if (count() > 0) {
        emit dataChanged(index(0), index(count() - 1), {m_shared.editable});
    }
}

int RowListModel::rowOf(const QString& id) const {
    for (int row = 0; row < count(); ++row) {
        if (idOf(row) == id) {
            return row;
        }
    }
    return -1;
}

QVariant RowListModel::valueOf(const QString& id, const QString& roleName) const {
    const int row = rowOf(id);
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

int RowListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant RowListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role == m_shared.controller) {
        return QVariant::fromValue(m_controller);
    }
    if (role == m_shared.editable) {
        return m_editable;
    }
    return rowValue(index.row(), role);
}

QHash<int, QByteArray> RowListModel::roleNames() const {
    auto names = rowRoleNames();
    names.insert(m_shared.controller, "controller");
    names.insert(m_shared.editable, "editable");
    return names;
}

QList<int> RowListModel::differingRoles(const std::vector<QVariant>& a,
                                        const std::vector<QVariant>& b,
                                        const QList<int>& roles) const {
    QList<int> out;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i]) {
            out << roles[static_cast<qsizetype>(i)];
        }
    }
    return out;
}

void RowListModel::emitRowChanged(int row, const QList<int>& roles) {
    emit dataChanged(index(row), index(row), roles);
}

}  // namespace veldwerk::app
