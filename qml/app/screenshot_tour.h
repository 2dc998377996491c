// veldwerk-app --screenshots DIR: renders the main screens to PNG files in DIR, each in landscape
// (1280x800) and portrait (800x1280), in Dutch, and exits (status 0 when every file was written).
// First the screens of a closed vault (unlock, first run), then it unlocks with
// VELDWERK_PASSPHRASE (as veldwerk-cli does) and visits the case list, a case, its team and
// consent, an assessment of each instrument (an existing one, else one is started: the demo vault
// then gains it once), submitting, the review queue and the settings. Files are named
// NN-screen-landscape.png / NN-screen-portrait.png.
#pragma once

#include <QObject>
#include <QQmlApplicationEngine>
#include <QString>
#include <vector>

#include "qml/services/case_file_service.h"
#include "qml/services/vault_session.h"

namespace veldwerk::app {

class ScreenshotTour : public QObject {
    Q_OBJECT

public:
    ScreenshotTour(QQmlApplicationEngine& engine, VaultSession& session, CaseFileService& caseFile,
                   QString dir, QObject* parent = nullptr);
    // Call after the main window is loaded.
    void start();

private:
    struct Shot {
        QString name;
        QString route;  // as AppShell.openRoute; "" the home screen; "unlock" while locked
    };
    void planOpenShots();
    void planVisitShots();
    void next();
    void capture();

    QQmlApplicationEngine& m_engine;
    VaultSession& m_session;
    CaseFileService& m_caseFile;
    QString m_dir;
    std::vector<Shot> m_shots;
    std::size_t m_index = 0;
    bool m_portrait = false;
    bool m_unlockStarted = false;
    int m_written = 0;
    bool m_failed = false;
};

}  // namespace veldwerk::app
