// The view-models of following through (issue 13) over a real vault, dates relative to today:
// the case page's course panel (reminders, phase, escalations; recording through core's
// PhaseService), the timeline per child, the reminders on the case list, the supervisor's panel
// of the team (overdue evaluations, the flagged case) and meedenken (ask, answer, link only with
// consent; refusals in Dutch).
#include <QDate>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <memory>

#include "core/assessment/assessment_service.h"
#include "core/consultation/consultation_service.h"
#include "core/domain/case_membership.h"
#include "core/domain/case_repository.h"
#include "core/domain/consent_repository.h"
#include "core/domain/person_repository.h"
#include "core/domain/user_repository.h"
#include "core/forms/registry.h"
#include "core/phase/phase_service.h"
#include "core/vault/vault.h"
#include "qml/followup/case_course_controller.h"
#include "qml/followup/consultations_controller.h"
#include "qml/followup/team_reminders_controller.h"
#include "qml/followup/timeline_controller.h"
#include "qml/models/case_list_model.h"
#include "qml/services/case_file_service.h"
#include "qml/services/vault_session.h"

using namespace veldwerk;

namespace {
constexpr const char* kPassphrase = "opvolging-wachtwoord";

std::string day(int fromToday) {
    return QDate::currentDate().addDays(fromToday).toString(Qt::ISODate).toStdString();
}

QString dayText(int fromToday) {
    return QLocale(QLocale::Dutch, QLocale::Netherlands)
        .toString(QDate::currentDate().addDays(fromToday), QStringLiteral("d MMMM yyyy"));
}

// Every text of a list of {heading, lines: [{text, detail}]} sections, one line each.
QStringList texts(const QVariantList& sections) {
    QStringList out;
    for (const auto& s : sections) {
        const auto section = s.toMap();
        out << section.value(QStringLiteral("heading")).toString();
        for (const auto& l : section.value(QStringLiteral("lines")).toList()) {
            const auto line = l.toMap();
            out << line.value(QStringLiteral("text")).toString() + QStringLiteral(" | ") +
                       line.value(QStringLiteral("detail")).toString();
        }
    }
    return out;
}

bool anyContains(const QStringList& lines, const QString& needle) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const QString& l) { return l.contains(needle); });
}
}  // namespace

class FollowUpViewModelsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_forms.loadDirectory(forms::builtinDefinitionsDir()).ok()); }

    void cleanup() {
        m_caseFile.reset();
        m_session.reset();
        m_dir.reset();
    }

    void casePageShowsRemindersPhaseAndEscalationsAndRecords() {
        world("jgt");
        app::CaseCourseController ctl;
        ctl.setCaseFile(m_caseFile.get());
        ctl.setCaseId(m_caseId);
        QVERIFY(ctl.canRecord());
        QVERIFY(ctl.reminders().contains(
            QStringLiteral("Evaluatie risicotaxatie verlopen sinds 3 dagen")));
        QVERIFY(ctl.reminders().contains(QStringLiteral("Afspraak verlopen sinds 1 dag")));
        QCOMPARE(ctl.concerns().size(), 1);
        QCOMPARE(ctl.phaseText(), QStringLiteral("Fase: Drang · regie bij JGT Utrecht"));
        QCOMPARE(ctl.escalations().size(), 1);
        const auto advice = ctl.escalations().at(0).toMap();
        QCOMPARE(advice.value(QStringLiteral("title")).toString(),
                 dayText(-20) + QStringLiteral(" · Advies Veilig Thuis"));
        QCOMPARE(advice.value(QStringLiteral("detail")).toString(),
                 QStringLiteral("uitkomst: Plan aanscherpen · vastgelegd door ") +
                     m_caseFile->userName(m_jgt.userId));

        // Recording: refusals in Dutch and nothing stored; then the phase and a measure that ends
        // within 10 weeks, which brings the hand-over reminder.
        QVERIFY(!ctl.escalate(QStringLiteral("vt_melding"), QStringLiteral("7-12-2026"), {}, {}));
        QCOMPARE(ctl.errorText(),
                 QStringLiteral("Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-07."));
        QVERIFY(!ctl.setPhase(QString(), QString()));
        QCOMPARE(ctl.errorText(), QStringLiteral("Kies een fase."));
        QCOMPARE(ctl.escalations().size(), 1);
        QSignalSpy changed(&ctl, &app::CaseCourseController::changed);
        QVERIFY(ctl.setPhase(QStringLiteral("maatregel"), QStringLiteral("GI Midden-Nederland")));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(ctl.phaseText(),
                 QStringLiteral("Fase: Maatregel · regie bij GI Midden-Nederland"));
        QVERIFY(ctl.escalate(QStringLiteral("maatregel_start"), QString::fromStdString(day(-300)),
                             QString::fromStdString(day(56)), QString()));
        QCOMPARE(ctl.escalations().size(), 2);
        QVERIFY(ctl.reminders().contains(QStringLiteral(
            "Maatregel eindigt over 8 weken: warme overdracht naar het JGT voorbereiden")));
        // Through the same core path as `veldwerk-cli case phase|escalate`.
        const auto course =
            phase::readCourse(m_caseFile->session().vault()->db(), m_caseId.toStdString());
        QCOMPARE(course.phase.value_or(""), std::string("maatregel"));
        QCOMPARE(course.escalations.size(), std::size_t(2));
    }

    void timelineShowsJudgementsScoresAgreementsAndCourse() {
        world("jgt");
        app::TimelineController ctl;
        ctl.setCaseFile(m_caseFile.get());
        ctl.setCaseId(m_caseId);
        QCOMPARE(ctl.caseName(), QStringLiteral("Gezin Opvolging"));
        const auto lines = texts(ctl.sections());
        const auto me = m_caseFile->userName(m_jgt.userId);
        const auto child = lines.indexOf(QStringLiteral("Oordelen risicotaxatie over Noor"));
        QVERIFY2(child >= 0, qPrintable(lines.join('\n')));
        // Oldest first, each with its date, judgement, who judged and the evaluation date.
        QCOMPARE(lines.at(child + 1),
                 dayText(0) +
                     QStringLiteral(": Voorwaardelijk veilig · risico verhoogd | "
                                    "beoordeeld door ") +
                     me + QStringLiteral(" · ingediend · evaluatie ") + dayText(-3));
        QVERIFY(lines.at(child + 2).contains(QStringLiteral("risico hoog")));
        QVERIFY(
            anyContains(lines, QStringLiteral("3 op ") + dayText(0) + QStringLiteral(" → 5 op ")));
        QVERIFY(anyContains(lines, QStringLiteral("Kim brengt Noor naar school | wie: Kim · "
                                                  "uiterlijk ") +
                                       dayText(-1) + QStringLiteral(", verlopen")));
        QVERIFY(anyContains(lines, QStringLiteral("Fase: Drang | regie bij JGT Utrecht")));
        QVERIFY(anyContains(lines, dayText(-20) + QStringLiteral(": Advies Veilig Thuis")));
        QVERIFY(ctl.reminders().contains(
            QStringLiteral("Evaluatie risicotaxatie verlopen sinds 3 dagen")));
    }

    void caseListSaysWhatIsOverdue() {
        world("jgt");
        app::CaseListModel cases;
        cases.setSession(m_session.get());
        QCOMPARE(cases.count(), 2);
        const auto first = cases.index(0, 0);
        QCOMPARE(cases.data(first, app::CaseListModel::NameRole).toString(),
                 QStringLiteral("Gezin Opvolging"));
        QVERIFY(cases.data(first, app::CaseListModel::AttentionRole).toBool());
        const auto why = cases.data(first, app::CaseListModel::AttentionTextRole).toString();
        QVERIFY2(why.contains(QStringLiteral("Evaluatie risicotaxatie verlopen sinds 3 dagen")),
                 qPrintable(why));
        QVERIFY(why.contains(QStringLiteral("Afspraak verlopen sinds 1 dag")));
        const auto other = cases.index(1, 0);
        QVERIFY(!cases.data(other, app::CaseListModel::AttentionTextRole)
                     .toString()
                     .contains(QStringLiteral("verlopen")));
    }

    void supervisorSeesTheTeamsOverdueEvaluationsAndTheFlaggedCase() {
        world("jgt");
        app::TeamRemindersController worker;
        worker.setCaseFile(m_caseFile.get());
        QCOMPARE(worker.count(), 0);  // a worker sees the reminders per case instead
        cleanup();

        world("supervisor");
        app::TeamRemindersController ctl;
        ctl.setCaseFile(m_caseFile.get());
        QCOMPARE(ctl.count(), 3);
        const auto concern = ctl.items().at(0).toMap();
        QVERIFY(concern.value(QStringLiteral("concern")).toBool());
        QCOMPARE(concern.value(QStringLiteral("caseName")).toString(),
                 QStringLiteral("Gezin Opvolging"));
        QCOMPARE(concern.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Oordeel niet beter na de evaluatie: bespreek deze casus"));
        QStringList rest;
        for (int i = 1; i < ctl.count(); ++i) {
            rest << ctl.items().at(i).toMap().value(QStringLiteral("text")).toString();
        }
        QCOMPARE(rest,
                 (QStringList{QStringLiteral("Evaluatie risicotaxatie verlopen sinds 3 dagen"),
                              QStringLiteral("Evaluatie veiligheidsplan vandaag")}));
    }

    void consultationIsAskedWithoutNamesAnsweredAndLinkedOnlyWithConsent() {
        world("jgt");
        app::ConsultationsController ctl;
        ctl.setCaseFile(m_caseFile.get());
        ctl.setCaseId(m_caseId);
        QVERIFY(ctl.canAsk());
        QVERIFY(!ctl.canAnswer());
        QCOMPARE(ctl.suggestedOrg(), QStringLiteral("GI Midden-Nederland"));
        QCOMPARE(ctl.topics().size(), 6);

        // A name of the family is refused, nothing stored.
        QVERIFY(ctl.ask(QStringLiteral("GI Midden-Nederland"),
                        QStringLiteral("Noor lijkt bang voor haar vader."),
                        QStringLiteral("veiligheid"))
                    .isEmpty());
        QCOMPARE(ctl.errorText(),
                 QStringLiteral("De vraag mag het gezin niet herkenbaar maken: laat namen, "
                                "geboortedata, adressen en nummers weg."));
        QCOMPARE(ctl.count(), 0);
        const auto id = ctl.ask(QStringLiteral("GI Midden-Nederland"),
                                QStringLiteral("Het kind lijkt bang voor vader. Melding?"),
                                QStringLiteral("meldcode"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(ctl.count(), 1);
        auto row = ctl.consultations().at(0).toMap();
        QCOMPARE(row.value(QStringLiteral("heading")).toString(),
                 QStringLiteral("Aan GI Midden-Nederland · Meldcode: advies of melding bij "
                                "Veilig Thuis?"));
        QCOMPARE(row.value(QStringLiteral("answered")).toString(),
                 QStringLiteral("Wacht op antwoord van de GI"));
        QVERIFY(!row.value(QStringLiteral("linkable")).toBool());
        QCOMPARE(row.value(QStringLiteral("linkReason")).toString(),
                 QStringLiteral("Koppelen aan de casus kan zodra de GI heeft geantwoord."));

        // The GI professional answers (on their own tablet; here straight through core).
        consultation::ConsultationService(*m_caseFile->session().vault())
            .answer(m_gi, id.toStdString(), "Eerst advies vragen bij Veilig Thuis.", 20);
        ctl.refresh();
        row = ctl.consultations().at(0).toMap();
        QCOMPARE(row.value(QStringLiteral("advice")).toString(),
                 QStringLiteral("Eerst advies vragen bij Veilig Thuis."));
        QVERIFY(row.value(QStringLiteral("answered"))
                    .toString()
                    .endsWith(QStringLiteral(", 20 minuten")));
        QVERIFY(row.value(QStringLiteral("linkable")).toBool());
        QVERIFY(ctl.link(id));
        row = ctl.consultations().at(0).toMap();
        QCOMPARE(row.value(QStringLiteral("linked")).toString(),
                 QStringLiteral("Hoort bij de casus Gezin Opvolging"));
        QVERIFY(!row.value(QStringLiteral("linkable")).toBool());

        // A case without consent: the button says why, and linking is refused.
        app::ConsultationsController other;
        other.setCaseFile(m_caseFile.get());
        other.setCaseId(m_otherCaseId);
        const auto asked =
            other.ask(QStringLiteral("GI Midden-Nederland"),
                      QStringLiteral("Is een maatregel nodig?"), QStringLiteral("maatregel"));
        QVERIFY(!asked.isEmpty());
        consultation::ConsultationService(*m_caseFile->session().vault())
            .answer(m_gi, asked.toStdString(), "Nog niet.", 5);
        other.refresh();
        QCOMPARE(other.count(), 1);  // only this case's consultations
        row = other.consultations().at(0).toMap();
        QVERIFY(!row.value(QStringLiteral("linkable")).toBool());
        QCOMPARE(row.value(QStringLiteral("linkReason")).toString(),
                 QStringLiteral("Koppelen kan pas als het gezin toestemming heeft gegeven voor de "
                                "GI (Gezin, toestemming en team)."));
        QVERIFY(!other.link(asked));
        QCOMPARE(
            other.errorText(),
            QStringLiteral("Koppelen kan pas als het gezin toestemming heeft gegeven voor de GI."));
    }

    void giProfessionalAnswersWithTheMinutes() {
        world("gi");
        // Asked by the JGT worker (arrived here by sync; here straight through core).
        consultation::ConsultationAsk request;
        request.toOrg = "GI Midden-Nederland";
        request.question = "Hoe schat jij dit risico in?";
        request.about = "risico";
        const auto id =
            consultation::ConsultationService(*m_caseFile->session().vault()).ask(m_jgt, request);
        app::ConsultationsController ctl;
        ctl.setCaseFile(m_caseFile.get());
        QVERIFY(ctl.canAnswer());
        QVERIFY(!ctl.canAsk());
        QCOMPARE(ctl.count(), 1);
        auto row = ctl.consultations().at(0).toMap();
        QVERIFY(row.value(QStringLiteral("answerable")).toBool());
        QVERIFY(row.value(QStringLiteral("linkReason")).toString().isEmpty());
        const auto qid = QString::fromStdString(id);
        QVERIFY(!ctl.answer(qid, QStringLiteral("Hoog."), QStringLiteral("veel")));
        QCOMPARE(ctl.errorText(),
                 QStringLiteral("Schrijf de bestede tijd in hele minuten (0 tot 1440)."));
        QVERIFY(!ctl.answer(qid, QStringLiteral("  "), QStringLiteral("10")));
        QCOMPARE(ctl.errorText(), QStringLiteral("Schrijf je advies op."));
        QVERIFY(ctl.answer(qid, QStringLiteral("Verhoogd; evalueer over twee weken."),
                           QStringLiteral("35")));
        row = ctl.consultations().at(0).toMap();
        QVERIFY(!row.value(QStringLiteral("answerable")).toBool());
        QVERIFY(row.value(QStringLiteral("answered"))
                    .toString()
                    .endsWith(QStringLiteral(", 35 minuten")));
        const auto stored =
            consultation::ConsultationService(*m_caseFile->session().vault()).find(m_owner, id);
        QCOMPARE(stored.minutes.value_or(-1), std::int64_t(35));
        QVERIFY(!stored.caseLink);
    }

private:
    // A vault owned by a user of `ownerRole` holding two cases: "Gezin Opvolging" (Noor, her
    // mother Kim, consent for the GI and Gijs as GI member; two submitted risicotaxaties of Noor
    // whose evaluation date passed 3 days ago, the second not better than the first; a
    // veiligheidsplan scored 3 then 5 with an agreement due yesterday, evaluated today; phase
    // drang and an advice of Veilig Thuis 20 days ago) and "Gezin Zonder" (nothing, no consent).
    void world(const std::string& ownerRole) {
        m_dir = std::make_unique<QTemporaryDir>();
        const auto dir = std::filesystem::path(m_dir->path().toStdString()) / "vault";
        vault::VaultOptions options;
        options.kdfOpsLimit = 1;
        options.kdfMemLimitBytes = 8 * 1024;
        options.ownerRole = ownerRole;
        {
            auto vault = vault::Vault::create(dir, kPassphrase, options);
            const auto owner = vault->owner();
            domain::UserRepository users(*vault);
            const auto actorOf = [&](const char* name, const char* role, const char* org) {
                return users.actorFor(*users.findById(users.add(owner, name, role, org)));
            };
            m_jgt = ownerRole == "jgt" ? owner : actorOf("Anna", "jgt", "JGT Utrecht");
            m_gi = ownerRole == "gi" ? owner : actorOf("Gijs", "gi", "GI Midden-Nederland");
            m_owner = owner;
            const auto caseId = domain::CaseRepository(*vault).add(m_jgt, "Gezin Opvolging");
            m_caseId = QString::fromStdString(caseId);
            m_otherCaseId =
                QString::fromStdString(domain::CaseRepository(*vault).add(m_jgt, "Gezin Zonder"));
            domain::CaseMembership members(*vault);
            if (ownerRole == "supervisor") {
                members.add(m_jgt, caseId, owner.userId, "supervisor");
                members.add(m_jgt, m_otherCaseId.toStdString(), owner.userId, "supervisor");
            }
            domain::PersonRepository persons(*vault);
            const auto noor = persons.add(m_jgt, caseId, "kind", "Noor", "2016-05-01");
            persons.add(m_jgt, caseId, "ouder", "Kim", std::nullopt);
            domain::ConsentRepository(*vault).add(m_jgt, caseId, "gi", "Kim (moeder)");
            members.add(m_jgt, caseId, m_gi.userId, "gi");

            assessment::AssessmentService service(*vault, m_forms);
            for (const char* risk : {"verhoogd", "hoog"}) {
                const auto rt = service.create(m_jgt, caseId, "risicotaxatie", noor);
                service.setAnswer(m_jgt, rt, "oordeel_veiligheid", "voorwaardelijk_veilig");
                service.setAnswer(m_jgt, rt, "oordeel_risico", risk);
                service.setAnswer(m_jgt, rt, "oordeel_toelichting", "Besproken met Kim.");
                service.setAnswer(m_jgt, rt, "besluit_acties", "veiligheidsplan_nu");
                service.setAnswer(m_jgt, rt, "besluit_evaluatiedatum", day(-3));
                service.submit(m_jgt, rt, {{"RT12", "Evaluatie tijdens het huisbezoek."}});
            }
            const auto plan = service.create(m_jgt, caseId, "veiligheidsplan", std::nullopt);
            service.setAnswer(m_jgt, plan, "vp_schaal", "3");
            service.setAnswer(m_jgt, plan, "vp_schaal", "5");
            service.setAnswer(m_jgt, plan, "vp_evaluatiedatum", day(0));
            const auto entry = service.addEntry(m_jgt, plan, "vp_afspraken");
            service.setAnswer(m_jgt, plan, "vp_afspraken/" + entry + "/wat",
                              "Kim brengt Noor naar school");
            service.setAnswer(m_jgt, plan, "vp_afspraken/" + entry + "/wie", "Kim");
            service.setAnswer(m_jgt, plan, "vp_afspraken/" + entry + "/wanneer", day(-1));

            phase::PhaseService course(*vault);
            course.setPhase(m_jgt, caseId, "drang", std::string("JGT Utrecht"));
            phase::Escalation advice;
            advice.kind = "vt_advies";
            advice.date = day(-20);
            advice.outcome = "Plan aanscherpen";
            course.escalate(m_jgt, caseId, advice);
        }
        m_session = std::make_unique<app::VaultSession>(QString::fromStdString(dir.string()));
        m_caseFile = std::make_unique<app::CaseFileService>(*m_session, m_forms);
        QString passphrase = QString::fromLatin1(kPassphrase);
        m_session->unlock(passphrase);
        QTRY_COMPARE(m_session->state(), app::VaultSession::Unlocked);
    }

    forms::FormRegistry m_forms;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<app::VaultSession> m_session;
    std::unique_ptr<app::CaseFileService> m_caseFile;
    QString m_caseId;
    QString m_otherCaseId;
    domain::Actor m_jgt;
    domain::Actor m_gi;
    domain::Actor m_owner;
};

QTEST_GUILESS_MAIN(FollowUpViewModelsTest)

#include "followup_viewmodels_test.moc"
