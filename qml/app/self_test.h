// veldwerk-app --self-test: compiles every QML file of the Veldwerk module with the real engine,
// creates every page with the real session and the main window once, and fails on any load
// error or QML warning, so a broken import, type or binding fails CI instead of a worker's
// tablet (the approach of KDE Itinerary's --self-test).
#pragma once

#include <QQmlApplicationEngine>

#include "qml/services/vault_session.h"

namespace veldwerk::app {

class SelfTest {
public:
    SelfTest(QQmlApplicationEngine& engine, VaultSession& session)
        : m_engine(engine), m_session(session) {}
    // 0 when everything loaded without warnings, 1 otherwise; problems go to stderr.
    int run(const QUrl& mainWindow);

private:
    bool loads(const QUrl& url);
    QQmlApplicationEngine& m_engine;
    VaultSession& m_session;
};

}  // namespace veldwerk::app
