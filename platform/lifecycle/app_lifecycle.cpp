#include "platform/lifecycle/app_lifecycle.h"

#include <QEvent>
#include <QGuiApplication>

namespace veldwerk::platform {

AppLifecycle::AppLifecycle(std::chrono::milliseconds idleTimeout, QObject* parent)
    : QObject(parent) {
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeout);
    connect(&m_idle, &QTimer::timeout, this, [this] { emit lockRequested(LockReason::Idle); });
    m_idle.start();
}

void AppLifecycle::watch(QGuiApplication* app) {
    connect(app, &QGuiApplication::applicationStateChanged, this,
            &AppLifecycle::applicationStateChanged);
    app->installEventFilter(this);
}

std::chrono::milliseconds AppLifecycle::idleTimeout() const {
    return m_idle.intervalAsDuration();
}

void AppLifecycle::setIdleTimeout(std::chrono::milliseconds timeout) {
    m_idle.setInterval(timeout);
    m_idle.start();
}

void AppLifecycle::applicationStateChanged(Qt::ApplicationState state) {
    // Inactive is not enough: on a desktop it only means another window has focus.
    if (state == Qt::ApplicationSuspended || state == Qt::ApplicationHidden) {
        emit lockRequested(LockReason::Background);
    } else if (state == Qt::ApplicationActive) {
        m_idle.start();
    }
}

void AppLifecycle::userActivity() {
    m_idle.start();
}

bool AppLifecycle::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::KeyPress:
        case QEvent::TouchBegin:
        case QEvent::Wheel:
            userActivity();
            break;
        default:
            break;
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace veldwerk::platform
