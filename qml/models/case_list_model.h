// The cases (families) on this device, for "Mijn casussen". Filled from the CaseRepository when
// the session unlocks (and after every sync round) and emptied when it locks, so no client data
// outlives the open vault.
// Read-only: the model never writes storage.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <vector>

#include "qml/services/vault_session.h"

namespace veldwerk::app {

class CaseListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::VaultSession* session READ session WRITE setSession NOTIFY
                   sessionChanged REQUIRED)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    // "id" cannot be a QML property name, hence caseId.
    // ConflictCountRole: open disagreements in the case's assessments.
    enum Roles { IdRole = Qt::UserRole + 1, NameRole, CreatedAtRole, ConflictCountRole };
    Q_ENUM(Roles)

    explicit CaseListModel(QObject* parent = nullptr);

    VaultSession* session() const { return m_session; }
    void setSession(VaultSession* session);
    int count() const { return static_cast<int>(m_cases.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the cases again from the open vault (empties the list when locked).
    Q_INVOKABLE void refresh();

signals:
    void sessionChanged();
    void countChanged();

private:
    struct Row {
        QString id;
        QString name;
        QDateTime createdAt;
        int conflictCount = 0;
    };
    void replaceRows(std::vector<Row> rows);

    QPointer<VaultSession> m_session;
    std::vector<Row> m_cases;
};

}  // namespace veldwerk::app
