// Controller of the unlock page: turns the session's state into what the page shows (busy,
// a Dutch explanation, attempts left) and forwards the typed passphrase. The page keeps only
// layout and bindings.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>

#include "qml/services/vault_session.h"

namespace veldwerk::app {

class UnlockController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::VaultSession* session READ session WRITE setSession NOTIFY
                   sessionChanged REQUIRED)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    // False when there is nothing to unlock (no vault, damaged, wiped): the field is disabled.
    Q_PROPERTY(bool canUnlock READ canUnlock NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    // "Dit apparaat is vergrendeld", or "… ingetrokken" after the server revoked it.
    Q_PROPERTY(QString headline READ headline NOTIFY changed)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY changed)

public:
    explicit UnlockController(QObject* parent = nullptr);

    VaultSession* session() const { return m_session; }
    void setSession(VaultSession* session);

    bool busy() const;
    bool canUnlock() const;
    QString errorText() const;
    QString headline() const;
    int attemptsLeft() const;

    // Returns false (and says why in errorText) when the passphrase is not even worth trying.
    Q_INVOKABLE bool unlock(QString passphrase);
    Q_INVOKABLE void recheck();

signals:
    void sessionChanged();
    void changed();

private:
    QPointer<VaultSession> m_session;
    bool m_emptyInput = false;
};

}  // namespace veldwerk::app
