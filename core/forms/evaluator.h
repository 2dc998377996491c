#pragma once

#include "core/forms/answer.h"
#include "core/forms/definition.h"
#include "core/forms/evaluation.h"

namespace veldwerk::forms {

// Evaluates visibility, required-ness, derived values and every rule of `definition` for the
// given answers. Deterministic: the same inputs give the same Evaluation. Fast enough to run on
// every keystroke (conditions were compiled at parse time). Never throws for any answers.
Evaluation evaluate(const Definition& definition, const AnswerSet& answers,
                    const EvaluationContext& context);

}  // namespace veldwerk::forms
