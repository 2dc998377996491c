// KC1-KC6 through the engine with the shipped kindcheck definition.
#include <catch2/catch.hpp>

#include "core/forms/submission_check.h"
#include "forms_fixture.h"

using namespace veldwerk::forms;
using namespace veldwerk::forms::test;

namespace {

Filling withChildren() {
    Filling filling("kindcheck");
    filling.set("kc_aanleiding", "verslaving")
        .set("kc_zorgt_voor_kinderen", "ja")
        .set("kc_zwanger", "nee")
        .set("kc_zorg_geregeld", "ja")
        .set("kc_zorgen", "nee")
        .set("kc_conclusie", "geen_zorgen")
        .set("kc_acties", "geen_actie");
    filling.answers.setField("kc_kinderen", "k1", "naam", "S.");
    filling.answers.setField("kc_kinderen", "k1", "verblijf", "bij_client");
    return filling;
}

OtherAssessment meldcode() {
    OtherAssessment assessment;
    assessment.formId = "meldcode_afweging";
    assessment.status = "draft";
    return assessment;
}

}  // namespace

TEST_CASE("a kindcheck with children and no worries fires no rule") {
    const auto evaluation = withChildren().evaluate();
    for (const auto& outcome : evaluation.rules) {
        INFO(outcome.id());
        CHECK_FALSE(outcome.fired());
    }
    CHECK(checkSubmission(evaluation).allowed());
}

TEST_CASE("KC1: caring for children requires at least one kc_kinderen entry") {
    auto filling = withChildren();
    filling.answers.removeEntry("kc_kinderen", "k1");
    CHECK(firedAs(filling.evaluate(), "KC1", EffectKind::Require));
    filling.answers.addEntry("kc_kinderen", "k2");
    CHECK_FALSE(fired(filling.evaluate(), "KC1"));
    filling.answers.removeEntry("kc_kinderen", "k2");
    filling.set("kc_zorgt_voor_kinderen", "nee");
    CHECK_FALSE(fired(filling.evaluate(), "KC1"));
}

TEST_CASE("KC2: onbekend whether the client cares for children blocks submission") {
    auto filling = withChildren();
    filling.set("kc_zorgt_voor_kinderen", "onbekend");
    const auto evaluation = filling.evaluate();
    CHECK(firedAs(evaluation, "KC2", EffectKind::Require));
    const auto check = checkSubmission(evaluation);
    REQUIRE(check.blockers.size() == 1);
    CHECK(check.blockers[0].ruleId == "KC2");
    filling.set("kc_zorgt_voor_kinderen", "ja");
    CHECK_FALSE(fired(filling.evaluate(), "KC2"));
}

TEST_CASE("KC3: care not arranged suggests acuut_onveilig and flags") {
    auto filling = withChildren();
    filling.set("kc_zorg_geregeld", "nee");
    auto evaluation = filling.evaluate();
    const auto* suggestion = evaluation.rule("KC3")->effect(EffectKind::Suggest);
    REQUIRE(suggestion != nullptr);
    CHECK(suggestion->effect->value == "acuut_onveilig");
    CHECK(firedAs(evaluation, "KC3", EffectKind::Flag));
    CHECK(checkSubmission(evaluation).flags.at(0).ruleId == "KC3");
    filling.set("kc_zorg_geregeld", "onbekend");
    CHECK_FALSE(fired(filling.evaluate(), "KC3"));
}

TEST_CASE("KC4: zorgen requires meldcode_starten and a started meldcode_afweging") {
    auto filling = withChildren();
    filling.set("kc_zorgen", "ja")
        .set("kc_conclusie", "zorgen")
        .set("kc_acties", "jgt_inschakelen");
    auto evaluation = filling.evaluate();
    CHECK(firedAs(evaluation, "KC4", EffectKind::Require));
    // With a child listed, the engine offers a risicotaxatie per child.
    CHECK(evaluation.rule("KC4")->effect(EffectKind::Suggest)->effect->value ==
          "risicotaxatie_per_kind");

    filling.set("kc_acties", "meldcode_starten");
    CHECK(firedAs(filling.evaluate(), "KC4", EffectKind::Require));  // not started yet
    filling.context.otherAssessments.push_back(meldcode());
    evaluation = filling.evaluate();
    CHECK_FALSE(firedAs(evaluation, "KC4", EffectKind::Require));
    CHECK(firedAs(evaluation, "KC4", EffectKind::Suggest));

    filling.set("kc_conclusie", "geen_zorgen");
    CHECK_FALSE(fired(filling.evaluate(), "KC4"));
}

TEST_CASE("KC5: acuut_onveilig requires a Veilig Thuis melding or advies") {
    auto filling = withChildren();
    filling.set("kc_conclusie", "acuut_onveilig").set("kc_acties", "jgt_inschakelen");
    CHECK(firedAs(filling.evaluate(), "KC5", EffectKind::Require));
    filling.set("kc_acties", "jgt_inschakelen,veilig_thuis_advies");
    CHECK_FALSE(fired(filling.evaluate(), "KC5"));
    filling.set("kc_acties", "veilig_thuis_melding");
    CHECK_FALSE(fired(filling.evaluate(), "KC5"));
}

TEST_CASE("KC6: no children and no pregnancy hides the child items") {
    Filling filling("kindcheck");
    filling.set("kc_zorgt_voor_kinderen", "nee")
        .set("kc_zwanger", "nee")
        .set("kc_conclusie", "geen_zorgen");
    filling.set("kc_zorgen", "ja");  // stale answer from before: kept, but not used
    auto evaluation = filling.evaluate();
    CHECK(firedAs(evaluation, "KC6", EffectKind::Hide));
    for (const char* id : {"kc_kinderen", "kc_zorg_geregeld", "kc_zorgen", "kc_andere_hulp"}) {
        INFO(id);
        CHECK_FALSE(evaluation.item(id)->visible);
    }
    CHECK(evaluation.item("kc_zorgen")->answered);
    CHECK(evaluation.item("kc_conclusie")->visible);
    CHECK(checkSubmission(evaluation).allowed());  // a check without children is recorded too

    filling.set("kc_zwanger", "ja");
    evaluation = filling.evaluate();
    CHECK_FALSE(fired(evaluation, "KC6"));
    CHECK(evaluation.item("kc_kinderen")->visible);
    CHECK(evaluation.item("kc_zorg_geregeld")->visible);
}
