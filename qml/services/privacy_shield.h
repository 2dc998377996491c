// The privacy screen: one tap from every screen (VwPageHeader's "Verbergen") hides everything
// behind a neutral screen, and so does the app leaving the foreground (inactive, hidden,
// suspended: the task switcher's thumbnail then shows nothing). Engaging locks the vault, so no
// page with client data stays alive behind it, and returning goes through the ordinary unlock
// page: the passphrase, with its attempt counter (there is no second unlock path).
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>

#include "qml/services/vault_session.h"

namespace veldwerk::app {

class PrivacyShield : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(
        veldwerk::app::VaultSession* session READ session WRITE setSession NOTIFY sessionChanged)
    // The neutral screen is shown.
    Q_PROPERTY(bool engaged READ engaged NOTIFY engagedChanged)
    // There is something to hide (the vault is open).
    Q_PROPERTY(bool available READ available NOTIFY engagedChanged)

public:
    explicit PrivacyShield(QObject* parent = nullptr);

    VaultSession* session() const { return m_session; }
    void setSession(VaultSession* session);
    bool engaged() const { return m_engaged; }
    bool available() const;

    Q_INVOKABLE void engage();
    // The worker taps the neutral screen: the unlock page behind it asks the passphrase.
    Q_INVOKABLE void reveal();

public slots:
    void applicationStateChanged(Qt::ApplicationState state);

signals:
    void sessionChanged();
    void engagedChanged();

private:
    void setEngaged(bool engaged);

    QPointer<VaultSession> m_session;
    bool m_engaged = false;
    // Only leaving an active state engages it: under Xvfb without a window manager an app may
    // never become active, and must not lock itself there.
    Qt::ApplicationState m_lastState = Qt::ApplicationInactive;
};

}  // namespace veldwerk::app
