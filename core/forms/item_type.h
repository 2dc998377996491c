#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace veldwerk::forms {

// The answer types of instruments.md. A `Group` is a repeating group of entries, each entry with
// its own id and typed fields.
enum class ItemType : std::uint8_t { Jnv, Choice, Multi, Text, Date, Scale0_10, Scale1_5, Group };

// How concurrent offline edits of one item merge (instruments.md, "Conventions").
enum class MergePolicy : std::uint8_t { Judgement, Set, Entries, Perspective };

std::string_view toString(ItemType type);
std::string_view toString(MergePolicy policy);
std::optional<ItemType> itemTypeFromString(std::string_view text);
std::optional<MergePolicy> mergePolicyFromString(std::string_view text);

// The policy an item gets when its definition names none.
MergePolicy defaultMergePolicy(ItemType type);
// `set` only makes sense for multi, `entries` only for groups, `perspective` only for scales
// (each author gives their own score); `judgement` for every other single answer.
bool mergePolicyFits(ItemType type, MergePolicy policy);

// Types whose answers are drawn from a list of option values (jnv has the fixed list
// ja/nee/onbekend).
bool hasOptions(ItemType type);
bool isScale(ItemType type);
int scaleMin(ItemType type);
int scaleMax(ItemType type);

// A text shown to users: plain professional Dutch first, English second.
struct LocalizedText {
    std::string nl;
    std::string en;

    // "en" gives English; any other language gives Dutch, the working language.
    const std::string& in(std::string_view language) const { return language == "en" ? en : nl; }
    bool complete() const { return !nl.empty() && !en.empty(); }
};

}  // namespace veldwerk::forms
