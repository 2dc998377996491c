// Controller of the settings page: language, auto-lock time, position use (stored in
// AppPreferences), this device's server and enrolment, changing the vault passphrase, and signing
// out with a wipe of this tablet — after a warning that lists what has not been synced yet.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include "qml/services/app_preferences.h"
#include "qml/services/vault_session.h"

namespace veldwerk::app {

class SettingsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        veldwerk::app::VaultSession* session READ session WRITE setSession NOTIFY changed REQUIRED)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY changed)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY changed)
    // "ask" | "always" | "never"
    Q_PROPERTY(QString positionUse READ positionUse WRITE setPositionUse NOTIFY changed)
    Q_PROPERTY(QString serverText READ serverText NOTIFY changed)
    Q_PROPERTY(QString deviceText READ deviceText NOTIFY changed)
    Q_PROPERTY(QString userText READ userText NOTIFY changed)
    // What would be lost by wiping now, one line each ("3 wijzigingen in Gezin Bakker"); empty
    // when everything is on the server.
    Q_PROPERTY(QStringList unsynced READ unsynced NOTIFY changed)
    Q_PROPERTY(QString wipeWarning READ wipeWarning NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)

public:
    explicit SettingsController(QObject* parent = nullptr);

    // The app's preferences (main.cpp; tests their own). Without it, defaults are shown.
    static void usePreferences(AppPreferences* preferences);

    VaultSession* session() const { return m_session; }
    void setSession(VaultSession* session);
    QString language() const;
    void setLanguage(const QString& language);
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    QString positionUse() const;
    void setPositionUse(const QString& use);
    QString serverText() const { return m_serverText; }
    QString deviceText() const { return m_deviceText; }
    QString userText() const { return m_userText; }
    QStringList unsynced() const { return m_unsynced; }
    QString wipeWarning() const;
    QString message() const { return m_message; }
    bool busy() const { return m_busy; }

    // The new passphrase must be acceptable (passphrase_strength.h) and confirmed.
    Q_INVOKABLE bool changePassphrase(QString passphrase, QString confirmation);
    Q_INVOKABLE int strengthLevel(const QString& passphrase) const;
    Q_INVOKABLE QString strengthText(const QString& passphrase) const;
    // Signs out and wipes this tablet. `confirmation` must be the word WISSEN (so a stray tap
    // cannot do it).
    Q_INVOKABLE bool signOutAndWipe(const QString& confirmation);
    Q_INVOKABLE void refresh();

signals:
    void changed();

private:
    QPointer<VaultSession> m_session;
    QString m_serverText;
    QString m_deviceText;
    QString m_userText;
    QStringList m_unsynced;
    QString m_message;
    bool m_busy = false;
};

}  // namespace veldwerk::app
