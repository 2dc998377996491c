// Derived context, determinism and the generic parts of the evaluator.
#include <catch2/catch.hpp>

#include <random>

#include "core/forms/definition_parser.h"
#include "core/forms/submission_check.h"
#include "forms_fixture.h"

using namespace veldwerk::forms;
using namespace veldwerk::forms::test;

namespace {

// Everything observable about an evaluation, as text, to compare two of them.
std::string describe(const Evaluation& evaluation) {
    std::string text;
    for (const auto& state : evaluation.items) {
        text += std::to_string(state.visible) + std::to_string(state.required) +
                std::to_string(state.answered) + ";";
    }
    for (const auto& counts : evaluation.sections) {
        text += std::to_string(counts.ja) + "/" + std::to_string(counts.nee) + "/" +
                std::to_string(counts.onbekend) + "/" + std::to_string(counts.open) + ";";
    }
    for (double value : evaluation.derived) {
        text += std::to_string(value) + ";";
    }
    for (const auto& outcome : evaluation.rules) {
        text += outcome.id() + (outcome.applies ? "+" : "-");
        for (const auto& effect : outcome.effects) {
            text += std::string(toString(effect.effect->kind)) +
                    std::to_string(effect.suggestionMatches);
            for (const auto& concern : effect.concerns) {
                text += concern + ",";
            }
        }
        text += ";";
    }
    return text;
}

}  // namespace

TEST_CASE("derived context: ja per section, protective factors, share of onbekend") {
    auto filling = calmRisicotaxatie();
    filling.set("sig_letsel", "ja").set("sig_seksueel", "ja").set("sig_angst_kind", "onbekend");
    filling.set("kracht_band", "ja").set("kracht_kind", "ja").set("kracht_netwerk", "ja");
    filling.set("ouder_jong", "");
    const auto evaluation = filling.evaluate();
    const auto& sections = filling.definition.sections();
    bool seenSignalen = false;
    for (const auto& counts : evaluation.sections) {
        const auto& id = sections[counts.section].id;
        if (id == "signalen") {
            seenSignalen = true;
            CHECK(counts.ja == 2);
            CHECK(counts.onbekend == 1);
            CHECK(counts.nee == 6);
        }
        if (id == "ouder") {
            CHECK(counts.open == 1);
        }
        CHECK(id != "oordeel");  // no jnv items there, no counts shown
    }
    CHECK(seenSignalen);
    CHECK(evaluation.derivedValue("krachten_aanwezig") == 3.0);
    CHECK(evaluation.derivedValue("aandeel_onbekend").value() == Approx(1.0 / 42.0));
    CHECK_FALSE(evaluation.derivedValue("bestaat_niet").has_value());
}

TEST_CASE("evaluation is deterministic, whatever the order answers arrived in") {
    auto filling = calmRisicotaxatie();
    filling.set("acuut_letsel", "ja").set("oordeel_risico", "hoog").set("sig_letsel", "onbekend");
    filling.context.conflicts = {"oordeel_risico"};
    const auto first = describe(filling.evaluate());
    CHECK(describe(filling.evaluate()) == first);

    // The same answers inserted in a shuffled order.
    std::vector<std::pair<std::string, std::string>> pairs(filling.answers.values().begin(),
                                                           filling.answers.values().end());
    std::mt19937 random(42);
    std::shuffle(pairs.begin(), pairs.end(), random);
    Filling shuffled("risicotaxatie");
    shuffled.context = filling.context;
    for (const auto& [item, value] : pairs) {
        shuffled.set(item, value);
    }
    CHECK(describe(shuffled.evaluate()) == first);
}

TEST_CASE("an empty assessment evaluates without surprises in every shipped form") {
    for (const auto* definition : shippedForms().all()) {
        INFO(definition->key());
        EvaluationContext context;
        context.today = day(kToday);
        const auto evaluation = evaluate(*definition, AnswerSet{}, context);
        CHECK(evaluation.items.size() == definition->items().size());
        CHECK(evaluation.rules.size() == definition->rules().size());
        CHECK(evaluation.invalidAnswers.empty());
        const auto check = checkSubmission(evaluation);
        // Nothing is filled: whatever is required is missing, except for the monitoring form.
        CHECK(check.allowed() == (definition->id() == "samenwerking"));
    }
}

TEST_CASE("conditions on other assessments can filter by status and by answer") {
    const auto parsed = parseDefinition(R"({
      "format": 1, "id": "proef", "version": 1, "subject": "case",
      "title": {"nl": "Proef", "en": "Trial"},
      "sections": [{"id": "s", "title": {"nl": "S", "en": "S"}, "items": [
        {"id": "vraag", "type": "jnv", "label": {"nl": "Vraag", "en": "Question"}}]}],
      "rules": [{"id": "R1", "message": {"nl": "Eerst een goedgekeurde melding", "en": "Approved report first"},
        "effects": [{"kind": "require", "condition": {"otherAssessment": {
          "form": "meldcode_afweging", "status": ["submitted", "approved"],
          "eq": ["mc_besluit", "melden"]}}}]}]
    })",
                                        "proef.v1.json");
    REQUIRE(parsed.ok());
    EvaluationContext context;
    context.today = day(kToday);
    OtherAssessment other;
    other.formId = "meldcode_afweging";
    other.status = "draft";
    other.answers["mc_besluit"] = "melden";
    context.otherAssessments.push_back(other);
    const auto blocked = [&] {
        return evaluate(*parsed.definition, AnswerSet{}, context).rule("R1")->fired();
    };
    CHECK(blocked());  // a draft does not count here
    context.otherAssessments[0].status = "approved";
    CHECK_FALSE(blocked());
    context.otherAssessments[0].answers["mc_besluit"] = "hulp_organiseren";
    CHECK(blocked());
}
