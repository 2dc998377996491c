#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/forms/condition.h"
#include "core/forms/item_type.h"

namespace veldwerk::forms {

struct Option {
    std::string value;  // stable id, [a-z0-9_]+, stored in answers
    LocalizedText label;
};

// A field of a group entry. Fields merge as `judgement` (instruments.md: `entries`).
struct Field {
    std::string id;
    ItemType type = ItemType::Text;  // never Group
    LocalizedText label;
    std::vector<Option> options;

    std::optional<std::int32_t> optionIndex(std::string_view value) const;
};

// A rule effect hiding an item: rule index and effect index into Definition::rules().
struct HideSource {
    std::uint32_t rule = 0;
    std::uint32_t effect = 0;
};

struct Item {
    std::string id;
    ItemType type = ItemType::Text;
    MergePolicy merge = MergePolicy::Judgement;
    std::uint32_t section = 0;
    LocalizedText label;
    LocalizedText help;           // optional explanation; may be empty
    std::vector<Option> options;  // jnv: always ja, nee, onbekend
    std::vector<Field> fields;    // group only
    bool required = false;
    std::optional<ConditionRef> requiredWhen;  // required only while this holds
    std::optional<ConditionRef> visibleWhen;   // shown only while this holds
    std::vector<HideSource> hiddenBy;          // rule effects that can hide this item

    std::optional<std::int32_t> optionIndex(std::string_view value) const;
    const Field* field(std::string_view fieldId) const;
};

struct Section {
    std::string id;
    LocalizedText title;
    std::vector<std::uint32_t> items;
};

enum class EffectKind : std::uint8_t { Suggest, Require, Warn, Flag, Hide };
std::string_view toString(EffectKind kind);

struct Effect {
    EffectKind kind = EffectKind::Flag;
    // Require: what must hold while the rule applies (else it blocks). Warn/Flag/Hide/Suggest: an
    // extra condition on top of the rule's `when` (always true when the file gives none).
    ConditionRef condition = 0;
    LocalizedText message;             // the rule's message unless the effect has its own
    std::uint32_t item = 0;            // Suggest: the item
    std::string value;                 // Suggest: the suggested option (multi: one to add)
    std::int32_t valueIndex = 0;       // Suggest: its option index
    std::vector<std::uint32_t> items;  // Hide: hidden items
    std::vector<std::string>
        blocks;  // Require: actions it blocks, e.g. "submission", "visit_close"
};

struct Rule {
    std::string id;  // as in instruments.md: RT1, KC4, ...
    ConditionRef when = 0;
    LocalizedText message;
    std::vector<Effect> effects;
};

// A value shown while filling but never stored, e.g. the number of protective factors present.
struct DerivedValue {
    std::string id;
    LocalizedText label;
    ConditionRef measure = 0;  // a Count or Share node without comparisons
};

// How answers of an older version map onto this version. Items not named keep their id when
// this version still has an item of that id; a null target drops the item.
struct VersionMapping {
    int fromVersion = 0;
    std::map<std::string, std::optional<std::string>, std::less<>> items;  // old id -> new id
    // new item id -> (old option value -> new option value)
    std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> values;
};

// One instrument in one version, immutable once parsed. Built by parseDefinition().
class Definition {
public:
    const std::string& id() const { return m_id; }
    int version() const { return m_version; }
    const std::string& subject() const { return m_subject; }  // child | adult | case
    const LocalizedText& title() const { return m_title; }
    const LocalizedText& description() const { return m_description; }
    const std::string& fileName() const { return m_fileName; }

    const std::vector<Section>& sections() const { return m_sections; }
    const std::vector<Item>& items() const { return m_items; }
    const std::vector<Rule>& rules() const { return m_rules; }
    const std::vector<DerivedValue>& derived() const { return m_derived; }
    const std::vector<ConditionNode>& conditions() const { return m_conditions; }
    const std::optional<VersionMapping>& mapping() const { return m_mapping; }

    std::optional<std::uint32_t> itemIndex(std::string_view itemId) const;
    const Item* item(std::string_view itemId) const;
    const Rule* rule(std::string_view ruleId) const;
    const DerivedValue* derivedValue(std::string_view derivedId) const;
    std::string key() const { return m_id + ".v" + std::to_string(m_version); }

private:
    friend class DefinitionParser;

    std::string m_id;
    int m_version = 0;
    std::string m_subject;
    LocalizedText m_title;
    LocalizedText m_description;
    std::string m_fileName;
    std::vector<Section> m_sections;
    std::vector<Item> m_items;
    std::vector<Rule> m_rules;
    std::vector<DerivedValue> m_derived;
    std::vector<ConditionNode> m_conditions;
    std::optional<VersionMapping> m_mapping;
    std::map<std::string, std::uint32_t, std::less<>> m_itemIndex;
};

}  // namespace veldwerk::forms
