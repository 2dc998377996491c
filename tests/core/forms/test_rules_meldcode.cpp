// MC1-MC7 through the engine with the shipped meldcode_afweging definition.
#include <catch2/catch.hpp>

#include "core/forms/submission_check.h"
#include "forms_fixture.h"

using namespace veldwerk::forms;
using namespace veldwerk::forms::test;

namespace {

bool visible(const Evaluation& evaluation, const char* item) {
    return evaluation.item(item)->visible;
}

Filling steps() {
    Filling filling("meldcode_afweging");
    filling.set("mc_signalen", "Blauwe plekken, kind bang om naar huis te gaan.")
        .set("mc_signalen_datum", Filling::inDays(-10))
        .set("mc_consultatie_datum", Filling::inDays(-7))
        .set("mc_consultatie_met", "aandachtsfunctionaris,collega")
        .set("mc_gesprek", "gevoerd");
    return filling;
}

}  // namespace

TEST_CASE("MC1: no suspicion hides v2..v5 and requires besluit geen_vermoeden") {
    auto filling = steps();
    filling.set("mc_v1_vermoeden", "nee").set("mc_besluit", "hulp_organiseren");
    filling.set("mc_v2_onveilig", "ja");  // stale: hidden, so MC2 must not fire on it
    auto evaluation = filling.evaluate();
    CHECK(firedAs(evaluation, "MC1", EffectKind::Hide));
    CHECK(firedAs(evaluation, "MC1", EffectKind::Require));
    for (const char* id :
         {"mc_v2_onveilig", "mc_v3_hulp_mogelijk", "mc_v4_hulp_aanvaard", "mc_v5_resultaat"}) {
        CHECK_FALSE(visible(evaluation, id));
    }
    CHECK_FALSE(fired(evaluation, "MC2"));
    filling.set("mc_besluit", "geen_vermoeden");
    evaluation = filling.evaluate();
    CHECK_FALSE(firedAs(evaluation, "MC1", EffectKind::Require));
    CHECK(checkSubmission(evaluation).allowed());

    filling.set("mc_v1_vermoeden", "ja");
    CHECK_FALSE(fired(filling.evaluate(), "MC1"));
}

TEST_CASE("MC2: acute or structural unsafety makes reporting mandatory and ends the questions") {
    auto filling = steps();
    filling.set("mc_v1_vermoeden", "ja")
        .set("mc_v2_onveilig", "ja")
        .set("mc_besluit", "hulp_organiseren");
    auto evaluation = filling.evaluate();
    CHECK(firedAs(evaluation, "MC2", EffectKind::Require));
    CHECK_FALSE(visible(evaluation, "mc_v3_hulp_mogelijk"));
    CHECK_FALSE(visible(evaluation, "mc_v5_resultaat"));
    filling.set("mc_besluit", "melden_en_hulp").set("mc_melding_datum", Filling::inDays(0));
    CHECK_FALSE(firedAs(filling.evaluate(), "MC2", EffectKind::Require));
    filling.set("mc_v2_onveilig", "nee").set("mc_besluit", "hulp_organiseren");
    CHECK_FALSE(fired(filling.evaluate(), "MC2"));
}

TEST_CASE("MC3: help not possible or not accepted requires reporting") {
    auto filling = steps();
    filling.set("mc_v1_vermoeden", "ja")
        .set("mc_v2_onveilig", "nee")
        .set("mc_besluit", "hulp_organiseren");
    filling.set("mc_v3_hulp_mogelijk", "nee");
    CHECK(firedAs(filling.evaluate(), "MC3", EffectKind::Require));
    filling.set("mc_v3_hulp_mogelijk", "ja").set("mc_v4_hulp_aanvaard", "nee");
    CHECK(firedAs(filling.evaluate(), "MC3", EffectKind::Require));
    filling.set("mc_besluit", "melden").set("mc_melding_datum", Filling::inDays(0));
    CHECK_FALSE(fired(filling.evaluate(), "MC3"));
    filling.set("mc_v4_hulp_aanvaard", "ja").set("mc_besluit", "hulp_organiseren");
    CHECK_FALSE(fired(filling.evaluate(), "MC3"));
}

TEST_CASE("MC4: help without lasting safety requires reporting") {
    auto filling = steps();
    filling.set("mc_v1_vermoeden", "ja")
        .set("mc_v2_onveilig", "nee")
        .set("mc_v3_hulp_mogelijk", "ja")
        .set("mc_v4_hulp_aanvaard", "ja")
        .set("mc_v5_resultaat", "nee")
        .set("mc_besluit", "hulp_organiseren");
    CHECK(firedAs(filling.evaluate(), "MC4", EffectKind::Require));
    filling.set("mc_v5_resultaat", "ja");
    const auto evaluation = filling.evaluate();
    CHECK_FALSE(fired(evaluation, "MC4"));
    CHECK(checkSubmission(evaluation).allowed());
}

TEST_CASE("MC5: a decision to report requires the report date") {
    auto filling = steps();
    filling.set("mc_v1_vermoeden", "ja").set("mc_v2_onveilig", "ja").set("mc_besluit", "melden");
    CHECK(firedAs(filling.evaluate(), "MC5", EffectKind::Require));
    filling.set("mc_melding_datum", Filling::inDays(-1));
    CHECK_FALSE(fired(filling.evaluate(), "MC5"));
    filling.set("mc_besluit", "hulp_organiseren");
    CHECK_FALSE(fired(filling.evaluate(), "MC5"));
}

TEST_CASE("MC6: each question shows only after the previous one continues") {
    auto filling = steps();
    auto evaluation = filling.evaluate();
    CHECK(fired(evaluation, "MC6"));
    CHECK(visible(evaluation, "mc_v1_vermoeden"));
    CHECK_FALSE(visible(evaluation, "mc_v2_onveilig"));

    filling.set("mc_v1_vermoeden", "ja");
    evaluation = filling.evaluate();
    CHECK(visible(evaluation, "mc_v2_onveilig"));
    CHECK(evaluation.item("mc_v2_onveilig")->missing());  // required while visible
    CHECK_FALSE(visible(evaluation, "mc_v3_hulp_mogelijk"));

    filling.set("mc_v2_onveilig", "nee").set("mc_v3_hulp_mogelijk", "ja");
    evaluation = filling.evaluate();
    CHECK(visible(evaluation, "mc_v4_hulp_aanvaard"));
    CHECK_FALSE(visible(evaluation, "mc_v5_resultaat"));

    filling.set("mc_v4_hulp_aanvaard", "ja");
    evaluation = filling.evaluate();
    CHECK(visible(evaluation, "mc_v5_resultaat"));
    CHECK_FALSE(fired(evaluation, "MC6"));  // every question is reachable: nothing hidden

    // Changing an early answer hides the later ones again (their answers are kept).
    filling.set("mc_v3_hulp_mogelijk", "nee");
    evaluation = filling.evaluate();
    CHECK_FALSE(visible(evaluation, "mc_v4_hulp_aanvaard"));
    CHECK_FALSE(visible(evaluation, "mc_v5_resultaat"));
    CHECK(evaluation.item("mc_v4_hulp_aanvaard")->answered);
}

TEST_CASE("MC7: step dates out of order or in the future warn") {
    auto filling = steps();
    CHECK_FALSE(fired(filling.evaluate(), "MC7"));
    filling.set("mc_consultatie_datum", Filling::inDays(-12));  // before the signs were mapped
    CHECK(firedAs(filling.evaluate(), "MC7", EffectKind::Warn));
    filling.set("mc_consultatie_datum", Filling::inDays(-7))
        .set("mc_melding_datum", Filling::inDays(-8));
    CHECK(fired(filling.evaluate(), "MC7"));
    filling.set("mc_melding_datum", Filling::inDays(1));  // in order, but in the future
    CHECK(fired(filling.evaluate(), "MC7"));
    filling.set("mc_melding_datum", Filling::inDays(0));
    CHECK_FALSE(fired(filling.evaluate(), "MC7"));
}
