// Closing a case and emergency access, in the app (issue 14.5 and 14.6 through issue 11: every
// step without the CLI): the view-models over a real vault, against a real veldwerk-server on
// loopback, with the other devices driven by veldwerk-cli. Closing in the app purges the case
// from this tablet and from the GI colleague's after their sync, and the server keeps it; only a
// JGT member may close. Emergency access without a reason is not sent; with one the server
// grants it, the round brings the case, and the case says until when; a refusal is said in
// Dutch and does not make the sync look broken.
#include <QSignalSpy>
#include <QtTest>
#include <algorithm>
#include <memory>

#include "core/forms/registry.h"
#include "qml/access/case_closure_controller.h"
#include "qml/access/emergency_access_controller.h"
#include "qml/controllers/case_team_controller.h"
#include "qml/models/case_list_model.h"
#include "qml/services/case_file_service.h"
#include "qml/services/sync_service.h"
#include "qml/services/vault_session.h"
#include "tests/qml/app_on_server.h"
#include "tests/qml/cli_device.h"
#include "tests/support/server_process.h"
#include "tests/support/temp_dir.h"

using namespace veldwerk;
using testing::CliRunner;

namespace {
using testing::App;
using testing::CliDevice;
constexpr const char* kPassphrase = testing::kAppPassphrase;
constexpr const char* kPassword = testing::kUserPassword;
using testing::kRoundMs;

bool contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}
}  // namespace

class AccessAppTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_forms.loadDirectory(forms::builtinDefinitionsDir()).ok()); }

    void init() {
        m_tmp = std::make_unique<testing::TempDir>();
        m_server = std::make_unique<testing::ServerProcess>(
            VELDWERK_SERVER_PATH, (*m_tmp / "server.db").string(), m_tmp->path());
        admin({"org", "add", "JGT Utrecht", "--kind", "jgt"});
        admin({"org", "add", "GI Midden", "--kind", "gi"});
        admin({"team", "add", "Team Noord", "--org", "JGT Utrecht"});
        admin({"user", "add", "anna", "--org", "JGT Utrecht", "--role", "jgt", "--team",
               "Team Noord"});
        admin({"user", "add", "bram", "--org", "JGT Utrecht", "--role", "jgt", "--team",
               "Team Noord"});
        admin({"user", "add", "gijs", "--org", "GI Midden", "--role", "gi"});
        m_server->start();
        m_anna = device("anna");
        m_gijs = device("gijs");
        m_caseId = m_anna->json({"case", "add", "--name", "Gezin Veldman"}).at("id");
        m_anna->ok({"person", "add", "--case", m_caseId, "--role", "kind", "--name", "Noor"});
        m_anna->ok({"consent", "add", "--case", m_caseId, "--for", "gi", "--by", "moeder"});
        m_anna->ok({"member", "add", "--case", m_caseId, "--user", "gijs", "--role", "gi"});
        m_anna->ok({"sync"});
        m_gijs->ok({"sync"});
    }

    void cleanup() {
        m_app.reset();
        m_server.reset();
        m_anna.reset();
        m_gijs.reset();
        m_tmp.reset();
    }

    void closingInTheAppPurgesTheCaseFromEveryDevice() {
        const auto before = m_gijs->json({"case", "list"}).dump();
        QVERIFY2(contains(m_gijs->caseIds(), m_caseId), before.c_str());
        openApp(*m_anna);
        const QString caseId = QString::fromStdString(m_caseId);
        app::CaseClosureController closure;
        closure.setCaseFile(&m_app->caseFile);
        closure.setCaseId(caseId);
        closure.setSync(&m_app->sync);
        QVERIFY(closure.canClose());
        QVERIFY(closure.whyNot().isEmpty());
        QVERIFY(closure.consequence().contains(QStringLiteral("20 jaar")));
        QVERIFY(closure.consequence().contains(QStringLiteral("volgende synchronisatie")));
        QCOMPARE(closure.unsyncedText(),
                 QStringLiteral("Alles van deze casus is gesynchroniseerd."));
        // Something typed that has not gone out yet is named before closing.
        app::CaseTeamController team;
        team.setCaseFile(&m_app->caseFile);
        team.setCaseId(caseId);
        QVERIFY(team.addPerson(QStringLiteral("ouder"), QStringLiteral("Marieke"), QString()));
        closure.refresh();
        QVERIFY2(closure.unsyncedText().contains(QStringLiteral("nog niet gesynchroniseerd")),
                 qPrintable(closure.unsyncedText()));

        QSignalSpy closed(&closure, &app::CaseClosureController::caseClosed);
        QSignalSpy round(&m_app->sync, &app::SyncService::roundFinished);
        QVERIFY(closure.closeCase());
        QCOMPARE(closed.count(), 1);
        QVERIFY(closure.closed());
        QVERIFY(!closure.canClose());
        // Closing syncs at once; the round pushes the closure and purges the case here.
        QVERIFY(round.wait(kRoundMs));
        QCOMPARE(m_app->sync.phase(), app::SyncService::Idle);
        QCOMPARE(m_app->sync.pendingCount(), 0);
        QVERIFY(!m_app->caseFile.findCase(caseId).has_value());
        app::CaseListModel cases;
        cases.setSession(&m_app->session);
        QCOMPARE(cases.rowCount(), 0);

        // The GI colleague's tablet purges it at its next sync; the server keeps it 20 years.
        m_gijs->ok({"sync"});
        QVERIFY(!contains(m_gijs->caseIds(), m_caseId));
        const auto kept =
            m_server->admin({"case", "retention"}, {{"VELDWERK_PASSWORD", kPassword}});
        QCOMPARE(kept.exitCode, 0);
        QVERIFY2(kept.out.find("closed     " + m_caseId) != std::string::npos, kept.out.c_str());
        // The person added just before closing went out before the closure (nothing was lost).
        QVERIFY2(kept.out.find("kept until") != std::string::npos, kept.out.c_str());
    }

    void closedOfflineTheCaseSaysItLeavesAtTheNextSync() {
        openApp(*m_anna);
        m_server->stop();
        const QString caseId = QString::fromStdString(m_caseId);
        app::CaseClosureController closure;
        closure.setCaseFile(&m_app->caseFile);
        closure.setCaseId(caseId);
        closure.setSync(&m_app->sync);
        QSignalSpy round(&m_app->sync, &app::SyncService::roundFinished);
        QVERIFY(closure.closeCase());
        QVERIFY(round.wait(kRoundMs));
        QCOMPARE(m_app->sync.phase(), app::SyncService::Offline);
        // Still on this tablet until the sync, and the list says why.
        QVERIFY(m_app->caseFile.findCase(caseId).has_value());
        app::CaseListModel cases;
        cases.setSession(&m_app->session);
        QCOMPARE(cases.rowCount(), 1);
        QVERIFY(cases.data(cases.index(0), app::CaseListModel::AttentionTextRole)
                    .toString()
                    .contains(QStringLiteral("Gesloten")));
        QVERIFY(closure.whyNot().contains(QStringLiteral("gesloten")));
        QVERIFY(!closure.closeCase());  // once is enough

        m_server->start();
        QVERIFY(m_app->sync.syncNow());
        QVERIFY(round.wait(kRoundMs));
        QVERIFY(!m_app->caseFile.findCase(caseId).has_value());
    }

    void onlyAJgtMemberClosesACase() {
        openApp(*m_gijs);
        app::CaseClosureController closure;
        closure.setCaseFile(&m_app->caseFile);
        closure.setCaseId(QString::fromStdString(m_caseId));
        QVERIFY(!closure.canClose());
        QVERIFY(closure.whyNot().contains(QStringLiteral("Alleen een JGT-medewerker")));
        QVERIFY(!closure.closeCase());
        QVERIFY(closure.errorText().contains(QStringLiteral("Alleen een JGT-medewerker")));
        QVERIFY(m_app->caseFile.findCase(QString::fromStdString(m_caseId)).has_value());
        // A GI professional does not ask for emergency access either.
        app::EmergencyAccessController emergency;
        emergency.setCaseFile(&m_app->caseFile);
        emergency.setSync(&m_app->sync);
        QVERIFY(!emergency.allowed());
        emergency.setCaseNumber(QString::fromStdString(m_caseId));
        emergency.setReason(QStringLiteral("Crisisdienst belt"));
        QVERIFY(!emergency.canRequest());
        QVERIFY(emergency.whyNot().contains(QStringLiteral("Alleen een JGT-medewerker")));
    }

    void emergencyAccessNeedsAReasonAndThenBringsTheCase() {
        // Bram's family: Anna is not a member of it.
        auto bram = device("bram");
        const std::string other = bram->json({"case", "add", "--name", "Gezin Jansen"}).at("id");
        bram->ok({"sync"});
        openApp(*m_anna);
        const QString otherId = QString::fromStdString(other);
        QVERIFY(!m_app->caseFile.findCase(otherId).has_value());

        app::EmergencyAccessController emergency;
        emergency.setCaseFile(&m_app->caseFile);
        emergency.setSync(&m_app->sync);
        QVERIFY(emergency.allowed());
        QVERIFY(emergency.whyNot().contains(QStringLiteral("casusnummer")));
        emergency.setCaseNumber(QStringLiteral("abc"));
        QVERIFY(emergency.whyNot().contains(QStringLiteral("32 tekens")));
        // Typed as read aloud: upper case and spaces are fine.
        emergency.setCaseNumber(otherId.toUpper().insert(8, QLatin1Char(' ')));
        QVERIFY(!emergency.canRequest());
        QVERIFY(emergency.whyNot().contains(QStringLiteral("reden")));
        emergency.setReason(QStringLiteral("   "));
        QVERIFY(!emergency.canRequest());
        QVERIFY(!emergency.request());
        QVERIFY(emergency.errorText().contains(QStringLiteral("reden")));
        QVERIFY(!emergency.busy());

        // The server refuses what it does not know, in Dutch; the sync itself stays fine.
        emergency.setCaseNumber(QString(32, QLatin1Char('0')));
        emergency.setReason(QStringLiteral("De crisisdienst belt buiten kantoortijd."));
        QVERIFY(emergency.canRequest());
        QSignalSpy round(&m_app->sync, &app::SyncService::roundFinished);
        QVERIFY(emergency.request());
        QVERIFY(emergency.busy());
        QVERIFY(round.wait(kRoundMs));
        QVERIFY(!emergency.busy());
        QVERIFY2(emergency.errorText().contains(QStringLiteral("geen casus met dit nummer")),
                 qPrintable(emergency.errorText()));
        QCOMPARE(m_app->sync.phase(), app::SyncService::Idle);

        QSignalSpy granted(&emergency, &app::EmergencyAccessController::granted);
        emergency.setCaseNumber(otherId);
        QVERIFY(emergency.request());
        QVERIFY(granted.wait(kRoundMs));
        QCOMPARE(granted.first().first().toString(), otherId);
        QCOMPARE(emergency.grantedCaseId(), otherId);
        QVERIFY2(emergency.grantedText().contains(QStringLiteral("Gezin Jansen")),
                 qPrintable(emergency.grantedText()));
        QVERIFY(emergency.errorText().isEmpty());
        QVERIFY(emergency.reason().isEmpty());  // a next request starts with a new reason
        // The case is on this tablet, and says it is emergency access and until when.
        QVERIFY(m_app->caseFile.findCase(otherId).has_value());
        app::CaseTeamController team;
        team.setCaseFile(&m_app->caseFile);
        team.setCaseId(otherId);
        QVERIFY2(team.emergencyText().startsWith(QStringLiteral("Noodtoegang tot ")),
                 qPrintable(team.emergencyText()));
        app::CaseListModel cases;
        cases.setSession(&m_app->session);
        bool listed = false;
        for (int row = 0; row < cases.rowCount(); ++row) {
            const auto index = cases.index(row);
            if (cases.data(index, app::CaseListModel::IdRole).toString() == otherId) {
                listed = cases.data(index, app::CaseListModel::AttentionTextRole)
                             .toString()
                             .contains(QStringLiteral("Noodtoegang tot "));
            }
        }
        QVERIFY(listed);
        // Not a member in the case team's sense: she does not close Bram's family.
        QCOMPARE(m_app->caseFile.roleIn(otherId), std::string("jgt"));
        // Asked again: the server says she has it already.
        emergency.setCaseNumber(otherId);
        emergency.setReason(QStringLiteral("Nog een keer"));
        QVERIFY(emergency.request());
        QVERIFY(round.wait(kRoundMs));
        QTRY_VERIFY(!emergency.busy());
        QVERIFY2(emergency.errorText().contains(QStringLiteral("al toegang")),
                 qPrintable(emergency.errorText()));
    }

    void emergencyAccessAskedDuringARoundFollowsIt() {
        auto bram = device("bram");
        const std::string other = bram->json({"case", "add", "--name", "Gezin Jansen"}).at("id");
        bram->ok({"sync"});
        m_app = std::make_unique<App>(m_anna->vaultDir(), m_forms, testing::testSyncOptions());
        testing::unlockApp(*m_app, kPassphrase,
                           false);  // unlocking starts a round; the request waits for it
        if (!m_app->sync.syncing()) {
            // The unlock's round can be over already (a quick server): start another, so the
            // request is asked while one runs.
            m_app->sync.syncNow();
        }
        app::EmergencyAccessController emergency;
        emergency.setCaseFile(&m_app->caseFile);
        emergency.setSync(&m_app->sync);
        emergency.setCaseNumber(QString::fromStdString(other));
        emergency.setReason(QStringLiteral("Politie belt over dit gezin"));
        QSignalSpy granted(&emergency, &app::EmergencyAccessController::granted);
        QVERIFY(emergency.request());
        QVERIFY(granted.wait(kRoundMs));
        QVERIFY(m_app->caseFile.findCase(QString::fromStdString(other)).has_value());
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

    void openApp(const CliDevice& d) {
        m_app = std::make_unique<App>(d.vaultDir(), m_forms, testing::testSyncOptions());
        testing::unlockApp(*m_app, kPassphrase);
    }

    forms::FormRegistry m_forms;
    std::unique_ptr<testing::TempDir> m_tmp;
    std::unique_ptr<testing::ServerProcess> m_server;
    std::unique_ptr<CliDevice> m_anna;
    std::unique_ptr<CliDevice> m_gijs;
    std::unique_ptr<App> m_app;
    std::string m_caseId;
};

QTEST_GUILESS_MAIN(AccessAppTest)

#include "access_app_test.moc"
