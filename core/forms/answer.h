#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/forms/definition.h"

namespace veldwerk::forms {

// Answers are plain text in one canonical encoding per type, so the vault stores a string per
// item (per entry field, per author) and needs no knowledge of the types:
//   jnv, choice      the option value: "ja", "onveilig"
//   multi            the chosen option values, sorted by byte value, without repeats, joined by ","
//                    ("gesprek_kind,politie"); "" = nothing chosen
//   text             the text as entered (UTF-8)
//   date             ISO "YYYY-MM-DD"
//   scale0_10/1_5    the whole number in decimal: "7"
//   group            no value of its own; each entry field uses the encoding of the field's type
// The empty (or blank) string means "no answer" for every type. Option values never contain a
// comma or a slash (the parser enforces [a-z0-9_]+), so the encoding is unambiguous.

std::set<std::string> parseMulti(std::string_view text);  // split at commas, trim, drop empties
std::string formatMulti(const std::set<std::string>& values);

struct AnswerCheck {
    bool ok = false;
    std::string canonical;  // ok: the value to store, normalised to the canonical encoding
    std::string error;      // not ok: English, naming the item and what it accepts

    explicit operator bool() const { return ok; }
};

// Checks a value someone wants to store. `path` is an item id, or for a group field
// "GROUP/FIELD" or "GROUP/ENTRY/FIELD" (the entry id is not checked: entries come and go).
AnswerCheck validateAnswer(const Definition& definition, std::string_view path,
                           std::string_view value);

struct GroupEntry {
    std::string id;
    std::map<std::string, std::string, std::less<>> fields;  // field id -> canonical value
};

// The current answers of one assessment, as the engine reads them. It holds text as stored and
// checks nothing; evaluate() treats a value it cannot decode as unanswered and reports it.
class AnswerSet {
public:
    // A single answer (merge policy judgement or set). An empty value removes the answer.
    void set(std::string_view item, std::string value);
    // One author's answer to a `perspective` item.
    void setPerspective(std::string_view item, std::string_view author, std::string value);
    // Adds an entry (kept in insertion order) unless one with this id exists; returns it.
    GroupEntry& addEntry(std::string_view group, std::string_view entryId);
    bool removeEntry(std::string_view group, std::string_view entryId);
    // Sets a field of an entry, adding the entry when it does not exist yet.
    void setField(std::string_view group, std::string_view entryId, std::string_view field,
                  std::string value);
    void clear(std::string_view item);

    const std::string* value(std::string_view item) const;
    const std::map<std::string, std::string, std::less<>>* perspectives(
        std::string_view item) const;
    const std::vector<GroupEntry>* entries(std::string_view group) const;

    const std::map<std::string, std::string, std::less<>>& values() const { return m_values; }
    const std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>>&
    allPerspectives() const {
        return m_perspectives;
    }
    const std::map<std::string, std::vector<GroupEntry>, std::less<>>& groups() const {
        return m_groups;
    }

private:
    std::map<std::string, std::string, std::less<>> m_values;
    std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>>
        m_perspectives;
    std::map<std::string, std::vector<GroupEntry>, std::less<>> m_groups;
};

}  // namespace veldwerk::forms
