#pragma once

#include <vector>

#include "core/forms/answer.h"
#include "core/forms/definition.h"
#include "core/forms/evaluation.h"

namespace veldwerk::forms {

struct MappedAnswers {
    AnswerSet answers;
    std::vector<AnswerProblem> dropped;  // answers that have no place in the newer version
};

// Carries answers from `from` to `to` using `to.mapping()`, which must map from `from`'s version
// (one step; chain calls for more). Only used when a person explicitly moves an assessment to a
// newer version: an assessment otherwise keeps the version it started with. Every carried value
// is checked against the newer definition; what does not fit is listed, never silently changed.
MappedAnswers mapAnswers(const Definition& from, const Definition& to, const AnswerSet& answers);

}  // namespace veldwerk::forms
