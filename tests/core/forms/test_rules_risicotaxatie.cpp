// RT1-RT9 through the engine with the shipped risicotaxatie definition: each fired and quiet.
#include <catch2/catch.hpp>

#include "core/forms/submission_check.h"
#include "forms_fixture.h"

using namespace veldwerk::forms;
using namespace veldwerk::forms::test;

namespace {

OtherAssessment other(const char* form, const char* status = "draft") {
    OtherAssessment assessment;
    assessment.formId = form;
    assessment.status = status;
    return assessment;
}

bool blocksSubmission(const Evaluation& evaluation, std::string_view ruleId) {
    for (const auto* outcome : evaluation.blocking("submission")) {
        if (outcome->id() == ruleId) {
            return true;
        }
    }
    return false;
}

}  // namespace

TEST_CASE("a calm, complete risicotaxatie fires no rule and may be submitted") {
    const auto evaluation = calmRisicotaxatie().evaluate();
    for (const auto& outcome : evaluation.rules) {
        INFO(outcome.id());
        CHECK_FALSE(outcome.fired());
    }
    const auto check = checkSubmission(evaluation);
    CHECK(check.allowed());
    CHECK(check.missingItems.empty());
}

TEST_CASE("RT1: any acuut_* = ja suggests oordeel_veiligheid = onveilig") {
    auto filling = calmRisicotaxatie();
    CHECK_FALSE(fired(filling.evaluate(), "RT1"));

    filling.set("acuut_onthulling", "ja");  // a disclosure counts as acute
    auto evaluation = filling.evaluate();
    const auto* suggestion = evaluation.rule("RT1")->effect(EffectKind::Suggest);
    REQUIRE(suggestion != nullptr);
    CHECK(filling.definition.items()[suggestion->effect->item].id == "oordeel_veiligheid");
    CHECK(suggestion->effect->value == "onveilig");
    CHECK_FALSE(suggestion->suggestionMatches);
    // A suggestion never sets the answer.
    CHECK(*filling.answers.value("oordeel_veiligheid") == "veilig");

    filling.set("oordeel_veiligheid", "onveilig").set("besluit_acties", "veilig_thuis_melding");
    evaluation = filling.evaluate();
    CHECK(evaluation.rule("RT1")->effect(EffectKind::Suggest)->suggestionMatches);
}

TEST_CASE("RT2: acute unsafety judged veilig requires the explanation and flags") {
    auto filling = calmRisicotaxatie();
    filling.set("acuut_dreiging", "ja").set("oordeel_toelichting", "");
    auto evaluation = filling.evaluate();
    CHECK(firedAs(evaluation, "RT2", EffectKind::Require));
    CHECK(firedAs(evaluation, "RT2", EffectKind::Flag));
    CHECK(blocksSubmission(evaluation, "RT2"));

    SECTION("explained: no longer blocking, still flagged for the supervisor") {
        filling.set("oordeel_toelichting",
                    "Dreiging is gericht op de ex-partner, niet op het kind.");
        evaluation = filling.evaluate();
        CHECK_FALSE(firedAs(evaluation, "RT2", EffectKind::Require));
        CHECK(firedAs(evaluation, "RT2", EffectKind::Flag));
        CHECK(checkSubmission(evaluation).flags.size() >= 1);
    }
    SECTION("quiet when the judgement follows the acute sign") {
        filling.set("oordeel_veiligheid", "onveilig").set("besluit_acties", "veilig_thuis_melding");
        CHECK_FALSE(fired(filling.evaluate(), "RT2"));
    }
    SECTION("quiet without acute signs") {
        filling.set("acuut_dreiging", "nee");
        CHECK_FALSE(fired(filling.evaluate(), "RT2"));
    }
}

TEST_CASE("RT3: onveilig blocks submission and closing the visit until a Veilig Thuis action") {
    auto filling = calmRisicotaxatie();
    filling.set("oordeel_veiligheid", "onveilig");
    auto evaluation = filling.evaluate();
    CHECK(firedAs(evaluation, "RT3", EffectKind::Require));
    CHECK(blocksSubmission(evaluation, "RT3"));
    CHECK(evaluation.blocking("visit_close").size() == 1);
    CHECK(evaluation.blocking("visit_close")[0]->id() == "RT3");

    filling.set("besluit_acties", "veiligheidsplan_nu");  // half of the alternative
    CHECK(fired(filling.evaluate(), "RT3"));
    filling.set("besluit_acties", "veilig_thuis_advies,veiligheidsplan_nu");
    CHECK_FALSE(fired(filling.evaluate(), "RT3"));
    filling.set("besluit_acties", "veilig_thuis_melding");
    CHECK_FALSE(fired(filling.evaluate(), "RT3"));
    CHECK(filling.evaluate().blocking("visit_close").empty());

    filling.set("besluit_acties", "").set("oordeel_veiligheid", "veilig");
    CHECK_FALSE(fired(filling.evaluate(), "RT3"));
}

TEST_CASE(
    "RT4: voorwaardelijk veilig needs a veiligheidsplan with a bodemeis or veiligheidsplan_nu") {
    auto filling = calmRisicotaxatie();
    filling.set("oordeel_veiligheid", "voorwaardelijk_veilig");
    CHECK(firedAs(filling.evaluate(), "RT4", EffectKind::Require));

    auto plan = other("veiligheidsplan");
    filling.context.otherAssessments.push_back(plan);  // a plan without bodemeisen is not enough
    CHECK(fired(filling.evaluate(), "RT4"));

    // An entry added and left empty (or with only its explanation) is no bodemeis.
    auto& bodemeisen = filling.context.otherAssessments.back().groupEntries["vp_bodemeisen"];
    bodemeisen = {GroupEntry{"e1", {}}, GroupEntry{"e2", {{"eis", "  "}, {"toelichting", "x"}}}};
    CHECK(fired(filling.evaluate(), "RT4"));
    bodemeisen.push_back(GroupEntry{"e3", {{"eis", "Geen alcohol in huis"}}});  // a draft will do
    CHECK_FALSE(fired(filling.evaluate(), "RT4"));

    filling.context.otherAssessments.clear();
    filling.set("besluit_acties", "veiligheidsplan_nu");
    CHECK_FALSE(fired(filling.evaluate(), "RT4"));

    filling.set("besluit_acties", "").set("oordeel_veiligheid", "veilig");
    CHECK_FALSE(fired(filling.evaluate(), "RT4"));
}

TEST_CASE("RT5: a sign of maltreatment requires a started meldcode_afweging") {
    auto filling = calmRisicotaxatie();
    CHECK_FALSE(fired(filling.evaluate(), "RT5"));
    filling.set("sig_getuige_geweld", "ja").set("oordeel_aard", "getuige_huiselijk_geweld");
    CHECK(blocksSubmission(filling.evaluate(), "RT5"));

    filling.context.otherAssessments.push_back(other("kindcheck"));  // another form does not count
    CHECK(fired(filling.evaluate(), "RT5"));
    filling.context.otherAssessments.push_back(other("meldcode_afweging", "draft"));
    CHECK_FALSE(fired(filling.evaluate(), "RT5"));
}

TEST_CASE("RT6: low risk despite signs warns (justification needed) and flags") {
    auto filling = calmRisicotaxatie();
    filling.set("sig_angst_kind", "ja").set("oordeel_aard", "psychische_mishandeling");
    filling.context.otherAssessments.push_back(other("meldcode_afweging"));
    auto evaluation = filling.evaluate();
    CHECK(firedAs(evaluation, "RT6", EffectKind::Warn));
    CHECK(firedAs(evaluation, "RT6", EffectKind::Flag));

    auto check = checkSubmission(evaluation);
    CHECK_FALSE(check.allowed());
    CHECK(check.unjustifiedWarnings() == std::vector<std::string>{"RT6"});
    check = checkSubmission(evaluation, {{"RT6", "   "}});
    CHECK_FALSE(check.allowed());  // blank is no justification
    check = checkSubmission(evaluation,
                            {{"RT6", "Angst betreft de nieuwe partner, die is vertrokken."}});
    CHECK(check.allowed());
    CHECK(check.flags.size() == 1);
    CHECK(check.flags[0].ruleId == "RT6");

    SECTION("also for acute signs") {
        filling.set("sig_angst_kind", "nee").set("acuut_angst", "ja");
        CHECK(fired(filling.evaluate(), "RT6"));
    }
    SECTION("quiet with verhoogd risk") {
        filling.set("oordeel_risico", "verhoogd")
            .set("besluit_evaluatiedatum", Filling::inDays(21));
        CHECK_FALSE(fired(filling.evaluate(), "RT6"));
    }
}

TEST_CASE("RT7: verhoogd/hoog risk requires an evaluation date, too far ahead warns") {
    auto filling = calmRisicotaxatie();
    filling.set("oordeel_risico", "verhoogd");
    auto evaluation = filling.evaluate();
    CHECK(firedAs(evaluation, "RT7", EffectKind::Require));
    CHECK_FALSE(firedAs(evaluation, "RT7", EffectKind::Warn));

    filling.set("besluit_evaluatiedatum", Filling::inDays(42));  // exactly 6 weeks: fine
    CHECK_FALSE(fired(filling.evaluate(), "RT7"));
    filling.set("besluit_evaluatiedatum", Filling::inDays(43));
    evaluation = filling.evaluate();
    CHECK_FALSE(firedAs(evaluation, "RT7", EffectKind::Require));
    CHECK(firedAs(evaluation, "RT7", EffectKind::Warn));

    filling.set("oordeel_risico", "hoog").set("besluit_evaluatiedatum", Filling::inDays(14));
    CHECK_FALSE(fired(filling.evaluate(), "RT7"));
    filling.set("besluit_evaluatiedatum", Filling::inDays(20));
    CHECK(firedAs(filling.evaluate(), "RT7", EffectKind::Warn));

    filling.set("oordeel_risico", "laag").set("besluit_evaluatiedatum", "");
    CHECK_FALSE(fired(filling.evaluate(), "RT7"));
}

TEST_CASE("RT12: an evaluation date in the past warns, whatever the risk") {
    auto filling = calmRisicotaxatie();
    filling.set("besluit_evaluatiedatum", Filling::inDays(-3));
    auto evaluation = filling.evaluate();
    CHECK(firedAs(evaluation, "RT12", EffectKind::Warn));
    CHECK(checkSubmission(evaluation).unjustifiedWarnings() == std::vector<std::string>{"RT12"});
    CHECK(checkSubmission(evaluation, {{"RT12", "Evaluatie is uitgesteld."}}).allowed());
    filling.set("oordeel_risico", "hoog");
    CHECK(firedAs(filling.evaluate(), "RT12", EffectKind::Warn));
    filling.set("besluit_evaluatiedatum", Filling::inDays(0));
    CHECK_FALSE(fired(filling.evaluate(), "RT12"));
}

TEST_CASE("RT8: 30% or more onbekend warns and suggests informatie_verzamelen") {
    auto filling = calmRisicotaxatie();
    // 42 jnv items in signalen, kind, ouder, gezin and acuut (v2): 12 unknown is 29%, 13 is 31%.
    const char* unknown[] = {"kind_beperking",       "kind_gedrag",          "kind_psychisch",
                             "kind_ontwikkeling",    "kind_parentificatie",  "kind_school",
                             "ouder_verslaving",     "ouder_psychiatrie",    "ouder_lvb",
                             "ouder_eigen_verleden", "ouder_negatief_beeld", "ouder_agressie",
                             "ouder_ontkenning"};
    for (int i = 0; i < 12; ++i) {
        filling.set(unknown[i], "onbekend");
    }
    filling.set("kracht_band", "onbekend");  // krachten do not count towards the share
    auto evaluation = filling.evaluate();
    CHECK(evaluation.derivedValue("aandeel_onbekend").value() == Approx(12.0 / 42.0));
    CHECK_FALSE(fired(evaluation, "RT8"));

    filling.set(unknown[12], "onbekend");
    evaluation = filling.evaluate();
    CHECK(firedAs(evaluation, "RT8", EffectKind::Warn));
    const auto* suggestion = evaluation.rule("RT8")->effect(EffectKind::Suggest);
    REQUIRE(suggestion != nullptr);
    CHECK(suggestion->effect->value == "informatie_verzamelen");
    CHECK_FALSE(suggestion->suggestionMatches);
    filling.set("besluit_acties", "hulp_inzetten,informatie_verzamelen");
    CHECK(filling.evaluate().rule("RT8")->effect(EffectKind::Suggest)->suggestionMatches);
}

TEST_CASE("RT9: a judgement item in conflict blocks submission, set items do not") {
    auto filling = calmRisicotaxatie();
    filling.context.conflicts = {"bronnen"};  // multi with merge policy set: merged, no conflict
    CHECK_FALSE(fired(filling.evaluate(), "RT9"));

    filling.context.conflicts = {"oordeel_risico", "sig_letsel"};
    const auto evaluation = filling.evaluate();
    CHECK(blocksSubmission(evaluation, "RT9"));
    const auto* require = evaluation.rule("RT9")->effect(EffectKind::Require);
    CHECK(require->concerns == std::vector<std::string>{"oordeel_risico", "sig_letsel"});
    const auto check = checkSubmission(evaluation);
    REQUIRE(check.blockers.size() == 1);
    CHECK(check.blockers[0].ruleId == "RT9");
    CHECK_FALSE(check.blockers[0].message.nl.empty());

    filling.context.conflicts.clear();
    CHECK_FALSE(fired(filling.evaluate(), "RT9"));
}

TEST_CASE("kind_jong is suggested from the child's birth date, never set") {
    auto filling = calmRisicotaxatie();
    CHECK_FALSE(fired(filling.evaluate(), "kind_jong_leeftijd"));  // birth date unknown

    filling.context.childBirthDate = day("2021-03-11");  // 3 years old, 4 tomorrow
    auto evaluation = filling.evaluate();
    CHECK(fired(evaluation, "kind_jong_leeftijd"));
    CHECK_FALSE(fired(evaluation, "kind_jong_leeftijd_nee"));
    CHECK_FALSE(
        evaluation.rule("kind_jong_leeftijd")->effect(EffectKind::Suggest)->suggestionMatches);

    filling.context.childBirthDate = day("2021-03-10");  // 4 today
    evaluation = filling.evaluate();
    CHECK_FALSE(fired(evaluation, "kind_jong_leeftijd"));
    CHECK(
        evaluation.rule("kind_jong_leeftijd_nee")->effect(EffectKind::Suggest)->suggestionMatches);
}

TEST_CASE("oordeel_aard is required only when a sign is ja, the judgement always") {
    auto filling = calmRisicotaxatie();
    CHECK_FALSE(filling.evaluate().item("oordeel_aard")->required);
    filling.set("sig_letsel", "ja");
    auto evaluation = filling.evaluate();
    CHECK(evaluation.item("oordeel_aard")->missing());
    filling.set("oordeel_veiligheid", "");
    const auto check = checkSubmission(filling.evaluate());
    CHECK(check.missingItems == std::vector<std::string>{"oordeel_veiligheid", "oordeel_aard"});
}

TEST_CASE("RT10 (v2): an acute crisis suggests the crisis service and needs it or 112") {
    auto filling = calmRisicotaxatie();
    REQUIRE(filling.definition.version() == 2);
    filling.set("acuut_crisis", "ja").set("oordeel_veiligheid", "onveilig");
    filling.set("besluit_acties", "veilig_thuis_melding");
    auto evaluation = filling.evaluate();
    CHECK(firedAs(evaluation, "RT10", EffectKind::Suggest));
    CHECK(firedAs(evaluation, "RT10", EffectKind::Require));
    CHECK(blocksSubmission(evaluation, "RT10"));
    bool blocksVisitClose = false;
    for (const auto* outcome : evaluation.blocking("visit_close")) {
        blocksVisitClose = blocksVisitClose || outcome->id() == "RT10";
    }
    CHECK(blocksVisitClose);
    // RT1 counts acuut_crisis like every acuut_* item.
    CHECK(firedAs(evaluation, "RT1", EffectKind::Suggest));
    filling.set("besluit_acties", "veilig_thuis_melding,politie_112");
    CHECK_FALSE(firedAs(filling.evaluate(), "RT10", EffectKind::Require));
    filling.set("besluit_acties", "crisisdienst,veilig_thuis_melding");
    evaluation = filling.evaluate();
    CHECK_FALSE(firedAs(evaluation, "RT10", EffectKind::Require));
    CHECK(evaluation.rule("RT10")->effect(EffectKind::Suggest)->suggestionMatches);
    filling.set("acuut_crisis", "nee");
    CHECK_FALSE(fired(filling.evaluate(), "RT10"));
}

TEST_CASE("RT11 (v2): a temporary safe place says where the child stays and with whom") {
    auto filling = calmRisicotaxatie();
    CHECK_FALSE(filling.evaluate().item("besluit_toelichting_opvang")->visible);
    filling.set("besluit_acties", "tijdelijke_opvang");
    auto evaluation = filling.evaluate();
    CHECK(evaluation.item("besluit_toelichting_opvang")->visible);
    CHECK(firedAs(evaluation, "RT11", EffectKind::Require));
    filling.set("besluit_toelichting_opvang", "Bij oma in Zeist, tot de evaluatie.");
    CHECK_FALSE(fired(filling.evaluate(), "RT11"));
}
