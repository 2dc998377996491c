// Support for the app's tests against a real veldwerk-server on loopback: the app on one vault as
// main.cpp wires it (App), and the steps every such test takes: enrol, unlock, a round now.
// Shared by qml_sync_service, qml_app_flow, qml_review_history, qml_access_app and
// qml_cosign_app; the tablets they drive through veldwerk-cli are in cli_device.h.
#pragma once

#include <QSignalSpy>
#include <QString>
#include <QtTest>
#include <chrono>
#include <string>

#include "core/forms/registry.h"
#include "qml/controllers/first_run_controller.h"
#include "qml/services/case_file_service.h"
#include "qml/services/sync_service.h"
#include "qml/services/vault_session.h"

namespace veldwerk::testing {

inline constexpr const char* kAppPassphrase = "apparaat-wachtwoord-1";
inline constexpr const char* kUserPassword = "gebruiker-wachtwoord-1";

inline constexpr int kRoundMs = 30'000;

// The app on one vault: session, case file and sync service as main.cpp wires them.
struct App {
    app::VaultSession session;
    app::CaseFileService caseFile;
    app::SyncService sync;

    App(const QString& dir, const forms::FormRegistry& forms, app::SyncService::Options options)
        : session(dir), caseFile(session, forms), sync(session, caseFile, nullptr, options) {}
};

// The sync service as these tests run it: no timed rounds, only those a test or unlocking starts.
inline app::SyncService::Options testSyncOptions() {
    app::SyncService::Options o;
    o.interval = std::chrono::hours(1);
    o.requestTimeout = std::chrono::seconds(10);
    return o;
}

// Waits for the round under way, if any.
inline void waitForRound(App& a, int waitMs = kRoundMs) {
    if (a.sync.syncing()) {
        QSignalSpy rounds(&a.sync, &app::SyncService::roundFinished);
        QVERIFY(rounds.wait(waitMs));
    }
}

// Unlocking an enrolled vault starts a round; unless told otherwise its end is awaited too.
inline void unlockApp(App& a, const char* passphrase, bool awaitRound = true,
                      int waitMs = kRoundMs) {
    QString typed = QString::fromLatin1(passphrase);
    QSignalSpy rounds(&a.sync, &app::SyncService::roundFinished);
    a.session.unlock(typed);
    QTRY_COMPARE_WITH_TIMEOUT(a.session.state(), app::VaultSession::Unlocked, waitMs);
    if (awaitRound && a.sync.syncing()) {
        QVERIFY(rounds.wait(waitMs));
    }
}

// One round started now (after the one under way), and its end.
inline void syncAppNow(App& a, int waitMs = kRoundMs) {
    waitForRound(a, waitMs);
    QSignalSpy finished(&a.sync, &app::SyncService::roundFinished);
    QVERIFY(a.sync.syncNow());
    QVERIFY(finished.wait(waitMs));
}

// The app's first run on a new tablet, as a worker goes through it: the server, the login, a
// passphrase; then the first round.
inline void enrolInApp(App& a, const std::string& serverUrl, const char* user, const char* password,
                       const char* passphrase, int waitMs = kRoundMs) {
    app::FirstRunController firstRun;
    firstRun.setSession(&a.session);
    firstRun.setServerUrl(QString::fromStdString(serverUrl));
    QVERIFY(firstRun.confirmServer());
    firstRun.setUserName(QString::fromLatin1(user));
    QVERIFY(firstRun.login(QString::fromLatin1(password)));
    QTRY_VERIFY_WITH_TIMEOUT(!firstRun.busy(), waitMs);
    QCOMPARE(firstRun.step(), app::FirstRunController::Passphrase);
    QVERIFY(firstRun.choosePassphrase(QString::fromLatin1(passphrase),
                                      QString::fromLatin1(passphrase)));
    QTRY_COMPARE_WITH_TIMEOUT(firstRun.step(), app::FirstRunController::Done, waitMs);
    QCOMPARE(a.session.state(), app::VaultSession::Unlocked);
    waitForRound(a, waitMs);
}

}  // namespace veldwerk::testing
