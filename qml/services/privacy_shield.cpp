#include "qml/services/privacy_shield.h"

#include <QGuiApplication>

namespace veldwerk::app {

PrivacyShield::PrivacyShield(QObject* parent) : QObject(parent) {
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        m_lastState = QGuiApplication::applicationState();
        connect(app, &QGuiApplication::applicationStateChanged, this,
                &PrivacyShield::applicationStateChanged);
    }
}

void PrivacyShield::setSession(VaultSession* session) {
    if (m_session == session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &VaultSession::stateChanged, this, [this] {
            // Unlocked again (through the unlock page), or gone (wiped): nothing to hide.
            if (m_session->state() == VaultSession::Unlocked ||
                m_session->state() == VaultSession::Wiped) {
                setEngaged(false);
            }
            emit engagedChanged();
        });
    }
    emit sessionChanged();
    emit engagedChanged();
}

bool PrivacyShield::available() const {
    return m_session && m_session->state() == VaultSession::Unlocked;
}

void PrivacyShield::engage() {
    if (!available()) {
        return;
    }
    setEngaged(true);
    m_session->lock();
}

void PrivacyShield::reveal() {
    setEngaged(false);
}

void PrivacyShield::applicationStateChanged(Qt::ApplicationState state) {
    const bool wasActive = m_lastState == Qt::ApplicationActive;
    m_lastState = state;
    if (wasActive && state != Qt::ApplicationActive) {
        engage();
    }
}

void PrivacyShield::setEngaged(bool engaged) {
    if (m_engaged == engaged) {
        return;
    }
    m_engaged = engaged;
    emit engagedChanged();
}

}  // namespace veldwerk::app
