// The field names of `answer` changes (PROTOCOL.md "Data model"): ITEM, ITEM@AUTHOR (a
// perspective answer: each author their own), GROUP/ENTRY (an entry exists: "entry" or null) and
// GROUP/ENTRY/FIELD (a field of one entry).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace veldwerk::sync::server::merge {

enum class AnswerFieldKind { Item, Perspective, Entry, EntryField };

struct AnswerField {
    AnswerFieldKind kind = AnswerFieldKind::Item;
    std::string item;    // the item (the group for entries)
    std::string author;  // Perspective: the user the answer belongs to
    std::string entry;   // Entry, EntryField
    std::string field;   // EntryField
};

// nullopt for a name of none of these shapes (an empty part, a '@' in a group path, ...).
std::optional<AnswerField> parseAnswerField(std::string_view name);

}  // namespace veldwerk::sync::server::merge
