// Auto-lock: decides when the open vault must be locked again. A tablet left on a kitchen table
// or put in a bag must not show client data to whoever picks it up, so the session locks when
// the app leaves the foreground (Qt::ApplicationSuspended / Qt::ApplicationHidden) or after a
// configurable time without user input. This class only decides; whoever owns the vault
// (wired in main.cpp) acts on lockRequested().
#pragma once

#include <QGuiApplication>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace veldwerk::platform {

class AppLifecycle : public QObject {
    Q_OBJECT

public:
    enum class LockReason { Background, Idle };
    Q_ENUM(LockReason)

    explicit AppLifecycle(std::chrono::milliseconds idleTimeout, QObject* parent = nullptr);

    // Follows the application's state and its input events (installs an event filter).
    void watch(QGuiApplication* app);

    std::chrono::milliseconds idleTimeout() const;
    void setIdleTimeout(std::chrono::milliseconds timeout);

public slots:
    void applicationStateChanged(Qt::ApplicationState state);
    // Any touch, click or key press: the worker is still there, so the idle clock restarts.
    void userActivity();

signals:
    void lockRequested(veldwerk::platform::AppLifecycle::LockReason reason);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_idle;
};

}  // namespace veldwerk::platform
