#include "core/forms/submission_check.h"

#include <algorithm>

namespace veldwerk::forms {

namespace {

bool blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

}  // namespace

bool SubmissionCheck::justified(const RuleNotice& warning) const {
    return !blank(warning.justification);
}

std::vector<std::string> SubmissionCheck::unjustifiedWarnings() const {
    std::vector<std::string> ids;
    for (const auto& warning : warnings) {
        if (!justified(warning)) {
            ids.push_back(warning.ruleId);
        }
    }
    return ids;
}

bool SubmissionCheck::allowed() const {
    return missingItems.empty() && invalidAnswers.empty() && blockers.empty() &&
           unjustifiedWarnings().empty();
}

bool asksJustification(const Definition& definition, std::string_view ruleId) {
    const auto* rule = definition.rule(ruleId);
    return rule != nullptr &&
           std::any_of(rule->effects.begin(), rule->effects.end(),
                       [](const Effect& e) { return e.kind == EffectKind::Warn; });
}

SubmissionCheck checkSubmission(
    const Evaluation& evaluation,
    const std::map<std::string, std::string, std::less<>>& justifications) {
    SubmissionCheck check;
    if (!evaluation.definition) {
        return check;
    }
    const auto& items = evaluation.definition->items();
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (evaluation.items[i].missing()) {
            check.missingItems.push_back(items[i].id);
        }
    }
    check.invalidAnswers = evaluation.invalidAnswers;
    for (const auto& outcome : evaluation.rules) {
        for (const auto& effect : outcome.effects) {
            RuleNotice notice{outcome.id(), effect.effect->message, effect.concerns, {}};
            const auto& blocks = effect.effect->blocks;
            switch (effect.effect->kind) {
                case EffectKind::Require:
                    if (std::find(blocks.begin(), blocks.end(), "submission") != blocks.end()) {
                        check.blockers.push_back(std::move(notice));
                    }
                    break;
                case EffectKind::Warn: {
                    const auto found = justifications.find(outcome.id());
                    if (found != justifications.end()) {
                        notice.justification = found->second;
                    }
                    check.warnings.push_back(std::move(notice));
                    break;
                }
                case EffectKind::Flag:
                    check.flags.push_back(std::move(notice));
                    break;
                case EffectKind::Suggest:
                case EffectKind::Hide:
                    break;
            }
        }
    }
    return check;
}

}  // namespace veldwerk::forms
