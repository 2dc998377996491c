#include "qml/services/vault_session.h"

#include <QMetaObject>

#include "core/vault/secret.h"

namespace veldwerk::app {

// What the worker thread hands back to the GUI thread.
struct VaultSession::Outcome {
    std::unique_ptr<vault::Vault> vault;
    Problem problem = None;
    bool wiped = false;
    int attemptsLeft = -1;
};

namespace {
std::filesystem::path toPath(const QString& dir) {
    return std::filesystem::path(dir.toStdU16String());
}
}  // namespace

VaultSession::VaultSession(QString vaultDir, QObject* parent)
    : QObject(parent), m_vaultDir(std::move(vaultDir)) {
    recheck();
}

VaultSession::~VaultSession() {
    // A pending result posted to this object is discarded with it; the worker must end first.
    joinWorker();
}

void VaultSession::joinWorker() {
    if (m_worker.joinable()) {
        m_worker.join();
    }
}

void VaultSession::recheck() {
    if (m_state == Unlocking || m_state == Unlocked) {
        return;
    }
    if (vault::Vault::exists(toPath(m_vaultDir))) {
        setState(Locked, None);
    } else {
        setState(m_state == Wiped ? Wiped : Error, m_state == Wiped ? None : NoVault);
    }
}

void VaultSession::unlock(QString& passphrase) {
    if (m_state == Unlocking || m_state == Unlocked) {
        passphrase.fill(QChar(u'\0'));
        return;
    }
    joinWorker();
    QByteArray utf8 = passphrase.toUtf8();
    std::string secret(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    utf8.fill('\0');
    passphrase.fill(QChar(u'\0'));
    passphrase.clear();
    setState(Unlocking, None);

    const auto dir = toPath(m_vaultDir);
    m_worker = std::thread([this, dir, secret = std::move(secret)]() mutable {
        auto outcome = std::make_shared<Outcome>();
        try {
            outcome->vault = vault::Vault::open(dir, secret);
        } catch (const vault::VaultError& e) {
            switch (e.kind()) {
                case vault::VaultError::Kind::WrongPassphrase:
                    outcome->problem = WrongPassphrase;
                    outcome->attemptsLeft = e.attemptsLeft();
                    break;
                case vault::VaultError::Kind::Wiped:
                    outcome->wiped = true;
                    break;
                case vault::VaultError::Kind::NotFound:
                    outcome->problem = NoVault;
                    break;
                case vault::VaultError::Kind::Damaged:
                    outcome->problem = Damaged;
                    break;
                case vault::VaultError::Kind::Busy:
                    outcome->problem = Busy;
                    break;
                default:
                    outcome->problem = StorageFailure;
                    break;
            }
        } catch (const std::exception&) {
            // SQLCipher or file system trouble: report it, never take the app down.
            outcome->problem = StorageFailure;
        }
        vault::zeroise(secret);
        QMetaObject::invokeMethod(
            this, [this, outcome] { finishUnlock(outcome); }, Qt::QueuedConnection);
    });
}

void VaultSession::finishUnlock(const std::shared_ptr<Outcome>& outcome) {
    joinWorker();
    if (outcome->vault) {
        m_vault = std::move(outcome->vault);
        setState(Unlocked, None);
        emit unlocked();
    } else if (outcome->wiped) {
        setState(Wiped, None);
    } else if (outcome->problem == WrongPassphrase) {
        setState(Locked, WrongPassphrase, outcome->attemptsLeft);
    } else {
        setState(Error, outcome->problem);
    }
}

void VaultSession::lock() {
    if (m_state != Unlocked) {
        return;
    }
    // Listeners drop what they show before the vault (and its keys) goes.
    setState(Locked, None);
    emit locked();
    m_vault.reset();
}

void VaultSession::adopt(std::unique_ptr<vault::Vault> opened) {
    if (!opened || m_state == Unlocking || m_state == Unlocked) {
        return;
    }
    joinWorker();
    m_vault = std::move(opened);
    setState(Unlocked, None);
    emit unlocked();
}

void VaultSession::wipeDevice() {
    if (m_state == Unlocking) {
        return;
    }
    if (m_state == Unlocked) {
        setState(Locked, None);
        emit locked();
        m_vault.reset();
    }
    vault::Vault::wipe(toPath(m_vaultDir));
    setState(Wiped, None);
}

void VaultSession::forgetRevoked() {
    if (m_state == Unlocked) {
        setState(Locked, None);
        emit locked();
        m_vault.reset();
    }
    vault::Vault::wipe(toPath(m_vaultDir));
    setState(Wiped, Revoked);
}

void VaultSession::setState(State state, Problem problem, int attemptsLeft) {
    if (state == m_state && problem == m_problem && attemptsLeft == m_attemptsLeft) {
        return;
    }
    m_state = state;
    m_problem = problem;
    m_attemptsLeft = attemptsLeft;
    emit stateChanged();
}

}  // namespace veldwerk::app
