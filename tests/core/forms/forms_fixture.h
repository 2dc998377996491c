#pragma once

#include <string>
#include <string_view>

#include "core/forms/answer.h"
#include "core/forms/definition.h"
#include "core/forms/evaluation.h"
#include "core/forms/evaluator.h"
#include "core/forms/registry.h"

namespace veldwerk::forms::test {

// The shipped definitions, loaded once from the source tree (fails the test if any is broken).
const FormRegistry& shippedForms();
const Definition& shipped(std::string_view formId);
std::string shippedText(std::string_view formId);  // the raw JSON of a shipped file

Date day(const char* iso);
inline constexpr const char* kToday = "2025-03-10";

// An assessment being filled: answers plus context, evaluated on demand.
struct Filling {
    explicit Filling(std::string_view formId);

    Filling& set(std::string_view item, std::string value) {
        answers.set(item, std::move(value));
        return *this;
    }
    Filling& setAll(std::string_view prefix, const std::string& value);
    Evaluation evaluate() const { return forms::evaluate(definition, answers, context); }
    // Date `days` from today in ISO form.
    static std::string inDays(int days);

    const Definition& definition;
    AnswerSet answers;
    EvaluationContext context;
};

// A risicotaxatie with every jnv answered `nee` and a calm, complete judgement: no rule fires.
Filling calmRisicotaxatie();

bool fired(const Evaluation& evaluation, std::string_view ruleId);
bool firedAs(const Evaluation& evaluation, std::string_view ruleId, EffectKind kind);

}  // namespace veldwerk::forms::test
