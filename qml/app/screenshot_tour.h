// veldwerk-app --screenshots DIR [--gi-vault DIR] [--supervisor-vault DIR]: renders the main
// screens to PNG files in DIR, each in landscape (1280x800) and portrait (800x1280), in Dutch, and
// exits (status 0 when every file was written). The screens are the list in screenshot_screens.cpp:
// first those of a closed vault (unlock, first run), then it unlocks the worker's vault with
// VELDWERK_PASSPHRASE (as veldwerk-cli does) and pictures theirs (an instrument without an
// assessment in the chosen case gets one started: the vault then keeps it), then opens the GI
// professional's vault (co-signature, meedenken) and the supervisor's (review) with the same
// passphrase. Files are named
// NN-screen-landscape.png / NN-screen-portrait.png. tools/screenshots.sh makes the demo world
// these screens show.
#pragma once

#include <QObject>
#include <QQmlApplicationEngine>
#include <QString>
#include <optional>
#include <vector>

#include "qml/app/screenshot_screens.h"
#include "qml/services/case_file_service.h"
#include "qml/services/vault_session.h"

namespace veldwerk::app {

// The other tablets the tour opens after the worker's (same passphrase); "" leaves one out.
struct ScreenshotVaults {
    QString gi;
    QString supervisor;
};

class ScreenshotTour : public QObject {
    Q_OBJECT

public:
    ScreenshotTour(QQmlApplicationEngine& engine, VaultSession& session, CaseFileService& caseFile,
                   QString dir, ScreenshotVaults vaults, QObject* parent = nullptr);
    ~ScreenshotTour() override;
    // Call after the main window is loaded.
    void start();

private:
    struct Shot {
        QString name;
        QString route;
    };
    void begin(TourScreen::Tablet tablet);
    void next();
    void capture();
    void openNextTablet();
    // Locks the open vault and opens `dir` in its place; false when it did not open.
    bool adoptVault(const QString& dir);
    void finish();
    // The route with its placeholders filled in from the open vault; nullopt when one has
    // nothing to show.
    std::optional<QString> resolve(const QString& route);
    QString richestCase();
    QString emergencyCase();
    QString uncosigned(const QString& caseId);
    QString assessmentOf(const QString& caseId, const QString& formId);

    QQmlApplicationEngine& m_engine;
    VaultSession& m_session;
    CaseFileService& m_caseFile;
    QString m_dir;
    ScreenshotVaults m_vaults;
    QString m_passphrase;
    TourScreen::Tablet m_tablet = TourScreen::Tablet::Closed;
    std::vector<Shot> m_shots;
    std::size_t m_index = 0;
    int m_number = 0;  // of the screen across the tour, for the file names
    bool m_portrait = false;
    int m_written = 0;
    bool m_failed = false;
    QMetaObject::Connection m_waitForUnlock;
};

}  // namespace veldwerk::app
