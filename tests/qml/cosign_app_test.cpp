// The JGT keeps regie, in the app (issue 13 points 2 and 5 through issue 11: every step without
// the CLI): the view-models over real vaults against a real veldwerk-server on loopback, the
// other tablets driven by veldwerk-cli. The GI professional co-signs on their tablet (a round
// starts at once) and the JGT worker's and the supervisor's tablets see who co-signed; the GI's
// disagreement is a statement beside the assessment with who and when; a JGT worker submits
// without the co-signature only with a reason, the supervisor's review card says so with the
// reason, and a later co-signature in the app reaches that card; an escalation's outcome
// recorded afterwards in the app reaches another device; asking and answering meedenken sync at
// once.
#include <QSignalSpy>
#include <QtTest>
#include <memory>

#include "core/forms/registry.h"
#include "qml/controllers/assessment_controller.h"
#include "qml/controllers/cosign_controller.h"
#include "qml/controllers/review_controller.h"
#include "qml/family/statements_controller.h"
#include "qml/followup/case_course_controller.h"
#include "qml/followup/consultations_controller.h"
#include "tests/qml/app_on_server.h"
#include "tests/qml/cli_device.h"
#include "tests/support/server_process.h"
#include "tests/support/temp_dir.h"

using namespace veldwerk;
using testing::App;
using testing::CliDevice;
using testing::CliRunner;

namespace {
using testing::kRoundMs;
const QString kReason = QStringLiteral("GI-collega twee weken afwezig; de veiligheid gaat voor.");

// The review card of an assessment on a supervisor's tablet (empty when not in the queue).
QVariantMap reviewCard(app::CaseFileService& caseFile, const QString& assessmentId) {
    app::ReviewController review;
    review.setCaseFile(&caseFile);
    for (const auto& row : review.queue()) {
        const auto card = row.toMap();
        if (card.value(QStringLiteral("assessmentId")).toString() == assessmentId) {
            return card;
        }
    }
    return {};
}
}  // namespace

class CosignAppTest : public QObject {
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
               "Team Noord", "--full-name", "Anna Jansen"});
        admin({"user", "add", "sanne", "--org", "JGT Utrecht", "--role", "supervisor", "--team",
               "Team Noord", "--full-name", "Sanne Visser"});
        admin({"user", "add", "gijs", "--org", "GI Midden", "--role", "gi", "--full-name",
               "Gijs Bakker"});
        m_server->start();
        m_anna = device("anna");
        m_gijs = device("gijs");
        m_sanne = device("sanne");
        m_caseId = m_anna->json({"case", "add", "--name", "Gezin Veldman"}).at("id");
        m_anna->ok({"consent", "add", "--case", m_caseId, "--for", "gi", "--by", "moeder"});
        m_anna->ok({"member", "add", "--case", m_caseId, "--user", "gijs", "--role", "gi"});
        // A samenwerking the GI professional writes in: ready but for the co-signature.
        m_sw = m_anna->json({"assessment", "new", "--case", m_caseId, "--form", "samenwerking"})
                   .at("id");
        m_anna->ok({"sync"});
        m_gijs->ok({"sync"});
        m_gijs->ok({"assessment", "set", m_sw, "sw_hoe", "GI denkt mee over veiligheid"});
        m_gijs->ok({"sync"});
        m_anna->ok({"sync"});
        m_sanne->ok({"sync"});
    }

    void cleanup() {
        m_app.reset();
        m_server.reset();
        m_anna.reset();
        m_gijs.reset();
        m_sanne.reset();
        m_tmp.reset();
    }

    void theGiCoSignsInTheAppAndTheJgtTabletSeesIt() {
        openApp(*m_anna);
        const QString sw = QString::fromStdString(m_sw);
        {
            // The JGT worker neither co-signs nor records the GI's disagreement.
            app::CosignController jgt;
            jgt.setCaseFile(&m_app->caseFile);
            jgt.setAssessmentId(sw);
            QVERIFY(!jgt.giMember());
            QVERIFY(!jgt.canCosign());
            QVERIFY(!jgt.cosign());
            QVERIFY2(jgt.errorText().contains(QStringLiteral("Alleen de GI-medewerker")),
                     qPrintable(jgt.errorText()));
            app::AssessmentController page;
            page.setCaseFile(&m_app->caseFile);
            page.setAssessmentId(sw);
            QVERIFY(!page.canSubmit());
            QVERIFY(page.canSubmitWithoutCosign());
            QVERIFY(page.maySubmit());
        }
        openApp(*m_gijs);
        {
            // The GI co-filler never submits: no "Indienen", no list of what blocks it, and the
            // bar says who submits (it said "Nog 1 punt: medeondertekening GI ontbreekt").
            app::AssessmentController page;
            page.setCaseFile(&m_app->caseFile);
            page.setAssessmentId(sw);
            QVERIFY(!page.maySubmit());
            QVERIFY(!page.canSubmit());
            QVERIFY(!page.canSubmitWithoutCosign());
            QVERIFY(page.blockerSummary().isEmpty());
            QVERIFY2(page.submitHeadline().startsWith(QStringLiteral("Indienen doet de JGT")),
                     qPrintable(page.submitHeadline()));
        }
        app::CosignController cosign;
        cosign.setCaseFile(&m_app->caseFile);
        cosign.setAssessmentId(sw);
        QVERIFY(cosign.giMember());
        QVERIFY(cosign.canCosign());
        QVERIFY(!cosign.cosigned());
        QVERIFY2(cosign.text().contains(QStringLiteral("medeondertekening")),
                 qPrintable(cosign.text()));
        // Co-signing starts a round at once: nothing else asks for one here.
        QSignalSpy round(&m_app->sync, &app::SyncService::roundFinished);
        QVERIFY2(cosign.cosign(), qPrintable(cosign.errorText()));
        QVERIFY(cosign.cosigned());
        QVERIFY(!cosign.canCosign());
        QVERIFY2(cosign.text().startsWith(QStringLiteral("Medeondertekend door Gijs Bakker")),
                 qPrintable(cosign.text()));
        QVERIFY(round.wait(kRoundMs));
        QCOMPARE(m_app->sync.pendingCount(), 0);
        QCOMPARE(m_app->sync.quarantineCount(), 0);

        // The GI's disagreement, as a statement beside it, with who and when.
        app::StatementsController statements;
        statements.setCaseFile(&m_app->caseFile);
        statements.setAssessmentId(sw);
        QVERIFY(statements.canDisagree());
        QVERIFY(statements.recordDisagreement(
            QStringLiteral("De zorgen over de nachten staan er te licht in.")));
        QVERIFY(round.wait(kRoundMs));  // recorded, it is sent at once too
        QCOMPARE(m_app->sync.pendingCount(), 0);

        // The JGT worker's tablet after its sync: co-signed, so submitting needs no reason.
        openApp(*m_anna);
        app::CosignController seen;
        seen.setCaseFile(&m_app->caseFile);
        seen.setAssessmentId(sw);
        QVERIFY(seen.cosigned());
        QVERIFY2(seen.text().startsWith(QStringLiteral("Medeondertekend door Gijs Bakker (GI)")),
                 qPrintable(seen.text()));
        app::AssessmentController page;
        page.setCaseFile(&m_app->caseFile);
        page.setAssessmentId(sw);
        QVERIFY2(page.canSubmit(), qPrintable(page.blockers().join(QLatin1Char('\n'))));
        QVERIFY(!page.canSubmitWithoutCosign());
        app::StatementsController beside;
        beside.setCaseFile(&m_app->caseFile);
        beside.setAssessmentId(sw);
        QCOMPARE(beside.statements().size(), 1);
        const auto disagreement = beside.statements().first().toMap();
        QVERIFY(disagreement.value(QStringLiteral("disagreement")).toBool());
        QVERIFY2(disagreement.value(QStringLiteral("title"))
                     .toString()
                     .startsWith(QStringLiteral("Gijs Bakker (GI) is het niet eens")),
                 qPrintable(disagreement.value(QStringLiteral("title")).toString()));
        QVERIFY(disagreement.value(QStringLiteral("recorded"))
                    .toString()
                    .startsWith(QStringLiteral("Vastgelegd door Gijs Bakker")));
        QVERIFY(page.submit());
        syncNow();

        // And the supervisor's: co-signed on the review card.
        openApp(*m_sanne);
        const auto card = reviewCard(m_app->caseFile, sw);
        QVERIFY(!card.isEmpty());
        QVERIFY(card.value(QStringLiteral("cosigned")).toBool());
        QVERIFY(!card.value(QStringLiteral("withoutCosign")).toBool());
        QVERIFY2(card.value(QStringLiteral("cosignText"))
                     .toString()
                     .contains(QStringLiteral("Gijs Bakker")),
                 qPrintable(card.value(QStringLiteral("cosignText")).toString()));
    }

    void theJgtSubmitsWithoutCosignOnlyWithAReason() {
        openApp(*m_anna);
        const QString sw = QString::fromStdString(m_sw);
        app::AssessmentController page;
        page.setCaseFile(&m_app->caseFile);
        page.setAssessmentId(sw);
        QVERIFY(!page.canSubmit());
        QVERIFY(page.canSubmitWithoutCosign());
        QVERIFY2(page.submitHeadline().contains(QStringLiteral("nog niet medeondertekend")),
                 qPrintable(page.submitHeadline()));
        // Plain "Indienen" still refuses, saying why.
        QVERIFY(!page.submit());
        QVERIFY2(page.errorText().contains(QStringLiteral("nog niet medeondertekend")),
                 qPrintable(page.errorText()));
        // Without a reason the button stays disabled, and says why.
        for (const auto& blank : {QString(), QStringLiteral("   \n ")}) {
            QVERIFY2(page.withoutCosignProblem(blank).contains(QStringLiteral("reden")),
                     qPrintable(page.withoutCosignProblem(blank)));
            QVERIFY(!page.submitWithoutCosign(blank));
            QCOMPARE(page.status(), QStringLiteral("draft"));
        }
        QVERIFY(page.withoutCosignProblem(kReason).isEmpty());
        QVERIFY2(page.submitWithoutCosign(kReason), qPrintable(page.errorText()));
        QCOMPARE(page.status(), QStringLiteral("submitted"));
        QVERIFY(!page.canSubmitWithoutCosign());
        syncNow();
        QCOMPARE(m_app->sync.quarantineCount(), 0);

        // The supervisor's tablet: "ingediend zonder medeondertekening GI" with the reason.
        openApp(*m_sanne);
        auto card = reviewCard(m_app->caseFile, sw);
        QVERIFY(!card.isEmpty());
        QVERIFY(card.value(QStringLiteral("withoutCosign")).toBool());
        QVERIFY(!card.value(QStringLiteral("cosigned")).toBool());
        QCOMPARE(card.value(QStringLiteral("cosignText")).toString(),
                 QStringLiteral("Ingediend zonder medeondertekening GI. Reden: ") + kReason);

        // The GI professional co-signs afterwards, in the app; it reaches the review card.
        openApp(*m_gijs);
        app::CosignController cosign;
        cosign.setCaseFile(&m_app->caseFile);
        cosign.setAssessmentId(sw);
        QVERIFY(cosign.submittedWithout());
        QVERIFY2(cosign.text().contains(kReason), qPrintable(cosign.text()));
        QVERIFY(cosign.canCosign());
        QSignalSpy round(&m_app->sync, &app::SyncService::roundFinished);
        QVERIFY2(cosign.cosign(), qPrintable(cosign.errorText()));
        QVERIFY(round.wait(kRoundMs));
        QCOMPARE(m_app->sync.quarantineCount(), 0);

        openApp(*m_sanne);
        card = reviewCard(m_app->caseFile, sw);
        QVERIFY(card.value(QStringLiteral("cosigned")).toBool());
        QVERIFY(!card.value(QStringLiteral("withoutCosign")).toBool());
        QVERIFY2(card.value(QStringLiteral("cosignText"))
                     .toString()
                     .contains(QStringLiteral("Medeondertekend")),
                 qPrintable(card.value(QStringLiteral("cosignText")).toString()));
        // The CLI's view of the same record agrees.
        const auto shown = m_sanne->json({"assessment", "show", m_sw});
        QCOMPARE(shown.at("submittedWithoutCosign").get<bool>(), false);
    }

    void anEscalationsOutcomeRecordedLaterReachesTheOtherDevices() {
        m_anna->ok({"case", "escalate", m_caseId, "vt_advies", "--date", "2026-11-20"});
        m_anna->ok({"sync"});
        openApp(*m_anna);
        app::CaseCourseController course;
        course.setCaseFile(&m_app->caseFile);
        course.setCaseId(QString::fromStdString(m_caseId));
        QCOMPARE(course.escalations().size(), 1);
        auto escalation = course.escalations().first().toMap();
        QVERIFY(escalation.value(QStringLiteral("needsOutcome")).toBool());
        const auto id = escalation.value(QStringLiteral("escalationId")).toString();
        QVERIFY(!course.setOutcome(id, QStringLiteral("  ")));
        QCOMPARE(course.errorText(), QStringLiteral("Schrijf de uitkomst op."));
        QVERIFY2(course.setOutcome(id, QStringLiteral("Melding aangenomen door Veilig Thuis")),
                 qPrintable(course.errorText()));
        escalation = course.escalations().first().toMap();
        QVERIFY(!escalation.value(QStringLiteral("needsOutcome")).toBool());
        QVERIFY2(escalation.value(QStringLiteral("detail"))
                     .toString()
                     .contains(QStringLiteral("uitkomst: Melding aangenomen door Veilig Thuis")),
                 qPrintable(escalation.value(QStringLiteral("detail")).toString()));
        syncNow();

        // The GI colleague's tablet (through the CLI) has it after its sync.
        m_gijs->ok({"sync"});
        const auto timeline = m_gijs->json({"case", "timeline", m_caseId});
        const auto& escalations = timeline.at("escalations");
        QCOMPARE(escalations.size(), std::size_t{1});
        QCOMPARE(escalations.at(0).at("outcome").get<std::string>(),
                 std::string("Melding aangenomen door Veilig Thuis"));
        // A GI member reads it but records no outcome.
        openApp(*m_gijs);
        app::CaseCourseController gi;
        gi.setCaseFile(&m_app->caseFile);
        gi.setCaseId(QString::fromStdString(m_caseId));
        QVERIFY(!gi.canRecord());
        QVERIFY(!gi.escalations().first().toMap().value(QStringLiteral("needsOutcome")).toBool());
        QVERIFY(!gi.setOutcome(id, QStringLiteral("Anders")));
        QVERIFY(gi.errorText().contains(QStringLiteral("Alleen de JGT-medewerker")));
    }

    void askingAndAnsweringMeedenkenSyncAtOnce() {
        openApp(*m_anna);
        app::ConsultationsController asking;
        asking.setCaseFile(&m_app->caseFile);
        QSignalSpy round(&m_app->sync, &app::SyncService::roundFinished);
        const auto id = asking.ask(QStringLiteral("GI Midden"),
                                   QStringLiteral("Is een veiligheidsplan hier genoeg?"),
                                   QStringLiteral("veiligheid"));
        QVERIFY2(!id.isEmpty(), qPrintable(asking.errorText()));
        QVERIFY(round.wait(kRoundMs));
        QCOMPARE(m_app->sync.pendingCount(), 0);

        openApp(*m_gijs);
        app::ConsultationsController answering;
        answering.setCaseFile(&m_app->caseFile);
        QVERIFY(answering.canAnswer());
        QCOMPARE(answering.count(), 1);
        QSignalSpy answered(&m_app->sync, &app::SyncService::roundFinished);
        QVERIFY2(answering.answer(id, QStringLiteral("Ja, als het netwerk meedoet."),
                                  QStringLiteral("20")),
                 qPrintable(answering.errorText()));
        QVERIFY(answered.wait(kRoundMs));
        QCOMPARE(m_app->sync.pendingCount(), 0);

        m_anna->ok({"sync"});
        const auto listed = m_anna->json({"consult", "list"});
        QCOMPARE(listed.at("consultations").size(), std::size_t{1});
        QCOMPARE(listed.at("consultations").at(0).at("advice").get<std::string>(),
                 std::string("Ja, als het netwerk meedoet."));
    }

private:
    void admin(const std::vector<std::string>& args) {
        const auto r = m_server->admin(args, {{"VELDWERK_PASSWORD", testing::kUserPassword}});
        if (r.exitCode != 0) {
            QFAIL(qPrintable(QString::fromStdString("admin failed: " + r.err)));
        }
    }

    std::unique_ptr<CliDevice> device(const std::string& user) {
        return testing::enrolCliDevice(m_tmp->path() / ("device-" + user), m_server->url(), user);
    }

    // Opens the app on a tablet's vault (closing the one open before) and waits for the round
    // unlocking starts.
    void openApp(const CliDevice& d) {
        m_app.reset();
        m_app = std::make_unique<App>(d.vaultDir(), m_forms, testing::testSyncOptions());
        testing::unlockApp(*m_app, testing::kAppPassphrase);
    }

    void syncNow() {
        testing::syncAppNow(*m_app);
        QCOMPARE(m_app->sync.phase(), app::SyncService::Idle);
    }

    forms::FormRegistry m_forms;
    std::unique_ptr<testing::TempDir> m_tmp;
    std::unique_ptr<testing::ServerProcess> m_server;
    std::unique_ptr<CliDevice> m_anna;
    std::unique_ptr<CliDevice> m_gijs;
    std::unique_ptr<CliDevice> m_sanne;
    std::unique_ptr<App> m_app;
    std::string m_caseId;
    std::string m_sw;
};

QTEST_GUILESS_MAIN(CosignAppTest)

#include "cosign_app_test.moc"
