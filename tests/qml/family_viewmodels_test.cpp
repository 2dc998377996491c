// The view-models of "Plan voor het gezin" and of the statements beside an assessment, over a real
// vault: the family document shows the plan's agreements and the client's words and none of the
// professional-only items; "PDF bewaren" writes a real PDF with Qt's PDF writer whose text
// (pdftotext) says the same; statements are recorded with who said it and listed, the GI's
// disagreement only by the GI member, refusals in Dutch.
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>
#include <memory>

#include "core/assessment/assessment_service.h"
#include "core/domain/case_membership.h"
#include "core/domain/case_repository.h"
#include "core/domain/consent_repository.h"
#include "core/domain/person_repository.h"
#include "core/domain/user_repository.h"
#include "core/forms/registry.h"
#include "core/statement/statement_service.h"
#include "core/vault/vault.h"
#include "qml/family/family_plan_controller.h"
#include "qml/family/statements_controller.h"
#include "qml/services/case_file_service.h"
#include "qml/services/vault_session.h"

using namespace veldwerk;

namespace {
constexpr const char* kPassphrase = "gezinsplan-wachtwoord";

QString allText(const app::FamilyPlanController& c) {
    QString out = c.title() + QLatin1Char('\n') + c.subtitle() + QLatin1Char('\n');
    for (const auto& s : c.sections()) {
        const auto section = s.toMap();
        out += section.value(QStringLiteral("heading")).toString() + QLatin1Char('\n');
        for (const auto& l : section.value(QStringLiteral("lines")).toList()) {
            out += l.toMap().value(QStringLiteral("text")).toString() + QLatin1Char('\n');
        }
    }
    return out;
}
}  // namespace

// Stands in for the desktop's file manager: records what QDesktopServices was asked to open.
class UrlCatcher : public QObject {
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl& url) { opened.append(url); }
};

class FamilyViewModelsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_forms.loadDirectory(forms::builtinDefinitionsDir()).ok()); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_vaultDir = std::filesystem::path(m_dir->path().toStdString()) / "vault";
        vault::VaultOptions options;
        options.kdfOpsLimit = 1;
        options.kdfMemLimitBytes = 8 * 1024;
        auto vault = vault::Vault::create(m_vaultDir, kPassphrase, options);
        const auto me = vault->owner();
        const auto caseId = domain::CaseRepository(*vault).add(me, "Gezin Modelstra");
        m_caseId = QString::fromStdString(caseId);
        domain::PersonRepository persons(*vault);
        m_parentId = QString::fromStdString(persons.add(me, caseId, "ouder", "Kim", std::nullopt));
        domain::UserRepository users(*vault);
        m_giUserId = users.add(me, "gi-anouk", "gi", "GI");
        domain::ConsentRepository(*vault).add(me, caseId, "gi", "moeder");
        domain::CaseMembership(*vault).add(me, caseId, m_giUserId, "gi");
        assessment::AssessmentService service(*vault, m_forms);
        const auto plan = service.create(me, caseId, "veiligheidsplan", std::nullopt);
        m_planId = QString::fromStdString(plan);
        const auto a = service.addEntry(me, plan, "vp_afspraken");
        service.setAnswer(me, plan, "vp_afspraken/" + a + "/wat",
                          "Kim belt elke vrijdag de school.");
        service.setAnswer(me, plan, "vp_afspraken/" + a + "/wie", "Kim");
        service.setAnswer(me, plan, "vp_afspraken/" + a + "/wanneer", "2027-01-15");
        const auto b = service.addEntry(me, plan, "vp_bodemeisen");
        service.setAnswer(me, plan, "vp_bodemeisen/" + b + "/eis", "Niemand slaat Noor.");
        const auto n = service.addEntry(me, plan, "vp_netwerk");
        service.setAnswer(me, plan, "vp_netwerk/" + n + "/naam", "Buurvrouw Ans");
        service.setAnswer(me, plan, "vp_netwerk/" + n + "/geinformeerd", "nee");
        service.setAnswer(me, plan, "vp_schaal", "2");
        service.setAnswer(me, plan, "vp_evaluatiedatum", "2027-02-01");
        // The GI's disagreement is recorded on the GI's own tablet; here straight into the vault.
        statement::StatementInput gi;
        gi.kind = "gi_disagreement";
        gi.text = "PROF-GI-ONEENS";
        statement::StatementService(*vault).record(users.actorFor(*users.findById(m_giUserId)),
                                                   plan, gi);
        vault.reset();
        m_session =
            std::make_unique<app::VaultSession>(QString::fromStdString(m_vaultDir.string()));
        m_caseFile = std::make_unique<app::CaseFileService>(*m_session, m_forms);
        QString passphrase = QString::fromLatin1(kPassphrase);
        m_session->unlock(passphrase);
        QTRY_COMPARE(m_session->state(), app::VaultSession::Unlocked);
    }

    void cleanup() {
        m_caseFile.reset();
        m_session.reset();
        m_dir.reset();
    }

    void statementsAreRecordedWithWhoAndWhenAndListed() {
        app::StatementsController ctl;
        ctl.setCaseFile(m_caseFile.get());
        ctl.setAssessmentId(m_planId);
        QVERIFY(ctl.canRecord());
        QVERIFY(!ctl.canDisagree());           // the vault's owner is the JGT worker
        QCOMPARE(ctl.statements().size(), 1);  // the GI's disagreement, shown beside it
        QVERIFY(ctl.statements().at(0).toMap().value(QStringLiteral("disagreement")).toBool());
        QCOMPARE(ctl.persons().size(), 2);  // Kim, and "someone else" without a person id
        QVERIFY(ctl.persons().at(1).toMap().value(QStringLiteral("personId")).toString().isEmpty());

        QSignalSpy changed(&ctl, &app::StatementsController::changed);
        QVERIFY(ctl.recordClient(m_parentId, QString(), QStringLiteral("2026-12-01"),
                                 QStringLiteral("Wij willen het zelf proberen.")));
        QVERIFY(changed.count() >= 1);
        QVERIFY(ctl.recordClient(QString(), QStringLiteral("oma van moederskant"), QString(),
                                 QStringLiteral("Ik help waar ik kan.")));
        QCOMPARE(ctl.statements().size(), 3);
        const auto first = ctl.statements().at(0).toMap();
        QCOMPARE(first.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Eigen zienswijze van Kim, 1 december 2026"));
        QCOMPARE(first.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Wij willen het zelf proberen."));
        QVERIFY(first.value(QStringLiteral("recorded"))
                    .toString()
                    .startsWith(QStringLiteral("Vastgelegd door ")));

        // Refusals in Dutch, nothing stored.
        QVERIFY(!ctl.recordClient(m_parentId, QString(), QString(), QStringLiteral("  ")));
        QCOMPARE(ctl.errorText(), QStringLiteral("Schrijf op wat er gezegd is."));
        QVERIFY(!ctl.recordClient(QString(), QString(), QString(), QStringLiteral("x")));
        QCOMPARE(ctl.errorText(), QStringLiteral("Kies wie het zei, of beschrijf wie het was."));
        QVERIFY(!ctl.recordDisagreement(QStringLiteral("Niet van mij")));
        QCOMPARE(ctl.errorText(),
                 QStringLiteral(
                     "Alleen de GI-medewerker van de casus legt vast dat de GI het niet eens is."));
        QCOMPARE(ctl.statements().size(), 3);
    }

    void familyPlanShowsTheAgreementsAndSavesAPdf() {
        app::StatementsController statements;
        statements.setCaseFile(m_caseFile.get());
        statements.setAssessmentId(m_planId);
        app::FamilyPlanController ctl;
        ctl.setCaseFile(m_caseFile.get());
        ctl.setCaseId(m_caseId);
        QVERIFY(ctl.errorText().isEmpty());
        QSignalSpy changed(&ctl, &app::FamilyPlanController::changed);
        QVERIFY(statements.recordClient(m_parentId, QString(), QString(),
                                        QStringLiteral("Ik wil dat Noor thuis blijft.")));
        QVERIFY(changed.count() >= 1);  // the page reads the case again after the statement
        const auto text = allText(ctl);
        for (const char* expected :
             {"Plan voor het gezin", "Gezin Modelstra", "Kim belt elke vrijdag de school.",
              "15 januari 2027", "Niemand slaat Noor.", "Buurvrouw Ans", "1 februari 2027",
              "Ik wil dat Noor thuis blijft."}) {
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY(!text.contains(QStringLiteral("PROF-GI-ONEENS")));

        const auto path = m_dir->filePath(QStringLiteral("gezin.pdf"));
        QVERIFY(ctl.savePdfTo(path));
        QCOMPARE(ctl.savedPath(), path);
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
        QProcess extract;
        extract.start(QStringLiteral("/usr/bin/pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(extract.waitForFinished(30000));
        QCOMPARE(extract.exitCode(), 0);
        // pdftotext breaks lines where the page wraps them: compare with whitespace folded.
        const auto pdfText = QString::fromUtf8(extract.readAllStandardOutput()).simplified();
        for (const char* expected :
             {"Plan voor het gezin", "Kim belt elke vrijdag de school.", "Niemand slaat Noor.",
              "Buurvrouw Ans", "Ik wil dat Noor thuis blijft.", "Wie doet wat, en wanneer?"}) {
            QVERIFY2(pdfText.contains(QString::fromUtf8(expected)), expected);
        }
        for (const char* absent :
             {"PROF-GI-ONEENS", "vp_schaal", "geinformeerd", "VP1", "schaal"}) {
            QVERIFY2(!pdfText.contains(QString::fromUtf8(absent)), absent);
        }
        // A place it cannot write: a Dutch error, no file.
        QVERIFY(!ctl.savePdfTo(m_dir->filePath(QStringLiteral("geen-map/plan.pdf"))));
        QVERIFY(!ctl.errorText().isEmpty());
        const auto shot = qEnvironmentVariable("VELDWERK_FAMILY_PDF");
        if (!shot.isEmpty()) {  // for a screenshot of a rendered page (pdftoppm)
            QFile::remove(shot);
            QVERIFY(QFile::copy(path, shot));
        }
    }

    // "Delen" saves the PDF again and hands it to the platform: on a desktop its folder is opened
    // through QDesktopServices (the handler a test may register stands in for the file manager).
    void sharingSavesThePdfAndOpensItsFolder() {
        app::FamilyPlanController ctl;
        ctl.setCaseFile(m_caseFile.get());
        ctl.setCaseId(m_caseId);
        const auto path = m_dir->filePath(QStringLiteral("gedeeld/plan.pdf"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QVERIFY(ctl.savePdfTo(path));
        QFile::remove(path);  // "Delen" writes it again (the plan may have changed since)
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        const bool shared = ctl.share();
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QVERIFY2(shared, qPrintable(ctl.errorText()));
        QVERIFY(QFile::exists(path));
        QCOMPARE(catcher.opened.size(), 1);
        QCOMPARE(catcher.opened.first(), QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
        QVERIFY(!ctl.sharedText().isEmpty());
        QVERIFY(ctl.errorText().isEmpty());
    }

private:
    forms::FormRegistry m_forms;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::filesystem::path m_vaultDir;
    std::unique_ptr<app::VaultSession> m_session;
    std::unique_ptr<app::CaseFileService> m_caseFile;
    QString m_caseId;
    QString m_parentId;
    QString m_planId;
    std::string m_giUserId;
};

QTEST_MAIN(FamilyViewModelsTest)
#include "family_viewmodels_test.moc"
