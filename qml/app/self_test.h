// veldwerk-app --self-test: compiles every QML file of the Veldwerk module with the real engine,
// creates every page (and the navigation shell) with the real services and the main window once,
// and fails on any load error or QML warning, so a broken import, type or binding fails CI instead
// of a worker's tablet (the approach of KDE Itinerary's --self-test).
#pragma once

#include <QQmlApplicationEngine>

#include "qml/services/case_file_service.h"
#include "qml/services/sync_service.h"
#include "qml/services/vault_session.h"

namespace veldwerk::app {

class SelfTest {
public:
    SelfTest(QQmlApplicationEngine& engine, VaultSession& session, CaseFileService& caseFile,
             SyncService& sync)
        : m_engine(engine), m_session(session), m_caseFile(caseFile), m_sync(sync) {}
    // 0 when everything loaded without warnings, 1 otherwise; problems go to stderr.
    int run(const QUrl& mainWindow);

private:
    bool loads(const QUrl& url);
    QQmlApplicationEngine& m_engine;
    VaultSession& m_session;
    CaseFileService& m_caseFile;
    SyncService& m_sync;
};

}  // namespace veldwerk::app
