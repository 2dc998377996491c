#include "qml/app/screenshot_run.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

namespace veldwerk::app {

namespace {
// Long enough for page transitions and the first evaluation to finish.
constexpr int kSettleMs = 2000;
}  // namespace

ScreenshotRun::ScreenshotRun(QQmlApplicationEngine& engine, VaultSession& session, QString file,
                             QString route, QObject* parent)
    : QObject(parent),
      m_engine(engine),
      m_session(session),
      m_file(std::move(file)),
      m_route(std::move(route)) {}

void ScreenshotRun::start() {
    QObject* window = m_engine.rootObjects().value(0);
    if (window != nullptr && !m_route.isEmpty()) {
        // Before unlocking: the shell keeps the route and opens it once the vault is open.
        QMetaObject::invokeMethod(window, "openRoute", Q_ARG(QVariant, m_route));
    }
    QString passphrase = qEnvironmentVariable("VELDWERK_PASSPHRASE");
    qunsetenv("VELDWERK_PASSPHRASE");
    if (passphrase.isEmpty() || m_session.state() != VaultSession::Locked) {
        captureSoon();
        return;
    }
    connect(&m_session, &VaultSession::stateChanged, this, [this] {
        if (m_session.state() != VaultSession::Unlocking) {
            captureSoon();
        }
    });
    m_session.unlock(passphrase);
}

void ScreenshotRun::captureSoon() {
    if (m_scheduled) {
        return;
    }
    m_scheduled = true;
    QTimer::singleShot(kSettleMs, this, &ScreenshotRun::capture);
}

void ScreenshotRun::capture() {
    auto* window = qobject_cast<QQuickWindow*>(m_engine.rootObjects().value(0));
    const QImage image = window != nullptr ? window->grabWindow() : QImage();
    const bool saved = !image.isNull() && image.save(m_file);
    if (!saved) {
        qCritical("veldwerk-app: could not save the screenshot to %s", qPrintable(m_file));
    }
    QCoreApplication::exit(saved ? 0 : 1);
}

}  // namespace veldwerk::app
