#include "qml/controllers/unlock_controller.h"

#include <QDir>

namespace veldwerk::app {

UnlockController::UnlockController(QObject* parent) : QObject(parent) {}

void UnlockController::setSession(VaultSession* session) {
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &VaultSession::stateChanged, this, [this] {
            m_emptyInput = false;
            emit changed();
        });
    }
    emit sessionChanged();
    emit changed();
}

bool UnlockController::busy() const {
    return m_session && m_session->state() == VaultSession::Unlocking;
}

bool UnlockController::canUnlock() const {
    return m_session && m_session->state() == VaultSession::Locked;
}

int UnlockController::attemptsLeft() const {
    return m_session ? m_session->attemptsLeft() : -1;
}

QString UnlockController::errorText() const {
    if (!m_session) {
        return {};
    }
    if (m_emptyInput) {
        return tr("Vul eerst je wachtwoord in.");
    }
    switch (m_session->state()) {
        case VaultSession::Wiped:
            if (m_session->problem() == VaultSession::Revoked) {
                return tr(
                    "Dit apparaat is ingetrokken; de gegevens op dit apparaat zijn gewist. "
                    "Neem contact op met je functioneel beheerder om het apparaat opnieuw te "
                    "koppelen.");
            }
            return tr(
                "Er is te vaak een onjuist wachtwoord ingevoerd. Om de gegevens te "
                "beschermen zijn alle gegevens op dit apparaat gewist. Neem contact op met "
                "je functioneel beheerder om het apparaat opnieuw in te richten.");
        case VaultSession::Locked:
        case VaultSession::Error:
            break;
        default:
            return {};
    }
    switch (m_session->problem()) {
        case VaultSession::WrongPassphrase: {
            const int left = m_session->attemptsLeft();
            if (left == 1) {
                return tr(
                    "Onjuist wachtwoord. Nog 1 poging voordat de gegevens op dit apparaat "
                    "worden gewist.");
            }
            return tr("Onjuist wachtwoord. Nog %1 pogingen voordat de gegevens op dit apparaat "
                      "worden gewist.")
                .arg(left);
        }
        case VaultSession::NoVault:
            return tr("Er staat nog geen kluis op dit apparaat (gezocht in %1). Laat het apparaat "
                      "inrichten door je functioneel beheerder, of maak voor een demo een kluis "
                      "aan met: veldwerk-cli --vault %1 init")
                .arg(QDir::toNativeSeparators(m_session->vaultDir()));
        case VaultSession::Damaged:
            return tr(
                "De kluis op dit apparaat is beschadigd en kan niet worden geopend. Er is "
                "niets gewist. Neem contact op met je functioneel beheerder.");
        case VaultSession::StorageFailure:
            return tr(
                "De kluis kon niet worden gelezen (opslagfout). Probeer het opnieuw; blijft "
                "dit gebeuren, neem dan contact op met je functioneel beheerder.");
        case VaultSession::Busy:
            return tr(
                "De kluis is even in gebruik door een ander programma op dit apparaat. Probeer "
                "het zo opnieuw. Er is niets gewist en dit telt niet als poging.");
        case VaultSession::None:
        case VaultSession::Revoked:
            break;
    }
    return {};
}

QString UnlockController::headline() const {
    if (m_session && m_session->state() == VaultSession::Wiped &&
        m_session->problem() == VaultSession::Revoked) {
        return tr("Dit apparaat is ingetrokken");
    }
    return tr("Dit apparaat is vergrendeld");
}

bool UnlockController::unlock(QString passphrase) {
    if (!canUnlock()) {
        passphrase.fill(QChar(u'\0'));
        return false;
    }
    if (passphrase.isEmpty()) {
        // An empty passphrase would cost an attempt towards the wipe for nothing.
        m_emptyInput = true;
        emit changed();
        return false;
    }
    m_emptyInput = false;
    m_session->unlock(passphrase);
    return true;
}

void UnlockController::recheck() {
    if (m_session) {
        m_session->recheck();
    }
}

}  // namespace veldwerk::app
