// The app's sync over a real veldwerk-server process on loopback (SQLite store): the app's
// SyncService and view-models on one device (anna, JGT), a second device (gijs, GI) driven by
// veldwerk-cli. What is typed in the app is pushed and another device's answer pulled; two
// devices' different answers show as a disagreement with both authors and are resolved from the
// app; a revoked device ends wiped without a crash; with the server down the status says so in
// Dutch and nothing is lost; locking during a round that hangs cancels it at once.
#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>
#include <memory>

#include "core/forms/registry.h"
#include "core/vault/vault.h"
#include "qml/controllers/assessment_controller.h"
#include "qml/controllers/unlock_controller.h"
#include "qml/models/assessment_list_model.h"
#include "qml/models/case_list_model.h"
#include "qml/services/case_file_service.h"
#include "qml/services/sync_service.h"
#include "qml/services/vault_session.h"
#include "sync/engine/sync_state.h"
#include "tests/qml/app_on_server.h"
#include "tests/qml/cli_device.h"
#include "tests/support/server_process.h"
#include "tests/support/temp_dir.h"

using namespace veldwerk;
using testing::CliRunner;

namespace {
constexpr const char* kPassphrase = testing::kAppPassphrase;
constexpr const char* kPassword = testing::kUserPassword;
using testing::kRoundMs;

using testing::App;
using testing::CliDevice;
}  // namespace

class SyncServiceTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_forms.loadDirectory(forms::builtinDefinitionsDir()).ok()); }

    void init() {
        m_tmp = std::make_unique<testing::TempDir>();
        m_server = std::make_unique<testing::ServerProcess>(
            VELDWERK_SERVER_PATH, (*m_tmp / "server.db").string(), m_tmp->path());
        admin({"org", "add", "JGT Utrecht", "--kind", "jgt"});
        admin({"org", "add", "GI Midden", "--kind", "gi"});
        admin({"user", "add", "anna", "--org", "JGT Utrecht", "--role", "jgt"});
        admin({"user", "add", "gijs", "--org", "GI Midden", "--role", "gi"});
        m_server->start();
        m_anna = device("anna");
        m_gijs = device("gijs");
        // At the office: anna prepares the case with the GI colleague and the assessment.
        m_caseId = m_anna->json({"case", "add", "--name", "Gezin Veldman"}).at("id");
        const std::string child = m_anna
                                      ->json({"person", "add", "--case", m_caseId, "--role", "kind",
                                              "--name", "Noor", "--born", "2019-06-01"})
                                      .at("id");
        m_anna->ok({"consent", "add", "--case", m_caseId, "--for", "gi", "--by", "moeder"});
        m_anna->ok({"member", "add", "--case", m_caseId, "--user", "gijs", "--role", "gi"});
        m_rt = m_anna
                   ->json({"assessment", "new", "--case", m_caseId, "--form", "risicotaxatie",
                           "--subject", child})
                   .at("id");
        m_anna->ok({"sync"});
        m_gijs->ok({"sync"});
    }

    void cleanup() {
        m_app.reset();
        m_gijsApp.reset();
        m_server.reset();
        m_anna.reset();
        m_gijs.reset();
        m_tmp.reset();
    }

    void typedAnswerIsPushedAndAnotherDevicesAnswerPulled() {
        openApp();
        QCOMPARE(m_app->sync.phase(), app::SyncService::Idle);
        QVERIFY(m_app->sync.lastSyncText().startsWith(QStringLiteral("Laatst gesynchroniseerd")));
        app::AssessmentController ctl;
        ctl.setCaseFile(&m_app->caseFile);
        ctl.setAssessmentId(QString::fromStdString(m_rt));
        QVERIFY(ctl.setAnswer(QStringLiteral("acuut_letsel"), QStringLiteral("ja")));
        QVERIFY(m_app->sync.pendingCount() > 0);

        testing::syncAppNow(*m_app);
        QCOMPARE(m_app->sync.phase(), app::SyncService::Idle);
        QCOMPARE(m_app->sync.pendingCount(), 0);
        m_gijs->ok({"sync"});
        QCOMPARE(m_gijs->answer(m_rt, "acuut_letsel"), std::string("ja"));

        m_gijs->ok({"assessment", "set", m_rt, "sig_letsel", "ja"});
        m_gijs->ok({"sync"});
        QSignalSpy refreshed(&m_app->caseFile, &app::CaseFileService::changedBySync);
        testing::syncAppNow(*m_app);
        QCOMPARE(refreshed.count(), 1);
        // The open page shows it without being reopened.
        QCOMPARE(value(ctl, "sig_letsel", "answer").toString(), QStringLiteral("ja"));
    }

    void disagreementShowsBothAuthorsAndIsResolvedFromTheApp() {
        openApp();
        app::AssessmentController ctl;
        QAbstractItemModelTester tester(ctl.form(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ctl.setCaseFile(&m_app->caseFile);
        ctl.setAssessmentId(QString::fromStdString(m_rt));
        QVERIFY(ctl.setAnswer(QStringLiteral("oordeel_veiligheid"), QStringLiteral("onveilig")));
        m_gijs->ok({"assessment", "set", m_rt, "oordeel_veiligheid", "voorwaardelijk_veilig"});
        m_gijs->ok({"sync"});
        testing::syncAppNow(*m_app);

        QCOMPARE(value(ctl, "oordeel_veiligheid", "inConflict"), QVariant(true));
        const auto text = value(ctl, "oordeel_veiligheid", "conflictText").toString();
        // Each side with its author, organisation and time; no side shows as the chosen answer.
        QVERIFY2(text.contains(QStringLiteral("anna (JGT, JGT Utrecht, vandaag om ")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("): Onveilig")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("gijs (GI, GI Midden, vandaag om ")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("): Voorwaardelijk veilig")), qPrintable(text));
        QCOMPARE(value(ctl, "oordeel_veiligheid", "answer").toString(), QString());
        for (const auto& option : value(ctl, "oordeel_veiligheid", "options").toList()) {
            QCOMPARE(option.toMap().value(QStringLiteral("selected")), QVariant(false));
        }
        QCOMPARE(value(ctl, "oordeel_veiligheid", "conflictSides").toList().size(), 2);
        QCOMPARE(value(ctl, "oordeel_veiligheid", "canResolve"), QVariant(true));
        QCOMPARE(ctl.conflictCount(), 1);
        QCOMPARE(m_app->sync.conflictCount(), 1);
        const auto blockers = ctl.blockers().join(QLatin1Char('\n'));
        QVERIFY2(blockers.contains(QStringLiteral("RT9: er is nog een verschil van inzicht over")),
                 qPrintable(blockers));
        // The case page and the case list count it.
        app::AssessmentListModel assessments;
        assessments.setCaseFile(&m_app->caseFile);
        assessments.setCaseId(QString::fromStdString(m_caseId));
        QCOMPARE(
            assessments.data(assessments.index(0), app::AssessmentListModel::ConflictCountRole),
            QVariant(1));
        app::CaseListModel cases;
        cases.setSession(&m_app->session);
        QCOMPARE(cases.data(cases.index(0), app::CaseListModel::ConflictCountRole), QVariant(1));

        // The GI colleague's app shows it read-only, with the reason.
        m_gijs->ok({"sync"});
        m_gijsApp = std::make_unique<App>(m_gijs->vaultDir(), m_forms, testing::testSyncOptions());
        testing::unlockApp(*m_gijsApp, kPassphrase);
        app::AssessmentController gi;
        gi.setCaseFile(&m_gijsApp->caseFile);
        gi.setAssessmentId(QString::fromStdString(m_rt));
        QCOMPARE(value(gi, "oordeel_veiligheid", "inConflict"), QVariant(true));
        QCOMPARE(value(gi, "oordeel_veiligheid", "canResolve"), QVariant(false));
        QVERIFY(value(gi, "oordeel_veiligheid", "conflictNote")
                    .toString()
                    .startsWith(QStringLiteral("Alleen een JGT-medewerker")));
        QVERIFY(!gi.resolveConflict(QStringLiteral("oordeel_veiligheid"),
                                    QStringLiteral("voorwaardelijk_veilig")));
        QVERIFY(gi.errorText().contains(QStringLiteral("JGT")));
        m_gijsApp.reset();

        // Anna picks gijs's answer; after the sync the disagreement is gone everywhere.
        QVERIFY(ctl.resolveConflict(QStringLiteral("oordeel_veiligheid"),
                                    QStringLiteral("voorwaardelijk_veilig")));
        QCOMPARE(value(ctl, "oordeel_veiligheid", "inConflict"), QVariant(false));
        testing::syncAppNow(*m_app);
        QCOMPARE(m_app->sync.conflictCount(), 0);
        QCOMPARE(ctl.conflictCount(), 0);
        QCOMPARE(value(ctl, "oordeel_veiligheid", "answer").toString(),
                 QStringLiteral("voorwaardelijk_veilig"));
        QCOMPARE(cases.data(cases.index(0), app::CaseListModel::ConflictCountRole), QVariant(0));
        m_gijs->ok({"sync"});
        QVERIFY(m_gijs->json({"conflicts", "list"}).at("conflicts").empty());
        QCOMPARE(m_gijs->answer(m_rt, "oordeel_veiligheid"), std::string("voorwaardelijk_veilig"));
    }

    void revokedDeviceEndsWipedWithADutchNotice() {
        openApp();
        admin({"device", "revoke", m_anna->deviceId});
        app::UnlockController unlock;
        unlock.setSession(&m_app->session);
        testing::syncAppNow(*m_app);
        QCOMPARE(m_app->sync.phase(), app::SyncService::Revoked);
        QCOMPARE(m_app->session.state(), app::VaultSession::Wiped);
        QCOMPARE(m_app->session.problem(), app::VaultSession::Revoked);
        QVERIFY(m_app->session.vault() == nullptr);
        QVERIFY(!vault::Vault::exists(m_anna->cli.vaultDir()));
        QCOMPARE(unlock.headline(), QStringLiteral("Dit apparaat is ingetrokken"));
        QVERIFY(unlock.errorText().startsWith(QStringLiteral(
            "Dit apparaat is ingetrokken; de gegevens op dit apparaat zijn gewist.")));
        // Nothing more can start, and nothing crashes.
        QVERIFY(!m_app->sync.syncNow());
    }

    void serverDownGivesADutchStatusAndLosesNothing() {
        openApp();
        m_server->stop();
        app::AssessmentController ctl;
        ctl.setCaseFile(&m_app->caseFile);
        ctl.setAssessmentId(QString::fromStdString(m_rt));
        QVERIFY(ctl.setAnswer(QStringLiteral("acuut_letsel"), QStringLiteral("ja")));
        const int pending = m_app->sync.pendingCount();
        QVERIFY(pending > 0);
        testing::syncAppNow(*m_app);
        QCOMPARE(m_app->sync.phase(), app::SyncService::Offline);
        QVERIFY2(
            m_app->sync.statusText().startsWith(QStringLiteral("Geen verbinding met de server")),
            qPrintable(m_app->sync.statusText()));
        QCOMPARE(m_app->sync.pendingCount(), pending);

        // Still there after locking and unlocking; pushed once the server is back.
        m_app->session.lock();
        testing::unlockApp(*m_app, kPassphrase);
        QCOMPARE(m_app->sync.pendingCount(), pending);
        m_server->start();
        testing::syncAppNow(*m_app);
        QCOMPARE(m_app->sync.phase(), app::SyncService::Idle);
        QCOMPARE(m_app->sync.pendingCount(), 0);
        m_gijs->ok({"sync"});
        QCOMPARE(m_gijs->answer(m_rt, "acuut_letsel"), std::string("ja"));
    }

    void lockingDuringAHangingRoundCancelsItAtOnce() {
        // A server that accepts connections and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        {
            auto v = vault::Vault::open(m_anna->cli.vaultDir(), kPassphrase);
            vault::Transaction tx(v->db());
            sync::SyncState state(v->db());
            state.enrol("http://127.0.0.1:" + std::to_string(silent.serverPort()),
                        state.deviceToken(), std::nullopt, state.auditUploadedSeq());
            tx.commit();
        }
        auto slow = testing::testSyncOptions();
        slow.requestTimeout = std::chrono::seconds(60);
        m_app = std::make_unique<App>(m_anna->vaultDir(), m_forms, slow);
        testing::unlockApp(*m_app, kPassphrase, false);
        QVERIFY(m_app->sync.syncing());
        QElapsedTimer clock;
        clock.start();
        m_app->session.lock();
        QVERIFY2(clock.elapsed() < 10'000, "locking waited for the request's timeout");
        QCOMPARE(m_app->session.state(), app::VaultSession::Locked);
        QCOMPARE(m_app->sync.phase(), app::SyncService::Closed);
        testing::unlockApp(*m_app, kPassphrase, false);
        QVERIFY(m_app->caseFile.findCase(QString::fromStdString(m_caseId)).has_value());
    }

private:
    void admin(const std::vector<std::string>& args) {
        const auto r = m_server->admin(args, {{"VELDWERK_PASSWORD", kPassword}});
        if (r.exitCode != 0) {
            QFAIL(qPrintable(QString::fromStdString("admin failed: " + r.err)));
        }
    }

    std::unique_ptr<CliDevice> device(const std::string& user) {
        return testing::enrolCliDevice(m_tmp->path() / ("device-" + user), m_server->url(), user);
    }

    void openApp() {
        m_app = std::make_unique<App>(m_anna->vaultDir(), m_forms, testing::testSyncOptions());
        testing::unlockApp(*m_app, kPassphrase);
    }

    static QVariant value(app::AssessmentController& ctl, const char* item, const char* role) {
        return ctl.form()->valueOf(QString::fromLatin1(item), QString::fromLatin1(role));
    }

    forms::FormRegistry m_forms;
    std::unique_ptr<testing::TempDir> m_tmp;
    std::unique_ptr<testing::ServerProcess> m_server;
    std::unique_ptr<CliDevice> m_anna;
    std::unique_ptr<CliDevice> m_gijs;
    std::unique_ptr<App> m_app;
    std::unique_ptr<App> m_gijsApp;
    std::string m_caseId;
    std::string m_rt;
};

QTEST_GUILESS_MAIN(SyncServiceTest)

#include "sync_service_test.moc"
