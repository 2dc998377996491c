// VP1-VP4 through the engine with the shipped veiligheidsplan definition.
#include <catch2/catch.hpp>

#include "core/forms/submission_check.h"
#include "forms_fixture.h"

using namespace veldwerk::forms;
using namespace veldwerk::forms::test;

namespace {

Filling completePlan() {
    Filling filling("veiligheidsplan");
    filling.answers.setField("vp_zorgen", "z1", "tekst", "Vader drinkt en slaat als hij boos is.");
    filling.answers.setField("vp_bodemeisen", "b1", "eis",
                             "Vader is nooit alleen met de kinderen.");
    filling.answers.setField("vp_afspraken", "a1", "wat", "Oma haalt de kinderen uit school.");
    filling.answers.setField("vp_afspraken", "a1", "wie", "Oma");
    filling.answers.setField("vp_afspraken", "a1", "wanneer", Filling::inDays(1));
    filling.answers.setPerspective("vp_schaal", "jgt:anna", "4");
    filling.answers.setPerspective("vp_schaal", "gi:bert", "3");
    filling.set("vp_akkoord_ouders", "ja").set("vp_evaluatiedatum", Filling::inDays(28));
    return filling;
}

}  // namespace

TEST_CASE("a complete veiligheidsplan fires no rule") {
    const auto evaluation = completePlan().evaluate();
    for (const auto& outcome : evaluation.rules) {
        INFO(outcome.id());
        CHECK_FALSE(outcome.fired());
    }
    CHECK(evaluation.item("vp_schaal")->answered);
    CHECK(checkSubmission(evaluation).allowed());
}

TEST_CASE("VP1: at least one bodemeis and one afspraak") {
    auto filling = completePlan();
    filling.answers.removeEntry("vp_bodemeisen", "b1");
    CHECK(firedAs(filling.evaluate(), "VP1", EffectKind::Require));
    filling.answers.setField("vp_bodemeisen", "b2", "eis", "Geen alcohol in huis.");
    CHECK_FALSE(fired(filling.evaluate(), "VP1"));
    filling.answers.removeEntry("vp_afspraken", "a1");
    CHECK(fired(filling.evaluate(), "VP1"));
}

TEST_CASE("VP2: every afspraak names who and by when") {
    auto filling = completePlan();
    filling.answers.setField("vp_afspraken", "a2", "wat",
                             "Vader meldt zich bij de verslavingszorg.");
    filling.answers.setField("vp_afspraken", "a2", "wie", "Vader");
    filling.answers.setField("vp_afspraken", "a3", "wanneer", Filling::inDays(7));
    auto evaluation = filling.evaluate();
    const auto* require = evaluation.rule("VP2")->effect(EffectKind::Require);
    REQUIRE(require != nullptr);
    CHECK(require->concerns == std::vector<std::string>{"a2", "a3"});  // the entries to fix

    filling.answers.setField("vp_afspraken", "a2", "wanneer", Filling::inDays(14));
    filling.answers.setField("vp_afspraken", "a3", "wie", "Moeder");
    CHECK_FALSE(fired(filling.evaluate(), "VP2"));
    filling.answers.setField("vp_afspraken", "a3", "wie", "  ");  // blank is not filled
    CHECK(fired(filling.evaluate(), "VP2"));
}

TEST_CASE("VP3: an evaluation date is required, more than 6 weeks ahead warns") {
    auto filling = completePlan();
    filling.set("vp_evaluatiedatum", "");
    auto evaluation = filling.evaluate();
    CHECK(firedAs(evaluation, "VP3", EffectKind::Require));
    CHECK_FALSE(firedAs(evaluation, "VP3", EffectKind::Warn));
    filling.set("vp_evaluatiedatum", Filling::inDays(60));
    evaluation = filling.evaluate();
    CHECK_FALSE(firedAs(evaluation, "VP3", EffectKind::Require));
    CHECK(firedAs(evaluation, "VP3", EffectKind::Warn));
    CHECK(checkSubmission(evaluation).unjustifiedWarnings() == std::vector<std::string>{"VP3"});
    CHECK(checkSubmission(evaluation, {{"VP3", "Zomervakantie; gezin is dan weg."}}).allowed());
    filling.set("vp_evaluatiedatum", Filling::inDays(42));
    CHECK_FALSE(fired(filling.evaluate(), "VP3"));
}

TEST_CASE("VP4: parents not agreeing warns and flags") {
    auto filling = completePlan();
    filling.set("vp_akkoord_ouders", "nee");
    const auto evaluation = filling.evaluate();
    CHECK(firedAs(evaluation, "VP4", EffectKind::Warn));
    CHECK(firedAs(evaluation, "VP4", EffectKind::Flag));
    const auto check =
        checkSubmission(evaluation, {{"VP4", "Vader wil niet tekenen; moeder wel."}});
    CHECK(check.allowed());
    CHECK(check.flags.at(0).ruleId == "VP4");
    filling.set("vp_akkoord_ouders", "onbekend");
    CHECK_FALSE(fired(filling.evaluate(), "VP4"));
}

TEST_CASE("VP1: an entry added and left empty is no bodemeis or afspraak") {
    auto filling = completePlan();
    filling.answers.removeEntry("vp_bodemeisen", "b1");
    filling.answers.addEntry("vp_bodemeisen", "leeg");  // no field filled
    filling.answers.setField("vp_bodemeisen", "alleen", "toelichting", "zonder eis");
    CHECK(firedAs(filling.evaluate(), "VP1", EffectKind::Require));
    filling.answers.setField("vp_bodemeisen", "leeg", "eis", "Vader is nooit alleen thuis.");
    CHECK_FALSE(fired(filling.evaluate(), "VP1"));

    filling.answers.removeEntry("vp_afspraken", "a1");
    filling.answers.addEntry("vp_afspraken", "leeg");
    CHECK(firedAs(filling.evaluate(), "VP1", EffectKind::Require));
}

TEST_CASE("VP3: an evaluation date in the past warns") {
    auto filling = completePlan();
    filling.set("vp_evaluatiedatum", Filling::inDays(-3));
    const auto evaluation = filling.evaluate();
    CHECK_FALSE(firedAs(evaluation, "VP3", EffectKind::Require));
    CHECK(firedAs(evaluation, "VP3", EffectKind::Warn));
    CHECK(checkSubmission(evaluation).unjustifiedWarnings() == std::vector<std::string>{"VP3"});
    filling.set("vp_evaluatiedatum", Filling::inDays(0));  // today is not past
    CHECK_FALSE(fired(filling.evaluate(), "VP3"));
}
