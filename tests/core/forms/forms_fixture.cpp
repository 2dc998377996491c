#include "forms_fixture.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

namespace veldwerk::forms::test {

const FormRegistry& shippedForms() {
    static const FormRegistry registry = [] {
        FormRegistry loaded;
        const auto report = loaded.loadDirectory(builtinDefinitionsDir());
        for (const auto& error : report.errors) {
            UNSCOPED_INFO(error.toString());
        }
        REQUIRE(report.ok());
        return loaded;
    }();
    return registry;
}

const Definition& shipped(std::string_view formId) {
    const Definition* definition = shippedForms().find(formId);
    REQUIRE(definition != nullptr);
    return *definition;
}

std::string shippedText(std::string_view formId) {
    std::ifstream file(builtinDefinitionsDir() / (std::string(formId) + ".v1.json"));
    REQUIRE(file.good());
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

Date day(const char* iso) {
    const auto date = Date::parse(iso);
    REQUIRE(date.has_value());
    return *date;
}

Filling::Filling(std::string_view formId) : definition(shipped(formId)) {
    context.today = day(kToday);
}

Filling& Filling::setAll(std::string_view prefix, const std::string& value) {
    for (const auto& item : definition.items()) {
        if (item.id.starts_with(prefix) && item.type == ItemType::Jnv) {
            answers.set(item.id, value);
        }
    }
    return *this;
}

std::string Filling::inDays(int days) {
    return Date::fromDays(day(kToday).daysSinceEpoch() + days).toString();
}

Filling calmRisicotaxatie() {
    Filling filling("risicotaxatie");
    for (const auto& item : filling.definition.items()) {
        if (item.type == ItemType::Jnv) {
            filling.answers.set(item.id, "nee");
        }
    }
    filling.set("bronnen", "eigen_observatie,gesprek_ouder")
        .set("oordeel_veiligheid", "veilig")
        .set("oordeel_risico", "laag")
        .set("oordeel_toelichting", "Gezin is stabiel; geen signalen gezien of gemeld.");
    return filling;
}

bool fired(const Evaluation& evaluation, std::string_view ruleId) {
    const RuleOutcome* outcome = evaluation.rule(ruleId);
    REQUIRE(outcome != nullptr);
    return outcome->fired();
}

bool firedAs(const Evaluation& evaluation, std::string_view ruleId, EffectKind kind) {
    const RuleOutcome* outcome = evaluation.rule(ruleId);
    REQUIRE(outcome != nullptr);
    return outcome->has(kind);
}

}  // namespace veldwerk::forms::test
