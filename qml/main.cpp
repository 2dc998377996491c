// The composition root: the one place that creates the app's services, wires them together and
// publishes them to QML. Views never construct services.
#include <QtQml/qqmlextensionplugin.h>
#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <chrono>
#include <memory>

#include "core/forms/registry.h"
#include "core/process/core_dump_guard.h"
#include "platform/keystore/key_store.h"
#include "platform/lifecycle/app_lifecycle.h"
#include "platform/network/connectivity.h"
#include "platform/positioning/position_sources.h"
#include "platform/storage/vault_location.h"
#include "qml/app/screenshot_run.h"
#include "qml/app/screenshot_tour.h"
#include "qml/app/self_test.h"
#include "qml/controllers/first_run_controller.h"
#include "qml/controllers/settings_controller.h"
#include "qml/controllers/visit_controller.h"
#include "qml/services/app_preferences.h"
#include "qml/services/app_translator.h"
#include "qml/services/case_file_service.h"
#include "qml/services/dutch_wording.h"
#include "qml/services/sync_service.h"
#include "qml/services/vault_session.h"

Q_IMPORT_QML_PLUGIN(VeldwerkPlugin)

using namespace veldwerk;

int main(int argc, char* argv[]) {
    veldwerk::process::disableCoreDumps();
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Veldwerk"));
    QGuiApplication::setApplicationName(QStringLiteral("veldwerk"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Veldwerk"));
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Veldwerk, the home-visit app."));
    parser.addHelpOption();
    parser.addOption(platform::VaultLocation::commandLineOption());
    const QCommandLineOption lockAfter(QStringLiteral("lock-after-minutes"),
                                       QStringLiteral("Lock after N minutes without input "
                                                      "(default 5)."),
                                       QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("Load every QML file once and exit."));
    // For documentation and visual checks (see qml/app/screenshot_run.h); not for daily use.
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save a picture of the window to FILE and exit."),
                                  QStringLiteral("FILE"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption openRoute(QStringLiteral("open"),
                                 QStringLiteral("With --screenshot: open case/ID[/FORM] or "
                                                "assessment/ID[/ITEM] first."),
                                 QStringLiteral("ROUTE"));
    openRoute.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption syncEvery(QStringLiteral("sync-every-minutes"),
                                       QStringLiteral("Sync every N minutes while unlocked and "
                                                      "online (default 5)."),
                                       QStringLiteral("N"), QStringLiteral("5"));
    // First run (an empty vault): the server address offered, and extra trusted certificates
    // for a server with a self-signed or private certificate (the demo's).
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("First run: the server address offered."),
                                          QStringLiteral("URL"));
    const QCommandLineOption caCert(QStringLiteral("ca-cert"),
                                    QStringLiteral("First run: also trust the certificates in "
                                                   "FILE (PEM)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QStringLiteral("Save every main screen, landscape and portrait, as PNG files in DIR and "
                       "exit (unlocks with VELDWERK_PASSPHRASE)."),
        QStringLiteral("DIR"));
    parser.addOption(screenshots);
    QCommandLineOption supervisorVault(
        QStringLiteral("supervisor-vault"),
        QStringLiteral("With --screenshots: the supervisor's vault (same passphrase) for the "
                       "review screens."),
        QStringLiteral("DIR"));
    supervisorVault.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(supervisorVault);
    QCommandLineOption giVault(
        QStringLiteral("gi-vault"),
        QStringLiteral("With --screenshots: the GI professional's vault (same passphrase) for "
                       "the co-signature and meedenken screens."),
        QStringLiteral("DIR"));
    giVault.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(giVault);

    // Home visits: positions replayed from a recorded NMEA file (demo, screenshots) instead of
    // the system's source.
    const QCommandLineOption nmea(QStringLiteral("nmea"),
                                  QStringLiteral("Take positions from the NMEA file FILE "
                                                 "(replayed) instead of the device."),
                                  QStringLiteral("FILE"));
    parser.addOption(nmea);
    parser.addOption(serverOption);
    parser.addOption(caCert);
    parser.addOption(lockAfter);
    parser.addOption(syncEvery);
    parser.addOption(selfTest);
    parser.addOption(screenshot);
    parser.addOption(openRoute);
    parser.process(app);

    app::AppPreferences preferences;
    bool minutesOk = false;
    // The user's setting counts unless the command line says otherwise.
    const int minutes = parser.isSet(lockAfter) ? parser.value(lockAfter).toInt(&minutesOk)
                                                : preferences.autoLockMinutes();
    minutesOk = minutesOk || !parser.isSet(lockAfter);
    if (!minutesOk || minutes <= 0) {
        qCritical("--lock-after-minutes needs a positive whole number");
        return 2;
    }

    const int syncMinutes = parser.value(syncEvery).toInt(&minutesOk);
    if (!minutesOk || syncMinutes <= 0) {
        qCritical("--sync-every-minutes needs a positive whole number");
        return 2;
    }

    // The language chosen in Settings (Dutch, the source language, needs no translator); form
    // texts come from the definitions in the same language.
    app::AppTranslator translator;
    if (preferences.language() == QStringLiteral("en") &&
        translator.loadLanguage(QStringLiteral("en"))) {
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    app::wording::setFormLanguage(preferences.language().toStdString());

    QByteArray extraCaPem;
    if (parser.isSet(caCert)) {
        QFile file(parser.value(caCert));
        if (!file.open(QIODevice::ReadOnly)) {
            qCritical("--ca-cert: cannot read %s", qPrintable(parser.value(caCert)));
            return 2;
        }
        extraCaPem = file.readAll();
    }
    app::FirstRunController::setDefaults(parser.value(serverOption), extraCaPem);
    app::SettingsController::usePreferences(&preferences);
    app::VisitController::usePreferences(&preferences);
    if (parser.isSet(nmea) && !QFile::exists(parser.value(nmea))) {
        qCritical("--nmea: cannot read %s", qPrintable(parser.value(nmea)));
        return 2;
    }
    app::VisitController::usePositionSources(
        parser.isSet(nmea) ? platform::nmeaFilePositionSource(parser.value(nmea))
                           : platform::systemPositionSource());

    // Services, each created once.
    const platform::VaultLocation location(parser.value(QStringLiteral("vault")));
    app::VaultSession session(location.dir());
    forms::FormRegistry forms;
    const auto report = forms.loadDirectory(forms::builtinDefinitionsDir());
    for (const auto& error : report.errors) {
        // A broken definition is left out; the others stay usable.
        qWarning("veldwerk-app: form definition not loaded: %s", error.toString().c_str());
    }
    app::CaseFileService caseFile(session, forms);
    platform::Connectivity connectivity;
    app::SyncService::Options syncOptions;
    syncOptions.interval = std::chrono::minutes(syncMinutes);
    // Created after the case file: on lock it stores typed text first, then the round stops.
    app::SyncService sync(session, caseFile, &connectivity, syncOptions);
    platform::AppLifecycle lifecycle{std::chrono::minutes(minutes)};
    // Not used on Linux yet (it stores nothing); the Android key store plugs in here.
    const auto keyStore = platform::KeyStore::forThisPlatform();

    // Wiring.
    lifecycle.watch(&app);
    QObject::connect(&lifecycle, &platform::AppLifecycle::lockRequested, &session,
                     &app::VaultSession::lock);
    QObject::connect(
        &preferences, &app::AppPreferences::autoLockMinutesChanged, &lifecycle,
        [&lifecycle, &preferences] {
            lifecycle.setIdleTimeout(std::chrono::minutes(preferences.autoLockMinutes()));
        });

    // Publishing to QML.
    qmlRegisterSingletonInstance("Veldwerk", 1, 0, "Session", &session);
    qmlRegisterSingletonInstance("Veldwerk", 1, 0, "CaseFile", &caseFile);
    qmlRegisterSingletonInstance("Veldwerk", 1, 0, "Sync", &sync);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    const QUrl mainWindow(QStringLiteral("qrc:/Veldwerk/Main.qml"));

    if (parser.isSet(selfTest)) {
        return app::SelfTest(engine, session, caseFile, sync).run(mainWindow);
    }
    engine.load(mainWindow);
    if (engine.rootObjects().isEmpty()) {
        qCritical("veldwerk-app: the main window could not be loaded");
        return 1;
    }
    std::unique_ptr<app::ScreenshotTour> screenshotTour;
    if (parser.isSet(screenshots)) {
        screenshotTour = std::make_unique<app::ScreenshotTour>(
            engine, session, caseFile, parser.value(screenshots),
            app::ScreenshotVaults{parser.value(giVault), parser.value(supervisorVault)});
        screenshotTour->start();
    }
    std::unique_ptr<app::ScreenshotRun> screenshotRun;
    if (parser.isSet(screenshot)) {
        screenshotRun = std::make_unique<app::ScreenshotRun>(
            engine, session, parser.value(screenshot), parser.value(openRoute));
        screenshotRun->start();
    }
    return QGuiApplication::exec();
}
