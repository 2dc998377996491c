// Controller of the first-run pages (an empty vault): the server's address, the user's login
// (which enrols this device at once), choosing the vault passphrase, and the first sync. The
// enrolment runs on a worker thread into a staging vault beside the vault's directory, made with
// a random key that only this object holds; the chosen passphrase re-keys it, it is moved into
// place and opened, the first round runs, and the session adopts the open vault. Killed at any
// moment before the move, the app starts at first run again (the staging vault is removed).
// Errors are plain Dutch sentences; the log gets English reasons without client data.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>
#include <string>
#include <thread>

#include "core/vault/vault.h"
#include "qml/services/vault_session.h"

namespace veldwerk::app {

class FirstRunController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(veldwerk::app::VaultSession* session READ session WRITE setSession NOTIFY
                   sessionChanged REQUIRED)
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY changed)
    Q_PROPERTY(QString userName READ userName WRITE setUserName NOTIFY changed)
    Q_PROPERTY(Step step READ step NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    // What runs now ("Apparaat koppelen…") and how far the whole first run is (0..1).
    Q_PROPERTY(QString progressText READ progressText NOTIFY changed)
    Q_PROPERTY(double progress READ progress NOTIFY changed)
    // After login: "anna, JGT-medewerker (JGT Utrecht)".
    Q_PROPERTY(QString enrolledAs READ enrolledAs NOTIFY changed)
    // Why this tablet is at first run again (revoked, wiped), or "".
    Q_PROPERTY(QString notice READ notice NOTIFY changed)
    // The consequence of forgetting the passphrase, said plainly.
    Q_PROPERTY(QString wipeWarning READ wipeWarning CONSTANT)

public:
    enum Step { Server, Login, Passphrase, Syncing, Done };
    Q_ENUM(Step)

    explicit FirstRunController(QObject* parent = nullptr);
    ~FirstRunController() override;

    // Set once by main.cpp (--server, --ca-cert): the address offered and extra trusted
    // certificates (PEM) for a server with a private or self-signed certificate.
    static void setDefaults(const QString& serverUrl, const QByteArray& extraCaPem);
    // Vault key derivation cost; tests lower it (the default is the vault's).
    static void setFastKeyDerivationForTests(bool fast);

    VaultSession* session() const { return m_session; }
    void setSession(VaultSession* session);
    QString serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QString& url);
    QString userName() const { return m_userName; }
    void setUserName(const QString& name);
    Step step() const { return m_step; }
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    QString progressText() const { return m_progressText; }
    double progress() const { return m_progress; }
    QString enrolledAs() const { return m_enrolledAs; }
    QString notice() const;
    QString wipeWarning() const;

    // Checks the address (https, or http to this device) and goes on to the login.
    Q_INVOKABLE bool confirmServer();
    // Enrols this device with the user's name and password (worker thread); on success the
    // step becomes Passphrase. The password is overwritten after use.
    Q_INVOKABLE bool login(QString password);
    // The strength of a passphrase being typed: level 0..4 (PassphraseStrength::Level) and text.
    Q_INVOKABLE int strengthLevel(const QString& passphrase) const;
    Q_INVOKABLE QString strengthText(const QString& passphrase) const;
    // Sets the passphrase (must be acceptable and confirmed), then the first sync; at the end
    // the session is unlocked on the new vault (step Done).
    Q_INVOKABLE bool choosePassphrase(QString passphrase, QString confirmation);
    // One step back (not while working; not back past a finished enrolment).
    Q_INVOKABLE void back();

signals:
    void sessionChanged();
    void changed();
    void finished();

private:
    struct Result;
    void runOnWorker(std::function<void(Result&)> work);
    void finishWork(const std::shared_ptr<Result>& result);
    void setError(const QString& text);
    void setProgress(const QString& text, double progress);
    std::filesystem::path vaultDir() const;
    std::filesystem::path stagingDir() const;

    QPointer<VaultSession> m_session;
    QString m_serverUrl;
    QString m_userName;
    Step m_step = Server;
    bool m_busy = false;
    QString m_errorText;
    QString m_progressText;
    double m_progress = 0;
    QString m_enrolledAs;
    std::shared_ptr<vault::Vault> m_staged;  // enrolled, keyed with m_stagingKey
    std::string m_stagingKey;
    std::thread m_worker;
};

}  // namespace veldwerk::app
