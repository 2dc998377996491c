// The open vault of this device, and its state. The only owner of the vault::Vault while the app
// runs: unlock() derives the key with Argon2id on a worker thread (it takes about a second on
// purpose, and the GUI must stay responsive), lock() drops the vault, which zeroises its keys.
// Views and models never open the vault themselves; they follow this session's signals.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QString>
#include <memory>
#include <thread>

#include "core/vault/vault.h"

namespace veldwerk::app {

class VaultSession : public QObject {
    Q_OBJECT
    // A type for QML properties and enums; the app's one instance is published by main.cpp as
    // the singleton Session (qmlRegisterSingletonInstance), never created by QML.
    QML_ELEMENT
    QML_UNCREATABLE("VaultSession is created once by the app; use Session")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(Problem problem READ problem NOTIFY stateChanged)
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY stateChanged)
    Q_PROPERTY(QString vaultDir READ vaultDir CONSTANT)

public:
    enum State { Locked, Unlocking, Unlocked, Wiped, Error };
    Q_ENUM(State)
    // Why the last unlock did not succeed (None after a success or before any attempt).
    // Revoked: the server revoked this device and its vault was wiped by the sync engine.
    // Busy: another program (e.g. veldwerk-cli) held the vault too long; trying again helps.
    enum Problem { None, WrongPassphrase, NoVault, Damaged, StorageFailure, Revoked, Busy };
    Q_ENUM(Problem)

    explicit VaultSession(QString vaultDir, QObject* parent = nullptr);
    ~VaultSession() override;

    State state() const { return m_state; }
    Problem problem() const { return m_problem; }
    // After WrongPassphrase: wrong attempts left before the vault wipes itself; -1 otherwise.
    int attemptsLeft() const { return m_attemptsLeft; }
    QString vaultDir() const { return m_vaultDir; }

    // The open vault while Unlocked, else nullptr. For C++ services and models only.
    vault::Vault* vault() { return m_vault.get(); }

    // Takes the passphrase and overwrites the caller's string (best effort: Qt may hold copies).
    void unlock(QString& passphrase);
    Q_INVOKABLE void lock();
    // Looks again whether a vault exists (e.g. after one was created with veldwerk-cli).
    Q_INVOKABLE void recheck();
    // The sync engine wiped the vault because the server revoked this device: listeners drop
    // what they show (as on lock), the connection goes, and the files are removed again in case
    // anything was written after the engine's wipe. Ends in Wiped with problem Revoked.
    void forgetRevoked();
    // First run: the vault just made, enrolled and synced on a worker thread (which has ended)
    // becomes the open vault, as if unlocked.
    void adopt(std::unique_ptr<vault::Vault> opened);
    // Sign out and wipe this tablet: the vault closes (listeners drop what they show) and every
    // vault file is removed. Ends in Wiped; the app then leads to first run.
    Q_INVOKABLE void wipeDevice();
    // A sync round changed the vault through its own connection: models read again.
    void announceSync() { emit changedBySync(); }

signals:
    void stateChanged();
    void unlocked();
    void locked();
    void changedBySync();

private:
    struct Outcome;
    void finishUnlock(const std::shared_ptr<Outcome>& outcome);
    void setState(State state, Problem problem, int attemptsLeft = -1);
    void joinWorker();

    QString m_vaultDir;
    State m_state = Locked;
    Problem m_problem = None;
    int m_attemptsLeft = -1;
    std::unique_ptr<vault::Vault> m_vault;
    std::thread m_worker;
};

}  // namespace veldwerk::app
