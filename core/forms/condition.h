#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace veldwerk::forms {

// Conditions are written in JSON in a definition file (see README.md, "Condition language") and
// compiled once, at parse time, into a flat table of nodes with item ids resolved to indices and
// option values resolved to option indices. Evaluation then walks this table only: no JSON, no
// string lookups of item ids.
enum class ConditionOp : std::uint8_t {
    True,
    False,
    All,
    Any,
    Not,
    Eq,               // item answer equals a value
    In,               // item answer is one of several values
    Contains,         // multi answer contains a value
    ContainsAny,      // multi answer contains one of several values
    Answered,         // item has an answer (group: at least one entry)
    Count,            // number of selected items answered with a value, compared
    Share,            // that number divided by the selected visible items, compared
    Derived,          // a declared derived value, compared
    EntryCount,       // number of entries of a group, compared
    EveryEntry,       // every entry of a group has the listed fields filled
    DaysFromToday,    // (date answer - today) in days, compared; false when unanswered
    DateOrder,        // the answered dates of the listed items do not decrease
    ChildAgeYears,    // completed years of the subject child, compared; false when unknown
    OtherAssessment,  // another assessment of the same case matches
    InConflict,       // one of the selected items is in a merge conflict
};

// A numeric test such as {"gte": 0.3}; a node holds a list of them, all must hold.
struct Comparison {
    enum class Cmp : std::uint8_t { Lt, Lte, Gt, Gte, Eq };
    Cmp cmp = Cmp::Eq;
    double value = 0;

    bool holds(double x) const {
        switch (cmp) {
            case Cmp::Lt:
                return x < value;
            case Cmp::Lte:
                return x <= value;
            case Cmp::Gt:
                return x > value;
            case Cmp::Gte:
                return x >= value;
            case Cmp::Eq:
                return x == value;
        }
        return false;
    }
};

using ConditionRef = std::uint32_t;

struct ConditionNode {
    ConditionOp op = ConditionOp::True;
    std::vector<ConditionRef> children;  // All, Any, Not
    // Referenced items, by index into Definition::items(): the single item of Eq/In/Contains/
    // Answered/DaysFromToday/EntryCount/EveryEntry, the selection of Count/Share/InConflict,
    // the ordered dates of DateOrder.
    std::vector<std::uint32_t> items;
    // Eq: option index, scale value or date (days since epoch) of the single item.
    // Count/Share: the counted option's index for each selected item (parallel to `items`).
    std::vector<std::int32_t> values;
    // In/ContainsAny: bit i set = option index (or scale value) i is accepted.
    std::uint64_t valueSet = 0;
    std::vector<Comparison> comparisons;
    std::uint32_t derived = 0;  // Derived: index into Definition::derived()
    // EveryEntry: field ids that must be filled; EntryCount and OtherAssessment: the fields an
    // entry must have filled to count (empty: every entry counts).
    std::vector<std::string> fields;
    std::string form;                   // OtherAssessment: form id
    std::vector<std::string> statuses;  // OtherAssessment: accepted statuses (empty = any)
    std::string group;                  // OtherAssessment: group that must have entries
    std::string answerItem;             // OtherAssessment: item whose answer must equal...
    std::string answerValue;            // ...this canonical value

    bool comparisonsHold(double x) const {
        for (const auto& comparison : comparisons) {
            if (!comparison.holds(x)) {
                return false;
            }
        }
        return true;
    }
};

}  // namespace veldwerk::forms
