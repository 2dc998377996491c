// veldwerk-app --screenshot FILE [--open ROUTE]: a picture of a screen for documentation and
// visual checks. Unlocks with VELDWERK_PASSPHRASE when it is set (as veldwerk-cli does; without
// it the unlock page is pictured), opens ROUTE ("case/ID", "case/ID/FORM" to start an instrument
// there, "assessment/ID" or "assessment/ID/ITEM" scrolled to a question), lets the screen settle,
// saves the window as an image and quits (status 0, or 1 when saving failed).
#pragma once

#include <QObject>
#include <QQmlApplicationEngine>
#include <QString>

#include "qml/services/vault_session.h"

namespace veldwerk::app {

class ScreenshotRun : public QObject {
    Q_OBJECT

public:
    ScreenshotRun(QQmlApplicationEngine& engine, VaultSession& session, QString file, QString route,
                  QObject* parent = nullptr);
    // Call after the main window is loaded.
    void start();

private:
    void captureSoon();
    void capture();

    QQmlApplicationEngine& m_engine;
    VaultSession& m_session;
    QString m_file;
    QString m_route;
    bool m_scheduled = false;
};

}  // namespace veldwerk::app
