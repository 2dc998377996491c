// Following through over time (core/followup/follow_up.h) with fixed dates: the timeline per
// child, the scale over time, reminders for passed due dates, and the supervisor's concern when
// a judgement after an evaluation date is not better than the one before.
#include <catch2/catch.hpp>

#include "core/assessment/assessment_service.h"
#include "core/domain/case_repository.h"
#include "core/followup/case_facts.h"
#include "core/followup/follow_up.h"
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

    const auto facts = followup::readCaseFacts(*f.vault, me, caseId);
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
