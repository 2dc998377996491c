#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/forms/evaluation.h"

namespace veldwerk::forms {

// A rule effect in force, as the submission screen (or `assessment submit`) lists it.
struct RuleNotice {
    std::string ruleId;
    LocalizedText message;
    std::vector<std::string> concerns;  // entry ids or conflicted items, when the rule names them
    std::string justification;          // warnings: the written justification given, if any
};

// Whether an evaluated assessment may be submitted, and why not. Submission needs: every
// visible required item answered, no stored answer invalid, no require rule in force that
// blocks submission, and a written justification for every warning in force. Flags never block:
// they put the assessment in front of the supervisor.
struct SubmissionCheck {
    std::vector<std::string> missingItems;
    std::vector<AnswerProblem> invalidAnswers;
    std::vector<RuleNotice> blockers;
    std::vector<RuleNotice> warnings;
    std::vector<RuleNotice> flags;

    bool justified(const RuleNotice& warning) const;
    std::vector<std::string> unjustifiedWarnings() const;
    bool allowed() const;
};

// Whether a rule of the definition can ask for a written justification (it has a warn effect).
bool asksJustification(const Definition& definition, std::string_view ruleId);

// `justifications`: rule id -> written justification (blank text does not count).
SubmissionCheck checkSubmission(
    const Evaluation& evaluation,
    const std::map<std::string, std::string, std::less<>>& justifications = {});

}  // namespace veldwerk::forms
