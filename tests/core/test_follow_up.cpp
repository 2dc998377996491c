// Following through over time (core/followup/follow_up.h) with fixed dates: the timeline per
// child, the scale over time, reminders for passed due dates, and the supervisor's concern when
// a judgement after an evaluation date is not better than the one before.
#include <catch2/catch.hpp>

#include "core/assessment/assessment_service.h"
#include "core/domain/case_repository.h"
#include "core/followup/case_facts.h"
#include "core/followup/follow_up.h"
#include "core/phase/phase_service.h"
#include "tests/core/vault_fixture.h"

using namespace veldwerk;
using followup::CaseFacts;
using followup::Judgement;

namespace {
forms::Date day(const char* iso) {
    return *forms::Date::parse(iso);
}

Judgement judged(const char* id, const char* child, const char* date, const char* veiligheid,
                 const char* risico, std::optional<const char*> evaluation = std::nullopt,
                 const char* status = "submitted") {
    Judgement j;
    j.assessmentId = id;
    j.childId = child;
    j.status = status;
    j.date = day(date);
    j.judgedBy = "anna";
    j.veiligheid = veiligheid;
    j.risico = risico;
    if (evaluation) {
        j.evaluationDate = day(*evaluation);
    }
    return j;
}
}  // namespace

TEST_CASE("followup: the timeline holds every judged risicotaxatie per child, oldest first") {
    CaseFacts facts;
    facts.caseId = "c1";
    facts.judgements = {judged("rt3", "noor", "2025-03-01", "veilig", "laag"),
                        judged("rt1", "noor", "2025-01-10", "onveilig", "hoog"),
                        judged("rt2", "sem", "2025-02-01", "voorwaardelijk_veilig", "verhoogd"),
                        judged("leeg", "noor", "2025-02-01", "", "", std::nullopt, "draft")};
    const auto f = followup::followUp(facts, day("2025-03-10"));
    REQUIRE(f.timeline.size() == 3);  // the draft without a judgement is no point on it
    CHECK(f.timeline[0].assessmentId == "rt1");
    CHECK(f.timeline[1].assessmentId == "rt3");
    CHECK(f.timeline[2].assessmentId == "rt2");
    CHECK(f.concerns.empty());
    CHECK(f.reminders.empty());
}

TEST_CASE("followup: a passed evaluation date becomes a reminder with its days") {
    CaseFacts facts;
    facts.caseId = "c1";
    facts.judgements = {judged("rt1", "noor", "2025-01-10", "onveilig", "hoog", "2025-03-07")};
    auto f = followup::followUp(facts, day("2025-03-10"));
    REQUIRE(f.reminders.size() == 1);
    CHECK(f.reminders[0].kind == "risicotaxatie_evaluatie");
    CHECK(f.reminders[0].daysOverdue == 3);
    CHECK(f.reminders[0].text == "evaluatie verlopen sinds 3 dagen");
    CHECK(followup::followUp(facts, day("2025-03-07")).reminders[0].text == "evaluatie vandaag");
    CHECK(followup::followUp(facts, day("2025-03-08")).reminders[0].text ==
          "evaluatie verlopen sinds 1 dag");
    CHECK(followup::followUp(facts, day("2025-03-06")).reminders.empty());  // not due yet

    // A newer taxatie of the same child took its place: its own date counts, not the old one.
    facts.judgements.push_back(
        judged("rt2", "noor", "2025-03-08", "voorwaardelijk_veilig", "verhoogd", "2025-04-01"));
    CHECK(followup::followUp(facts, day("2025-03-10")).reminders.empty());
}

TEST_CASE("followup: the plan's evaluation date and each agreement's date remind") {
    CaseFacts facts;
    facts.caseId = "c1";
    followup::Plan old;
    old.assessmentId = "vp-oud";
    old.created = day("2024-11-01");
    old.evaluationDate = day("2024-12-01");
    followup::Plan plan;
    plan.assessmentId = "vp";
    plan.created = day("2025-02-01");
    plan.evaluationDate = day("2025-03-01");
    plan.agreements = {{"a1", "Oma haalt de kinderen op", "Oma", "", day("2025-03-09")},
                       {"a2", "Vader naar de verslavingszorg", "Vader", "", day("2025-03-20")},
                       {"a3", "Buurvrouw belt bij ruzie", "Buurvrouw", "", std::nullopt}};
    facts.plans = {old, plan};
    const auto f = followup::followUp(facts, day("2025-03-10"));
    REQUIRE(f.currentPlan);
    CHECK(f.currentPlan->assessmentId == "vp");
    REQUIRE(f.reminders.size() == 2);  // the old plan's date no longer counts
    CHECK(f.reminders[0].kind == "veiligheidsplan_evaluatie");
    CHECK(f.reminders[0].text == "evaluatie veiligheidsplan verlopen sinds 9 dagen");
    CHECK(f.reminders[1].kind == "afspraak");
    CHECK(f.reminders[1].entryId == "a1");
    CHECK(f.reminders[1].text == "afspraak verlopen sinds 1 dag");
}

TEST_CASE("followup: not better after the evaluation date flags the case for the supervisor") {
    CaseFacts facts;
    facts.caseId = "c1";
    facts.judgements = {
        judged("rt1", "noor", "2025-01-10", "voorwaardelijk_veilig", "verhoogd", "2025-02-20"),
        judged("rt2", "noor", "2025-02-21", "voorwaardelijk_veilig", "verhoogd")};
    auto f = followup::followUp(facts, day("2025-03-10"));
    REQUIRE(f.concerns.size() == 1);
    CHECK(f.concerns[0].childId == "noor");
    CHECK(f.concerns[0].previousAssessment == "rt1");
    CHECK(f.concerns[0].latestAssessment == "rt2");

    facts.judgements[1].risico = "laag";  // better: the risk came down, safety held
    CHECK(followup::followUp(facts, day("2025-03-10")).concerns.empty());
    facts.judgements[1].veiligheid = "onveilig";  // one better, one worse: not better
    CHECK(followup::followUp(facts, day("2025-03-10")).concerns.size() == 1);

    // Judged again before the evaluation date: no evaluation yet, no concern.
    facts.judgements[1] = judged("rt2", "noor", "2025-02-01", "onveilig", "hoog");
    CHECK(followup::followUp(facts, day("2025-03-10")).concerns.empty());
    // A draft is no judgement yet.
    facts.judgements[1] =
        judged("rt2", "noor", "2025-02-21", "onveilig", "hoog", std::nullopt, "draft");
    CHECK(followup::followUp(facts, day("2025-03-10")).concerns.empty());
}

TEST_CASE("followup: better means one of safety and risk improved and neither got worse") {
    const auto a = judged("a", "k", "2025-01-01", "voorwaardelijk_veilig", "verhoogd");
    CHECK(followup::better(judged("b", "k", "2025-02-01", "veilig", "verhoogd"), a));
    CHECK(followup::better(judged("b", "k", "2025-02-01", "veilig", "laag"), a));
    CHECK_FALSE(
        followup::better(judged("b", "k", "2025-02-01", "voorwaardelijk_veilig", "verhoogd"), a));
    CHECK_FALSE(followup::better(judged("b", "k", "2025-02-01", "veilig", "hoog"), a));
}

TEST_CASE("followup: read from a vault, the scale has every score and empty agreements drop") {
    testing::VaultFixture f;
    forms::FormRegistry forms;
    REQUIRE(forms.loadDirectory(forms::builtinDefinitionsDir()).ok());
    const auto me = f.vault->owner();
    const auto caseId = domain::CaseRepository(*f.vault).add(me, "Gezin Verloop");
    assessment::AssessmentService service(*f.vault, forms);
    const auto vp = service.create(me, caseId, "veiligheidsplan", std::nullopt);
    service.setAnswer(me, vp, "vp_schaal", "3");
    service.setAnswer(me, vp, "vp_schaal", "5");
    service.setAnswer(me, vp, "vp_schaal_ouders", "6");
    service.setAnswer(me, vp, "vp_evaluatiedatum", "2025-03-01");
    const auto filled = service.addEntry(me, vp, "vp_afspraken");
    service.setAnswer(me, vp, "vp_afspraken/" + filled + "/wat", "Oma haalt de kinderen op");
    service.setAnswer(me, vp, "vp_afspraken/" + filled + "/wanneer", "2025-03-09");
    service.addEntry(me, vp, "vp_afspraken");  // added and left empty

    // Opening the case is one audit read of it; a line of a list adds none (the list's own
    // "search" entry covers it), so a case list refreshed every sync round does not flood the log.
    const auto reads = [&] {
        std::size_t n = 0;
        for (const auto& e : f.vault->audit().list(caseId)) {
            n += e.action == "read" ? 1 : 0;
        }
        return n;
    };
    const auto before = reads();
    followup::readCaseFacts(*f.vault, me, caseId, followup::CaseFactsRead::Listed);
    CHECK(reads() == before);
    const auto facts = followup::readCaseFacts(*f.vault, me, caseId);
    CHECK(reads() == before + 1);
    const auto out = followup::followUp(facts, day("2025-03-10"));
    REQUIRE(out.scores.size() == 3);
    int mine = 0;
    for (const auto& s : out.scores) {
        if (s.perspective == me.userId) {
            CHECK(s.score == (mine == 0 ? 3 : 5));
            ++mine;
        } else {
            CHECK(s.perspective == "ouders");
            CHECK(s.score == 6);
        }
    }
    CHECK(mine == 2);
    REQUIRE(out.currentPlan);
    REQUIRE(out.currentPlan->agreements.size() == 1);
    CHECK(out.currentPlan->agreements[0].wat == "Oma haalt de kinderen op");
    REQUIRE(out.reminders.size() == 2);
    CHECK(out.reminders[0].text == "evaluatie veiligheidsplan verlopen sinds 9 dagen");
    CHECK(out.reminders[1].text == "afspraak verlopen sinds 1 dag");
}

namespace {
followup::EscalationEvent measure(const char* id, const char* start, const char* end) {
    return {id, "maatregel_start", day(start), day(end), "", "anna"};
}
}  // namespace

TEST_CASE("followup: a measure ending within 10 weeks reminds of the warm hand-over") {
    CaseFacts facts;
    facts.caseId = "c1";
    facts.escalations = {measure("m1", "2025-01-06", "2025-07-04")};
    // 71 days before the expected end: not yet.
    CHECK(followup::followUp(facts, day("2025-04-24")).reminders.empty());
    // 70 days (10 weeks) before: the hand-over is to be prepared.
    auto f = followup::followUp(facts, day("2025-04-25"));
    REQUIRE(f.reminders.size() == 1);
    CHECK(f.reminders[0].kind == "overdracht");
    CHECK(f.reminders[0].escalationId == "m1");
    CHECK(f.reminders[0].due == day("2025-07-04"));
    CHECK(f.reminders[0].daysOverdue == -70);
    CHECK(f.reminders[0].text ==
          "maatregel eindigt over 10 weken: warme overdracht naar het JGT voorbereiden");
    // Six weeks before, and in the last days, and past the end while nothing was recorded.
    CHECK(followup::followUp(facts, day("2025-05-23")).reminders.at(0).text ==
          "maatregel eindigt over 6 weken: warme overdracht naar het JGT voorbereiden");
    CHECK(followup::followUp(facts, day("2025-07-01")).reminders.at(0).text ==
          "maatregel eindigt over 3 dagen: warme overdracht naar het JGT voorbereiden");
    CHECK(followup::followUp(facts, day("2025-07-06")).reminders.at(0).text ==
          "maatregel verlopen sinds 2 dagen: overdracht naar het JGT");
}

TEST_CASE("followup: a measure that ended or returned to the JGT no longer reminds") {
    CaseFacts facts;
    facts.caseId = "c1";
    facts.escalations = {measure("m1", "2025-01-06", "2025-07-04")};
    // An end recorded before this measure started belongs to an earlier one.
    facts.escalations.push_back(
        {"old", "maatregel_einde", day("2024-11-01"), std::nullopt, "", "anna"});
    REQUIRE(followup::followUp(facts, day("2025-06-01")).reminders.size() == 1);
    facts.escalations.push_back(
        {"e1", "terug_naar_jgt", day("2025-06-20"), std::nullopt, "vrijwillig verder", "anna"});
    const auto f = followup::followUp(facts, day("2025-06-21"));
    CHECK(f.reminders.empty());
    // The events are on the timeline by date.
    REQUIRE(f.escalations.size() == 3);
    CHECK(f.escalations[0].id == "old");
    CHECK(f.escalations[1].id == "m1");
    CHECK(f.escalations[2].outcome == "vrijwillig verder");
    // A measure without an expected end has no date to remind of.
    CaseFacts open;
    open.escalations = {{"m2", "maatregel_start", day("2025-01-06"), std::nullopt, "", "anna"}};
    CHECK(followup::followUp(open, day("2025-06-01")).reminders.empty());
}

TEST_CASE("followup: phase, regie and escalations are read from the vault through the service") {
    testing::VaultFixture f;
    const auto me = f.vault->owner();
    const auto caseId = domain::CaseRepository(*f.vault).add(me, "Gezin Maatregel");
    phase::PhaseService course(*f.vault);
    course.setPhase(me, caseId, "maatregel", std::string("GI Midden"));
    phase::Escalation start;
    start.kind = "maatregel_start";
    start.date = "2025-01-06";
    start.expectedEnd = "2025-07-04";
    const auto id = course.escalate(me, caseId, start);
    course.setOutcome(me, id, "ondertoezichtstelling");
    // Values outside the vocabulary never reach the vault.
    CHECK_THROWS_AS(course.setPhase(me, caseId, "crisis", std::nullopt), std::invalid_argument);
    phase::Escalation wrong;
    wrong.kind = "vt_advies";
    wrong.date = "2025-02-30";
    CHECK_THROWS_AS(course.escalate(me, caseId, wrong), std::invalid_argument);
    wrong.date = "2025-02-03";
    wrong.expectedEnd = "2025-05-01";  // only a measure has an expected end
    CHECK_THROWS_AS(course.escalate(me, caseId, wrong), std::invalid_argument);

    const auto out =
        followup::followUp(followup::readCaseFacts(*f.vault, me, caseId), day("2025-05-01"));
    CHECK(out.phase == "maatregel");
    CHECK(out.regie == "GI Midden");
    REQUIRE(out.escalations.size() == 1);
    CHECK(out.escalations[0].outcome == "ondertoezichtstelling");
    REQUIRE(out.reminders.size() == 1);
    CHECK(out.reminders[0].kind == "overdracht");
    // Every write went through the change record (so it syncs): phase, regie and the event.
    CHECK(f.vault->changes().latest("case", caseId, "phase")->write.value == "maatregel");
    CHECK(f.vault->changes().latest("escalation", id, "expected_end")->write.value == "2025-07-04");
    CHECK(f.vault->changes().latest("escalation", id, "outcome")->write.caseId == caseId);
}
