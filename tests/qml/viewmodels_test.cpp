// The assessment page's C++ view-models over a real vault: each model under
// QAbstractItemModelTester while answers change, items hide and show, entries are added; what is
// typed reaches the vault (also when the vault locks mid-typing), warnings' justifications too;
// refusals come back in Dutch.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

#include "core/domain/case_repository.h"
#include "core/domain/person_repository.h"
#include "core/forms/registry.h"
#include "core/vault/field_conflicts.h"
#include "core/vault/settled_conflicts.h"
#include "core/vault/vault.h"
#include "qml/controllers/assessment_controller.h"
#include "qml/controllers/case_controller.h"
#include "qml/controllers/case_team_controller.h"
#include "qml/controllers/review_controller.h"
#include "qml/models/assessment_list_model.h"
#include "qml/models/person_list_model.h"
#include "qml/models/row_plan.h"
#include "qml/services/case_file_service.h"
#include "qml/services/vault_session.h"

using namespace veldwerk;

namespace {
constexpr const char* kPassphrase = "viewmodel-wachtwoord";
using Tester = QAbstractItemModelTester::FailureReportingMode;
}  // namespace

class ViewModelsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_forms.loadDirectory(forms::builtinDefinitionsDir()).ok()); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        const auto vaultDir = std::filesystem::path(m_dir->path().toStdString()) / "vault";
        vault::VaultOptions options;
        options.kdfOpsLimit = 1;
        options.kdfMemLimitBytes = 8 * 1024;
        {
            auto vault = vault::Vault::create(vaultDir, kPassphrase, options);
            m_caseId = QString::fromStdString(
                domain::CaseRepository(*vault).add(vault->owner(), "Gezin Modelstra"));
            domain::PersonRepository persons(*vault);
            m_childId = QString::fromStdString(
                persons.add(vault->owner(), m_caseId.toStdString(), "kind", "Noor", "2023-02-01"));
            m_parentId = QString::fromStdString(
                persons.add(vault->owner(), m_caseId.toStdString(), "ouder", "Kim", std::nullopt));
        }
        m_session = std::make_unique<app::VaultSession>(QString::fromStdString(vaultDir.string()));
        m_caseFile = std::make_unique<app::CaseFileService>(*m_session, m_forms);
        unlock();
    }

    void cleanup() {
        m_caseFile.reset();
        m_session.reset();
        m_dir.reset();
    }

    void planRowsWalksBothLists() {
        const auto steps = app::planRows({1, 3, 5}, {1, 2, 5, 7});
        QCOMPARE(steps.size(), std::size_t(5));
        QCOMPARE(steps[0].kind, app::RowStep::Kind::Keep);
        QCOMPARE(steps[1].kind, app::RowStep::Kind::Insert);
        QCOMPARE(steps[1].row, 1);
        QCOMPARE(steps[2].kind, app::RowStep::Kind::Remove);
        QCOMPARE(steps[2].row, 2);
        QCOMPARE(steps[3].kind, app::RowStep::Kind::Keep);
        QCOMPARE(steps[4].kind, app::RowStep::Kind::Insert);
        QCOMPARE(steps[4].row, 3);
    }

    void suggestionIsShownNotAppliedAndTakenOverOnRequest() {
        const auto id = start("risicotaxatie", m_childId);
        app::AssessmentController ctl;
        QAbstractItemModelTester formTester(ctl.form(), Tester::QtTest);
        QAbstractItemModelTester rulesTester(ctl.rules(), Tester::QtTest);
        ctl.setCaseFile(m_caseFile.get());
        ctl.setAssessmentId(id);
        QVERIFY(ctl.loaded());
        QCOMPARE(ctl.subjectName(), QStringLiteral("Noor"));
        // The child is younger than 4: the engine suggests kind_jong = ja, and nothing is set.
        QVERIFY(ctl.rules()->rowOf(QStringLiteral("kind_jong_leeftijd")) >= 0);
        // Its badge never shows the internal rule name; a public rule shows its id.
        QCOMPARE(
            ctl.rules()->valueOf(QStringLiteral("kind_jong_leeftijd"), QStringLiteral("publicId")),
            QVariant(QString()));
        QCOMPARE(value(ctl, "kind_jong", "answer").toString(), QString());

        QVERIFY(ctl.setAnswer(QStringLiteral("acuut_letsel"), QStringLiteral("ja")));
        QCOMPARE(ctl.rules()
                     ->valueOf(QStringLiteral("RT1"), QStringLiteral("suggestionText"))
                     .toString(),
                 QStringLiteral("Hoe veilig is het kind nu? → Onveilig"));
        QCOMPARE(value(ctl, "oordeel_veiligheid", "answer").toString(), QString());
        QCOMPARE(ctl.rules()->valueOf(QStringLiteral("RT1"), QStringLiteral("publicId")),
                 QVariant(QStringLiteral("RT1")));
        QVERIFY(ctl.takeSuggestion(QStringLiteral("RT1")));
        QCOMPARE(value(ctl, "oordeel_veiligheid", "answer").toString(), QStringLiteral("onveilig"));
        QCOMPARE(ctl.rules()->valueOf(QStringLiteral("RT1"), QStringLiteral("suggestionTaken")),
                 QVariant(true));
        QVERIFY(!ctl.canSubmit());
        QVERIFY(ctl.blockers().join(QLatin1Char('\n')).contains(QStringLiteral("RT3")));

        // A multi suggestion adds its value and keeps the others.
        QVERIFY(ctl.toggleOption(QStringLiteral("besluit_acties"), QStringLiteral("hulp_inzetten"),
                                 true));
        // RT8: 30 % or more of the 41 jnv questions of signalen … acuut are "onbekend".
        for (const char* item :
             {"sig_letsel", "sig_seksueel", "sig_angst_kind", "kind_gedrag", "kind_psychisch",
              "kind_school", "ouder_lvb", "ouder_agressie", "ouder_justitie", "gezin_isolement",
              "gezin_stress", "acuut_angst", "acuut_herhaling"}) {
            QVERIFY(ctl.setAnswer(QString::fromLatin1(item), QStringLiteral("onbekend")));
        }
        QVERIFY(ctl.rules()->rowOf(QStringLiteral("RT8")) >= 0);
        QCOMPARE(ctl.rules()->valueOf(QStringLiteral("RT8"), QStringLiteral("warning")),
                 QVariant(true));
        QVERIFY(ctl.takeSuggestion(QStringLiteral("RT8")));
        QCOMPARE(value(ctl, "besluit_acties", "answer").toString(),
                 QStringLiteral("hulp_inzetten,informatie_verzamelen"));
    }

    void invalidAnswersAreRefusedInDutchAndNotStored() {
        const auto id = start("risicotaxatie", m_childId);
        app::AssessmentController ctl;
        ctl.setCaseFile(m_caseFile.get());
        ctl.setAssessmentId(id);
        QVERIFY(!ctl.setAnswer(QStringLiteral("acuut_letsel"), QStringLiteral("misschien")));
        QVERIFY(value(ctl, "acuut_letsel", "problem").toString().contains(QStringLiteral("Kies")));
        QVERIFY(!ctl.setAnswer(QStringLiteral("geen_vraag"), QStringLiteral("ja")));

        ctl.editDate(QStringLiteral("besluit_evaluatiedatum"), QStringLiteral("2025-02-30"), true);
        QVERIFY(value(ctl, "besluit_evaluatiedatum", "problem")
                    .toString()
                    .contains(QStringLiteral("JJJJ-MM-DD")));
        QCOMPARE(value(ctl, "besluit_evaluatiedatum", "answer").toString(),
                 QStringLiteral("2025-02-30"));
        QVERIFY(!ctl.canSubmit());

        app::AssessmentController reread;
        reread.setCaseFile(m_caseFile.get());
        reread.setAssessmentId(id);
        QCOMPARE(value(reread, "acuut_letsel", "answer").toString(), QString());
        QCOMPARE(value(reread, "besluit_evaluatiedatum", "answer").toString(), QString());
    }

    void hiddenItemsLeaveAndComeBack() {
        const auto id = start("kindcheck", m_parentId);
        app::AssessmentController ctl;
        QAbstractItemModelTester formTester(ctl.form(), Tester::QtTest);
        ctl.setCaseFile(m_caseFile.get());
        ctl.setAssessmentId(id);
        const int all = ctl.form()->count();
        QSignalSpy removed(ctl.form(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(ctl.setAnswer(QStringLiteral("kc_zorgt_voor_kinderen"), QStringLiteral("nee")));
        QVERIFY(ctl.setAnswer(QStringLiteral("kc_zwanger"), QStringLiteral("nee")));
        QCOMPARE(ctl.form()->count(), all - 4);
        QCOMPARE(removed.count(), 4);
        QCOMPARE(ctl.form()->rowOf(QStringLiteral("kc_zorgen")), -1);
        QVERIFY(ctl.rules()->rowOf(QStringLiteral("KC6")) >= 0);
        QVERIFY(ctl.setAnswer(QStringLiteral("kc_zwanger"), QStringLiteral("onbekend")));
        QCOMPARE(ctl.form()->count(), all);
    }

    void groupEntriesAndTypedTextAreStored() {
        const auto id = start("kindcheck", m_parentId);
        app::AssessmentController ctl;
        ctl.setCaseFile(m_caseFile.get());
        ctl.setAssessmentId(id);
        QVERIFY(ctl.addEntry(QStringLiteral("kc_kinderen")));
        QVERIFY(ctl.addEntry(QStringLiteral("kc_kinderen")));
        auto* fields = qobject_cast<app::GroupFieldsModel*>(
            value(ctl, "kc_kinderen", "entryFields").value<QObject*>());
        QVERIFY(fields != nullptr);
        QAbstractItemModelTester fieldsTester(fields, Tester::QtTest);
        QCOMPARE(fields->count(), 8);
        const auto path = fields->rows()[4].path;  // second entry, first field (naam)
        QVERIFY(fields->rows()[4].firstOfEntry);
        QCOMPARE(fields->rows()[4].entryNumber, 2);

        ctl.editText(path, QStringLiteral("J."));
        QVERIFY(ctl.hasUnsavedText());
        ctl.editText(path, QStringLiteral("J.B."));
        // Stored after the typing pause, without anything else happening.
        QTRY_VERIFY(!ctl.hasUnsavedText());
        QCOMPARE(fields->rows()[4].answer, QStringLiteral("J.B."));
        QVERIFY(ctl.setAnswer(fields->rows()[6].path, QStringLiteral("elders")));

        app::AssessmentController reread;
        reread.setCaseFile(m_caseFile.get());
        reread.setAssessmentId(id);
        auto* again = qobject_cast<app::GroupFieldsModel*>(
            value(reread, "kc_kinderen", "entryFields").value<QObject*>());
        QCOMPARE(again->rows()[4].answer, QStringLiteral("J.B."));
        QCOMPARE(again->rows()[6].answer, QStringLiteral("elders"));
    }

    void textBeingTypedIsStoredBeforeTheVaultLocks() {
        const auto id = start("risicotaxatie", m_childId);
        {
            app::AssessmentController ctl;
            ctl.setCaseFile(m_caseFile.get());
            ctl.setAssessmentId(id);
            ctl.editText(QStringLiteral("oordeel_toelichting"), QStringLiteral("Nog niet af"));
            m_session->lock();
            QVERIFY(!ctl.loaded());
            QVERIFY(!ctl.hasUnsavedText());
        }
        unlock();
        app::AssessmentController reread;
        reread.setCaseFile(m_caseFile.get());
        reread.setAssessmentId(id);
        QCOMPARE(value(reread, "oordeel_toelichting", "answer").toString(),
                 QStringLiteral("Nog niet af"));
    }

    void submittedAssessmentRefusesChangesInDutch() {
        const auto id = start("risicotaxatie", m_childId);
        app::AssessmentController ctl;
        ctl.setCaseFile(m_caseFile.get());
        ctl.setAssessmentId(id);
        QVERIFY(!ctl.submit());
        QVERIFY(ctl.errorText().startsWith(QStringLiteral("Indienen kan nog niet.")));
        QVERIFY(ctl.setAnswer(QStringLiteral("oordeel_veiligheid"), QStringLiteral("veilig")));
        QVERIFY(ctl.setAnswer(QStringLiteral("oordeel_risico"), QStringLiteral("verhoogd")));
        QVERIFY(ctl.setAnswer(QStringLiteral("oordeel_toelichting"), QStringLiteral("Zorgen.")));
        QVERIFY(ctl.blockers().join(QLatin1Char('\n')).contains(QStringLiteral("RT7")));
        const auto soon = QDate::currentDate().addDays(10).toString(Qt::ISODate);
        ctl.editDate(QStringLiteral("besluit_evaluatiedatum"), soon, true);
        QVERIFY2(ctl.canSubmit(), qPrintable(ctl.blockers().join(QLatin1Char('\n'))));
        QVERIFY(ctl.submit());
        QCOMPARE(ctl.statusLabel(), QStringLiteral("Ingediend"));
        QVERIFY(!ctl.editable());
        QVERIFY(!ctl.setAnswer(QStringLiteral("acuut_letsel"), QStringLiteral("ja")));
        QVERIFY(
            value(ctl, "acuut_letsel", "problem").toString().contains(QStringLiteral("ingediend")));
    }

    void justificationTypedIsStoredAndCountsAtSubmission() {
        const auto id = start("risicotaxatie", m_childId);
        const auto rt7 = QStringLiteral("RT7");
        {
            app::AssessmentController ctl;
            QAbstractItemModelTester rulesTester(ctl.rules(), Tester::QtTest);
            ctl.setCaseFile(m_caseFile.get());
            ctl.setAssessmentId(id);
            warnRt7(ctl);
            QVERIFY(ctl.blockers().join(QLatin1Char('\n')).contains(rt7));
            ctl.setJustification(rt7, QStringLiteral("Zomer"));
            QVERIFY(ctl.hasUnsavedText());
            QVERIFY(ctl.canSubmit());  // what is being typed counts already
            ctl.setJustification(rt7, QStringLiteral("Zomervakantie"));
            // Stored after the typing pause, without anything else happening.
            QTRY_VERIFY(!ctl.hasUnsavedText());
            QCOMPARE(ctl.rules()->valueOf(rt7, QStringLiteral("justification")).toString(),
                     QStringLiteral("Zomervakantie"));
            // Typed again, and the vault locks before the pause ends: stored first.
            ctl.setJustification(rt7, QStringLiteral("Zomervakantie; gezin is weg."));
            m_session->lock();
            QVERIFY(!ctl.hasUnsavedText());
        }
        unlock();
        app::AssessmentController reread;
        reread.setCaseFile(m_caseFile.get());
        reread.setAssessmentId(id);
        QCOMPARE(reread.rules()->valueOf(rt7, QStringLiteral("justification")).toString(),
                 QStringLiteral("Zomervakantie; gezin is weg."));
        QVERIFY2(reread.canSubmit(), qPrintable(reread.blockers().join(QLatin1Char('\n'))));
        QVERIFY(reread.submit());
        QCOMPARE(reread.status(), QStringLiteral("submitted"));
    }

    void clearedJustificationIsRemoved() {
        const auto id = start("risicotaxatie", m_childId);
        app::AssessmentController ctl;
        ctl.setCaseFile(m_caseFile.get());
        ctl.setAssessmentId(id);
        warnRt7(ctl);
        ctl.setJustification(QStringLiteral("RT7"), QStringLiteral("Zomervakantie"));
        ctl.flush();
        QVERIFY(ctl.canSubmit());
        ctl.setJustification(QStringLiteral("RT7"), QString());
        ctl.flush();
        QVERIFY(!ctl.canSubmit());
        const auto view = m_caseFile->view(id);
        QVERIFY(view && view->justifications.empty());
    }

    void justificationsInDisagreementShowEverySideAndAJgtMemberChooses() {
        const auto id = start("risicotaxatie", m_childId);
        app::AssessmentController ctl;
        QAbstractItemModelTester rulesTester(ctl.rules(), Tester::QtTest);
        ctl.setCaseFile(m_caseFile.get());
        ctl.setAssessmentId(id);
        warnRt7(ctl);
        ctl.setJustification(QStringLiteral("RT7"), QStringLiteral("Zomervakantie"));
        ctl.flush();
        // As a pull brings it: two texts written at the same time, both kept.
        auto& vault = *m_session->vault();
        const auto me = vault.owner().userId;
        vault::FieldConflicts(vault.db())
            .replace(m_caseId.toStdString(), "assessment", id.toStdString(), "justification/rt7",
                     {{1, "Zomervakantie", me, "jgt", "d1", {}},
                      {2, "Gezin op reis", me, "gi", "d2", {}}});
        ctl.refresh();
        const auto rule = [&ctl](const char* role) {
            return ctl.rules()->valueOf(QStringLiteral("RT7"), QString::fromLatin1(role));
        };
        QCOMPARE(rule("inConflict"), QVariant(true));
        QVERIFY(
            rule("conflictText").toString().contains(QStringLiteral("\u201cGezin op reis\u201d")));
        QCOMPARE(rule("canResolve"), QVariant(true));
        QCOMPARE(ctl.conflictCount(), 1);
        QVERIFY(!ctl.canSubmit());
        QVERIFY(ctl.resolveConflict(QStringLiteral("justification/RT7"),
                                    QStringLiteral("Gezin op reis")));
        QCOMPARE(rule("inConflict"), QVariant(false));
        QCOMPARE(rule("justification").toString(), QStringLiteral("Gezin op reis"));
        QVERIFY(ctl.canSubmit());
    }

    void theReviewShowsResolvedDisagreementsWithBothSidesAndWhoChose() {
        const auto id = start("risicotaxatie", m_childId);
        for (const auto& [item, value] :
             {std::pair{"oordeel_veiligheid", "veilig"}, std::pair{"oordeel_risico", "laag"},
              std::pair{"oordeel_toelichting", "Besproken."}, std::pair{"sig_letsel", "nee"}}) {
            QVERIFY(m_caseFile->setAnswer(id, QString::fromLatin1(item), QString::fromLatin1(value))
                        .ok);
        }
        const auto submitted = m_caseFile->submit(id);
        QVERIFY2(submitted.ok, qPrintable(submitted.message));
        // As a pull brings them (sync/PROTOCOL.md "Pull": resolved): the two colleagues, and
        // two closed disagreements — one a JGT member chose, one where the sides came to agree.
        auto& vault = *m_session->vault();
        const std::string anna(32, 'a');
        const std::string gijs(32, 'b');
        vault.db().exec("INSERT INTO users (id, name, org_id, role) VALUES ('" + anna +
                        "', 'Anna de Vries', 'JGT Utrecht', 'jgt'), ('" + gijs +
                        "', 'Gijs Bakker', 'GI Midden', 'gi')");
        const auto at = [](std::int64_t ms) {
            return clock::Hlc{static_cast<std::uint64_t>(ms), 0};
        };
        const std::int64_t t = 1'700'000'000'000;
        const auto caseId = m_caseId.toStdString();
        vault::SettledConflicts settled(vault.db());
        settled.record({caseId,
                        "assessment",
                        id.toStdString(),
                        "justification/rt7",
                        "agreement",
                        {6, "Vakantie", gijs, "gi", "d2", at(t + 5000)},
                        {{4, "Vakantie", anna, "jgt", "d1", at(t + 3000)},
                         {5, "Op reis", gijs, "gi", "d2", at(t + 4000)}}});
        settled.record(
            {caseId,
             "answer",
             id.toStdString(),
             "sig_letsel",
             "resolution",
             {3, "nee", anna, "jgt", "d1", at(t + 2000)},
             {{1, "ja", anna, "jgt", "d1", at(t)}, {2, "nee", gijs, "gi", "d2", at(t + 1000)}}});

        app::ReviewController review;
        review.setCaseFile(m_caseFile.get());
        QCOMPARE(review.count(), 1);
        const auto resolved =
            review.queue().at(0).toMap().value(QStringLiteral("resolved")).toList();
        QCOMPARE(resolved.size(), 2);
        // The form's order: the answer first, then the warning's justification.
        const auto answer = resolved.at(0).toMap();
        const auto* item = m_forms.find("risicotaxatie")->item("sig_letsel");
        QVERIFY(item);
        QCOMPARE(answer.value(QStringLiteral("question")).toString(),
                 QString::fromStdString(item->label.nl));
        const auto sides = answer.value(QStringLiteral("sides")).toStringList();
        QCOMPARE(sides.size(), 2);
        QVERIFY2(
            sides.at(0).startsWith(QStringLiteral("Anna de Vries (JGT-medewerker, JGT Utrecht), ")),
            qPrintable(sides.at(0)));
        QVERIFY2(sides.at(0).endsWith(QStringLiteral(": Ja")), qPrintable(sides.at(0)));
        QVERIFY2(sides.at(1).startsWith(QStringLiteral("Gijs Bakker (GI-medewerker, GI Midden), ")),
                 qPrintable(sides.at(1)));
        QVERIFY2(sides.at(1).endsWith(QStringLiteral(": Nee")), qPrintable(sides.at(1)));
        QCOMPARE(answer.value(QStringLiteral("chosenText")).toString(),
                 QStringLiteral("Gekozen: Nee"));
        QVERIFY2(answer.value(QStringLiteral("howText"))
                     .toString()
                     .startsWith(QStringLiteral("Opgelost door Anna de Vries (JGT-medewerker, JGT "
                                                "Utrecht), ")),
                 qPrintable(answer.value(QStringLiteral("howText")).toString()));
        const auto whole = answer.value(QStringLiteral("text")).toString();
        QVERIFY(whole.contains(QStringLiteral("Gijs Bakker")));
        QVERIFY(whole.contains(QStringLiteral("Gekozen: Nee")));

        const auto justification = resolved.at(1).toMap();
        QCOMPARE(justification.value(QStringLiteral("question")).toString(),
                 QStringLiteral("Toelichting bij RT7"));
        QVERIFY(justification.value(QStringLiteral("sides"))
                    .toStringList()
                    .at(1)
                    .endsWith(QStringLiteral(": Op reis")));
        QCOMPARE(justification.value(QStringLiteral("chosenText")).toString(),
                 QStringLiteral("Gekozen: Vakantie"));
        QVERIFY(justification.value(QStringLiteral("howText"))
                    .toString()
                    .startsWith(QStringLiteral("Eens geworden; als laatste aangepast door Gijs "
                                               "Bakker")));
        // Stored twice (a page pulled again), still shown once.
        settled.record(
            {caseId,
             "answer",
             id.toStdString(),
             "sig_letsel",
             "resolution",
             {3, "nee", anna, "jgt", "d1", at(t + 2000)},
             {{1, "ja", anna, "jgt", "d1", at(t)}, {2, "nee", gijs, "gi", "d2", at(t + 1000)}}});
        review.refresh();
        QCOMPARE(review.queue().at(0).toMap().value(QStringLiteral("resolved")).toList().size(), 2);
    }

    void caseModelsListPeopleAndAssessments() {
        app::PersonListModel persons;
        app::AssessmentListModel assessments;
        QAbstractItemModelTester personTester(&persons, Tester::QtTest);
        QAbstractItemModelTester listTester(&assessments, Tester::QtTest);
        persons.setCaseFile(m_caseFile.get());
        persons.setCaseId(m_caseId);
        assessments.setCaseFile(m_caseFile.get());
        assessments.setCaseId(m_caseId);
        QCOMPARE(persons.count(), 2);
        QCOMPARE(persons.childCount(), 1);
        QCOMPARE(persons.data(persons.index(0), app::PersonListModel::RoleLabelRole).toString(),
                 QStringLiteral("Kind"));
        QCOMPARE(assessments.count(), 0);

        app::CaseController caseController;
        caseController.setCaseFile(m_caseFile.get());
        caseController.setCaseId(m_caseId);
        QCOMPARE(caseController.caseName(), QStringLiteral("Gezin Modelstra"));
        QCOMPARE(caseController.instruments().size(), 5);
        QCOMPARE(caseController.subjectsFor(QStringLiteral("risicotaxatie")).size(), 1);
        // A per-child instrument without a child is refused in Dutch, and nothing is started.
        QVERIFY(caseController.start(QStringLiteral("risicotaxatie")).isEmpty());
        QVERIFY(caseController.errorText().contains(QStringLiteral("kind")));
        QVERIFY(caseController.start(QStringLiteral("risicotaxatie"), m_parentId).isEmpty());
        const auto id = caseController.start(QStringLiteral("risicotaxatie"), m_childId);
        QVERIFY(!id.isEmpty());
        QCOMPARE(assessments.count(), 1);
        const auto first = assessments.index(0);
        QCOMPARE(assessments.data(first, app::AssessmentListModel::StatusLabelRole).toString(),
                 QStringLiteral("Concept"));
        QCOMPARE(assessments.data(first, app::AssessmentListModel::SubjectNameRole).toString(),
                 QStringLiteral("Noor"));
        QVERIFY(assessments.data(first, app::AssessmentListModel::LastChangeTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Laatst gewijzigd vandaag om")));

        // While the case page is covered, changes wait until it shows again.
        assessments.setActive(false);
        QVERIFY(caseController.start(QStringLiteral("veiligheidsplan")).size() > 0);
        QCOMPARE(assessments.count(), 1);
        assessments.setActive(true);
        QCOMPARE(assessments.count(), 2);

        m_session->lock();
        QCOMPARE(persons.count(), 0);
        QCOMPARE(assessments.count(), 0);
    }

    // The case file's family members are corrected in place: name, role and birth date, checked
    // as when adding, through the change record (one new version per changed field).
    void aFamilyMemberIsEdited() {
        app::CaseTeamController team;
        team.setCaseFile(m_caseFile.get());
        team.setCaseId(m_caseId);
        QVERIFY(team.canEdit());
        QVERIFY(!team.editPerson(m_parentId, QStringLiteral("ouder"), QStringLiteral("Kim"),
                                 QStringLiteral("1985-02-30")));
        QVERIFY(team.errorText().contains(QStringLiteral("geen bestaande datum")));
        QVERIFY(!team.editPerson(m_parentId, QStringLiteral("ouder"), QStringLiteral(" "), {}));
        QVERIFY(team.errorText().contains(QStringLiteral("naam")));
        QVERIFY2(team.editPerson(m_parentId, QStringLiteral("ouder"), QStringLiteral("Kim de Wit"),
                                 QStringLiteral("1985-02-03")),
                 qPrintable(team.errorText()));
        QVERIFY(team.errorText().isEmpty());
        QVariantMap kim;
        for (const auto& p : team.persons()) {
            if (p.toMap().value(QStringLiteral("personId")).toString() == m_parentId) {
                kim = p.toMap();
            }
        }
        QCOMPARE(kim.value(QStringLiteral("name")).toString(), QStringLiteral("Kim de Wit"));
        QCOMPARE(kim.value(QStringLiteral("born")).toString(), QStringLiteral("1985-02-03"));
        auto& changes = m_session->vault()->changes();
        QCOMPARE(changes.history("person", m_parentId.toStdString(), "name").size(), 2u);
        QCOMPARE(changes.history("person", m_parentId.toStdString(), "role").size(), 1u);
        QCOMPARE(team.auditTrail().at(0).toMap().value(QStringLiteral("what")).toString(),
                 QStringLiteral("Persoon gewijzigd"));
    }

private:
    void unlock() {
        QString passphrase = QString::fromLatin1(kPassphrase);
        m_session->unlock(passphrase);
        QTRY_COMPARE(m_session->state(), app::VaultSession::Unlocked);
    }

    // Raised risk with an evaluation in 60 days: only RT7's warning stands in the way.
    static void warnRt7(app::AssessmentController& ctl) {
        QVERIFY(ctl.setAnswer(QStringLiteral("oordeel_veiligheid"), QStringLiteral("veilig")));
        QVERIFY(ctl.setAnswer(QStringLiteral("oordeel_risico"), QStringLiteral("verhoogd")));
        QVERIFY(ctl.setAnswer(QStringLiteral("oordeel_toelichting"), QStringLiteral("Zorgen.")));
        const auto later = QDate::currentDate().addDays(60).toString(Qt::ISODate);
        ctl.editDate(QStringLiteral("besluit_evaluatiedatum"), later, true);
        QCOMPARE(ctl.rules()->valueOf(QStringLiteral("RT7"), QStringLiteral("warning")),
                 QVariant(true));
        QVERIFY(!ctl.canSubmit());
    }

    QString start(const char* formId, const QString& subjectId) {
        const auto outcome = m_caseFile->create(m_caseId, QString::fromLatin1(formId), subjectId);
        if (!outcome.ok) {
            qWarning("%s", qPrintable(outcome.message));
        }
        return outcome.value;
    }

    static QVariant value(const app::AssessmentController& ctl, const char* item,
                          const char* role) {
        return const_cast<app::AssessmentController&>(ctl).form()->valueOf(
            QString::fromLatin1(item), QString::fromLatin1(role));
    }

    forms::FormRegistry m_forms;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<app::VaultSession> m_session;
    std::unique_ptr<app::CaseFileService> m_caseFile;
    QString m_caseId;
    QString m_childId;
    QString m_parentId;
};

QTEST_GUILESS_MAIN(ViewModelsTest)

#include "viewmodels_test.moc"
