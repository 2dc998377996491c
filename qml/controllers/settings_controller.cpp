#include "qml/controllers/settings_controller.h"

#include <QLoggingCategory>
#include <map>

#include "core/domain/case_repository.h"
#include "core/domain/user_repository.h"
#include "qml/controllers/case_team_controller.h"
#include "qml/services/passphrase_strength.h"
#include "sync/engine/outbox.h"
#include "sync/engine/quarantine.h"
#include "sync/engine/sync_state.h"

namespace veldwerk::app {

namespace {
Q_LOGGING_CATEGORY(lcSettings, "veldwerk.settings")

QPointer<AppPreferences> g_preferences;
}  // namespace

SettingsController::SettingsController(QObject* parent) : QObject(parent) {}

void SettingsController::usePreferences(AppPreferences* preferences) {
    g_preferences = preferences;
}

void SettingsController::setSession(VaultSession* session) {
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &VaultSession::stateChanged, this, &SettingsController::refresh);
        connect(m_session, &VaultSession::changedBySync, this, &SettingsController::refresh);
    }
    refresh();
}

QString SettingsController::language() const {
    return g_preferences ? g_preferences->language() : QStringLiteral("nl");
}

void SettingsController::setLanguage(const QString& language) {
    if (g_preferences) {
        g_preferences->setLanguage(language);
        emit changed();
    }
}

int SettingsController::autoLockMinutes() const {
    return g_preferences ? g_preferences->autoLockMinutes() : 5;
}

void SettingsController::setAutoLockMinutes(int minutes) {
    if (g_preferences) {
        g_preferences->setAutoLockMinutes(minutes);
        emit changed();
    }
}

QString SettingsController::positionUse() const {
    return AppPreferences::positionUseKey(g_preferences ? g_preferences->positionUse()
                                                        : AppPreferences::PositionUse::Ask);
}

void SettingsController::setPositionUse(const QString& use) {
    if (g_preferences) {
        g_preferences->setPositionUse(AppPreferences::positionUseFromKey(use));
        emit changed();
    }
}

QString SettingsController::wipeWarning() const {
    if (m_unsynced.isEmpty()) {
        return tr(
            "Alles op dit apparaat staat ook op de server. Na het wissen kun je dit "
            "apparaat opnieuw koppelen.");
    }
    return tr("Dit is nog niet gesynchroniseerd en gaat verloren als je nu wist:");
}

void SettingsController::refresh() {
    m_serverText.clear();
    m_deviceText.clear();
    m_userText.clear();
    m_unsynced.clear();
    vault::Vault* open = m_session ? m_session->vault() : nullptr;
    if (open != nullptr) {
        try {
            sync::SyncState state(open->db());
            m_serverText = state.enrolled() ? QString::fromStdString(state.serverUrl())
                                            : tr("Niet gekoppeld aan een server");
            m_deviceText = tr("Apparaat %1").arg(QString::fromStdString(open->owner().deviceId));
            const auto me = domain::UserRepository(*open).findById(open->owner().userId);
            m_userText = QStringLiteral("%1, %2").arg(
                QString::fromStdString(me ? me->name : open->owner().userId),
                memberRoleText(open->owner().role));
            if (me && me->org) {
                m_userText += QStringLiteral(" (%1)").arg(QString::fromStdString(*me->org));
            }
            sync::Outbox outbox(*open);
            for (const auto& c : domain::CaseRepository(*open).list(open->owner())) {
                const auto n = static_cast<int>(outbox.sizeFor(c.id));
                if (n > 0) {
                    m_unsynced << tr("%n wijziging(en) in %1", nullptr, n)
                                      .arg(QString::fromStdString(c.name));
                }
            }
            const auto refused = static_cast<int>(sync::Quarantine(open->db()).size());
            if (refused > 0) {
                m_unsynced << tr("%n door de server geweigerde wijziging(en)", nullptr, refused);
            }
        } catch (const std::exception& e) {
            qCWarning(lcSettings, "cannot read the device's state: %s", e.what());
        }
    }
    emit changed();
}

int SettingsController::strengthLevel(const QString& passphrase) const {
    return judgePassphrase(passphrase).level;
}

QString SettingsController::strengthText(const QString& passphrase) const {
    return judgePassphrase(passphrase).text;
}

bool SettingsController::changePassphrase(QString passphrase, QString confirmation) {
    const auto chosen = takeChosenPassphrase(passphrase, confirmation);
    vault::Vault* open = m_session ? m_session->vault() : nullptr;
    bool ok = false;
    if (open == nullptr) {
        m_message = tr("Ontgrendel het apparaat eerst.");
    } else if (!chosen.ok()) {
        m_message = chosen.problem;
    } else {
        try {
            open->changePassphrase(chosen.secret);
            m_message = tr("Je wachtwoord is gewijzigd. Gebruik voortaan het nieuwe.");
            ok = true;
        } catch (const std::exception& e) {
            qCWarning(lcSettings, "passphrase change failed: %s", e.what());
            m_message =
                tr("Het wachtwoord is niet gewijzigd: de kluis gaf een fout. Het oude "
                   "wachtwoord blijft geldig.");
        }
    }
    emit changed();
    return ok;
}

bool SettingsController::signOutAndWipe(const QString& confirmation) {
    if (!m_session) {
        return false;
    }
    if (confirmation.trimmed().toUpper() != QStringLiteral("WISSEN")) {
        m_message = tr("Typ WISSEN om te bevestigen.");
        emit changed();
        return false;
    }
    qCInfo(lcSettings, "the user wiped this device");
    m_session->wipeDevice();
    return true;
}

}  // namespace veldwerk::app
