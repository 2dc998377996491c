// Issue 11 point 4, end to end: the supervisor's review shows the disagreements that were
// resolved and how. A real veldwerk-server on loopback; three tablets driven through the app's
// own services (first run, SyncService, the view-models): the JGT and the GI worker answer one
// question differently, the JGT worker resolves it on her tablet, the GI worker co-signs, the
// assessment is submitted, and the supervisor's tablet — which never saw the disagreement open —
// shows both sides with who said them, the value chosen and who chose it.
#include <QSignalSpy>
#include <QtTest>
#include <memory>

#include "core/assessment/assessment_service.h"
#include "core/forms/registry.h"
#include "qml/controllers/assessment_controller.h"
#include "qml/controllers/case_team_controller.h"
#include "qml/controllers/cosign_controller.h"
#include "qml/controllers/first_run_controller.h"
#include "qml/controllers/review_controller.h"
#include "qml/services/case_file_service.h"
#include "qml/services/sync_service.h"
#include "qml/services/vault_session.h"
#include "tests/qml/app_on_server.h"
#include "tests/support/server_process.h"
#include "tests/support/temp_dir.h"

using namespace veldwerk;

namespace {
constexpr const char* kPassword = "gebruiker-wachtwoord-1";
constexpr const char* kPassphrase = "drie losse woorden 7";
constexpr int kWaitMs = 60'000;

using testing::App;
}  // namespace

class ReviewHistoryTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(m_forms.loadDirectory(forms::builtinDefinitionsDir()).ok());
        m_tmp = std::make_unique<testing::TempDir>();
        m_server = std::make_unique<testing::ServerProcess>(
            VELDWERK_SERVER_PATH, (*m_tmp / "server.db").string(), m_tmp->path());
        admin({"org", "add", "JGT Utrecht", "--kind", "jgt"});
        admin({"org", "add", "GI Midden", "--kind", "gi"});
        admin({"team", "add", "Team Noord", "--org", "JGT Utrecht"});
        admin({"user", "add", "anna", "--org", "JGT Utrecht", "--role", "jgt", "--team",
               "Team Noord"});
        admin({"user", "add", "sanne", "--org", "JGT Utrecht", "--role", "supervisor", "--team",
               "Team Noord"});
        admin({"user", "add", "gijs", "--org", "GI Midden", "--role", "gi"});
        m_server->start();
    }

    void cleanupTestCase() {
        m_jgt.reset();
        m_gi.reset();
        m_supervisor.reset();
        m_server.reset();
        m_tmp.reset();
    }

    void theJgtWorkerStartsACaseWithTheGiColleague() {
        m_jgt = std::make_unique<App>(dir("anna"), m_forms, testing::testSyncOptions());
        enrol(*m_jgt, "anna");
        m_gi = std::make_unique<App>(dir("gijs"), m_forms, testing::testSyncOptions());
        enrol(*m_gi, "gijs");
        const auto added = m_jgt->caseFile.addCase(QStringLiteral("Gezin Veldman"));
        QVERIFY2(added.ok, qPrintable(added.message));
        m_caseId = added.value;
        app::CaseTeamController team;
        team.setCaseFile(&m_jgt->caseFile);
        team.setCaseId(m_caseId);
        QVERIFY(team.addPerson(QStringLiteral("kind"), QStringLiteral("Noor"),
                               QStringLiteral("2019-06-01")));
        QVERIFY(team.recordConsent(QStringLiteral("Marieke (moeder)")));
        QCOMPARE(team.giCandidates().size(), 1);
        QVERIFY2(team.addGiMember(
                     team.giCandidates().at(0).toMap().value(QStringLiteral("userId")).toString()),
                 qPrintable(team.errorText()));
        const auto child =
            team.persons().at(0).toMap().value(QStringLiteral("personId")).toString();
        const auto created =
            m_jgt->caseFile.create(m_caseId, QStringLiteral("risicotaxatie"), child);
        QVERIFY2(created.ok, qPrintable(created.message));
        m_assessmentId = created.value;
        for (const auto& [item, value] :
             {std::pair{"oordeel_veiligheid", "veilig"}, std::pair{"oordeel_risico", "laag"},
              std::pair{"oordeel_toelichting", "Besproken met de ouders."}}) {
            QVERIFY(m_jgt->caseFile
                        .setAnswer(m_assessmentId, QString::fromLatin1(item),
                                   QString::fromLatin1(value))
                        .ok);
        }
        testing::syncAppNow(*m_jgt, kWaitMs);
        QCOMPARE(m_jgt->sync.quarantineCount(), 0);
        testing::syncAppNow(*m_gi, kWaitMs);
        QVERIFY(m_gi->caseFile.view(m_assessmentId).has_value());
    }

    void bothAnswerDifferentlyAndTheJgtWorkerResolves() {
        QVERIFY(!m_assessmentId.isEmpty());
        // Each on their own tablet, before either syncs.
        QVERIFY(m_jgt->caseFile
                    .setAnswer(m_assessmentId, QStringLiteral("sig_letsel"), QStringLiteral("ja"))
                    .ok);
        QVERIFY(m_gi->caseFile
                    .setAnswer(m_assessmentId, QStringLiteral("sig_letsel"), QStringLiteral("nee"))
                    .ok);
        testing::syncAppNow(*m_jgt, kWaitMs);
        testing::syncAppNow(*m_gi, kWaitMs);
        testing::syncAppNow(*m_jgt, kWaitMs);
        app::AssessmentController page;
        page.setCaseFile(&m_jgt->caseFile);
        page.setAssessmentId(m_assessmentId);
        QCOMPARE(page.conflictCount(), 1);
        QVERIFY2(page.resolveConflict(QStringLiteral("sig_letsel"), QStringLiteral("nee")),
                 qPrintable(page.errorText()));
        testing::syncAppNow(*m_jgt, kWaitMs);
        QCOMPARE(m_jgt->sync.quarantineCount(), 0);
        page.refresh();
        QCOMPARE(page.conflictCount(), 0);
    }

    void theGiWorkerCoSignsAndTheJgtWorkerSubmits() {
        QVERIFY(!m_assessmentId.isEmpty());
        testing::syncAppNow(*m_gi, kWaitMs);
        // The GI tablet co-signs in the app ("Medeondertekenen"), which starts a round at once.
        app::CosignController cosign;
        cosign.setCaseFile(&m_gi->caseFile);
        cosign.setAssessmentId(m_assessmentId);
        QVERIFY(cosign.canCosign());
        QVERIFY2(cosign.cosign(), qPrintable(cosign.errorText()));
        testing::waitForRound(*m_gi, kWaitMs);
        QCOMPARE(m_gi->sync.pendingCount(), 0);
        QCOMPARE(m_gi->sync.quarantineCount(), 0);
        testing::syncAppNow(*m_jgt, kWaitMs);
        const auto submitted = m_jgt->caseFile.submit(m_assessmentId);
        QVERIFY2(submitted.ok, qPrintable(submitted.message));
        testing::syncAppNow(*m_jgt, kWaitMs);
        QCOMPARE(m_jgt->sync.quarantineCount(), 0);
        QCOMPARE(m_jgt->sync.pendingCount(), 0);
    }

    void theSupervisorSeesTheResolvedDisagreementWithBothSides() {
        QVERIFY(!m_assessmentId.isEmpty());
        m_supervisor = std::make_unique<App>(dir("sanne"), m_forms, testing::testSyncOptions());
        enrol(*m_supervisor, "sanne");
        app::ReviewController review;
        review.setCaseFile(&m_supervisor->caseFile);
        QCOMPARE(review.count(), 1);
        const auto card = review.queue().at(0).toMap();
        QCOMPARE(card.value(QStringLiteral("assessmentId")).toString(), m_assessmentId);
        QVERIFY(card.value(QStringLiteral("cosigned")).toBool());
        const auto resolved = card.value(QStringLiteral("resolved")).toList();
        QCOMPARE(resolved.size(), 1);
        const auto entry = resolved.at(0).toMap();
        QCOMPARE(
            entry.value(QStringLiteral("question")).toString(),
            QString::fromStdString(m_forms.find("risicotaxatie")->item("sig_letsel")->label.nl));
        const auto sides = entry.value(QStringLiteral("sides")).toStringList();
        QCOMPARE(sides.size(), 2);
        QVERIFY2(sides.at(0).startsWith(QStringLiteral("anna (JGT-medewerker, JGT Utrecht), ")),
                 qPrintable(sides.at(0)));
        QVERIFY2(sides.at(0).endsWith(QStringLiteral(": Ja")), qPrintable(sides.at(0)));
        QVERIFY2(sides.at(1).startsWith(QStringLiteral("gijs (GI-medewerker, GI Midden), ")),
                 qPrintable(sides.at(1)));
        QVERIFY2(sides.at(1).endsWith(QStringLiteral(": Nee")), qPrintable(sides.at(1)));
        QCOMPARE(entry.value(QStringLiteral("chosenText")).toString(),
                 QStringLiteral("Gekozen: Nee"));
        QVERIFY2(
            entry.value(QStringLiteral("howText"))
                .toString()
                .startsWith(QStringLiteral("Opgelost door anna (JGT-medewerker, JGT Utrecht), ")),
            qPrintable(entry.value(QStringLiteral("howText")).toString()));
    }

    void theResolvingDeviceHoldsTheSameHistory() {
        // The JGT tablet learns of it from the server as well (its own write came back with it).
        QVERIFY(m_jgt);
        testing::syncAppNow(*m_jgt, kWaitMs);
        app::ReviewController review;
        review.setCaseFile(&m_jgt->caseFile);
        QCOMPARE(review.count(), 1);
        QCOMPARE(review.queue().at(0).toMap().value(QStringLiteral("resolved")).toList().size(), 1);
    }

private:
    QString dir(const char* user) const {
        return QString::fromStdString((m_tmp->path() / (std::string("tablet-") + user)).string());
    }

    void enrol(App& a, const char* user) {
        testing::enrolInApp(a, m_server->url(), user, kPassword, kPassphrase, kWaitMs);
    }

    void admin(const std::vector<std::string>& args) {
        const auto r = m_server->admin(args, {{"VELDWERK_PASSWORD", kPassword}});
        if (r.exitCode != 0) {
            QFAIL(qPrintable(QString::fromStdString("admin failed: " + r.err)));
        }
    }

    forms::FormRegistry m_forms;
    std::unique_ptr<testing::TempDir> m_tmp;
    std::unique_ptr<testing::ServerProcess> m_server;
    std::unique_ptr<App> m_jgt;
    std::unique_ptr<App> m_gi;
    std::unique_ptr<App> m_supervisor;
    QString m_caseId;
    QString m_assessmentId;
};

QTEST_GUILESS_MAIN(ReviewHistoryTest)

#include "review_history_test.moc"
