#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/forms/answer.h"
#include "core/forms/date.h"
#include "core/forms/definition.h"

namespace veldwerk::forms {

// Another assessment of the same case, summarised for rules such as RT4, RT5 and KC4.
struct OtherAssessment {
    std::string formId;
    int version = 1;
    std::string status;  // draft | submitted | approved | returned
    std::map<std::string, std::string, std::less<>> answers;  // single answers, canonical text
    std::map<std::string, std::vector<GroupEntry>, std::less<>>
        groupEntries;  // group id -> entries
};

// What the engine needs besides the answers. Passing `today` in keeps evaluation deterministic.
struct EvaluationContext {
    Date today;
    std::optional<Date> childBirthDate;  // of the subject child, for the kind_jong suggestion
    std::vector<OtherAssessment> otherAssessments;
    // Items currently in a merge conflict: "item", or "group/entry/field" for a group field.
    std::set<std::string, std::less<>> conflicts;
};

struct ItemState {
    bool visible = true;
    bool required = false;  // required right now (only ever true while visible)
    bool answered = false;  // has a valid stored answer (also when hidden: it is kept, not used)

    bool missing() const { return visible && required && !answered; }
};

// Counts of jnv answers in a section among its visible jnv items.
struct SectionCounts {
    std::uint32_t section = 0;
    int ja = 0;
    int nee = 0;
    int onbekend = 0;
    int open = 0;  // not answered yet
};

struct EffectOutcome {
    const Effect* effect = nullptr;  // points into the Definition that was evaluated
    bool suggestionMatches = false;  // suggest: the answer already is (or contains) the value
    // require/warn: what causes it, e.g. entry ids missing fields, items in conflict.
    std::vector<std::string> concerns;
};

struct RuleOutcome {
    const Rule* rule = nullptr;          // points into the Definition that was evaluated
    bool applies = false;                // the rule's `when` holds
    std::vector<EffectOutcome> effects;  // effects in force; empty = the rule is quiet

    const std::string& id() const { return rule->id; }
    bool fired() const { return !effects.empty(); }
    bool has(EffectKind kind) const { return effect(kind) != nullptr; }
    const EffectOutcome* effect(EffectKind kind) const;
};

// An answer the engine could not use (it is treated as unanswered).
struct AnswerProblem {
    std::string path;  // item, "item@author" or "group/entry/field"
    std::string error;
};

// The outcome of one evaluation. Vectors are index-aligned with the Definition: items with
// items(), rules with rules(), derived with derived(). Valid while the Definition lives.
struct Evaluation {
    const Definition* definition = nullptr;
    std::vector<ItemState> items;
    std::vector<SectionCounts> sections;  // only sections with jnv items, in definition order
    std::vector<double> derived;
    std::vector<RuleOutcome> rules;
    std::vector<AnswerProblem> invalidAnswers;

    const ItemState* item(std::string_view itemId) const;
    const RuleOutcome* rule(std::string_view ruleId) const;
    std::optional<double> derivedValue(std::string_view derivedId) const;
    // Require effects in force that block `action` ("submission", "visit_close", ...).
    std::vector<const RuleOutcome*> blocking(std::string_view action = "submission") const;
};

}  // namespace veldwerk::forms
