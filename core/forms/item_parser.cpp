// Items, their options and group fields: part of DefinitionParser (definition_parser_impl.h).
#include "core/forms/definition_parser_impl.h"

namespace veldwerk::forms {

namespace {

constexpr std::size_t kMaxOptions = 64;  // multi answers are evaluated as a 64-bit set

const std::vector<Option>& jnvOptions() {
    static const std::vector<Option> options{
        {"ja", {"Ja", "Yes"}},
        {"nee", {"Nee", "No"}},
        {"onbekend", {"Onbekend", "Unknown"}},
    };
    return options;
}

}  // namespace

void DefinitionParser::parseItem(const Json& json, const std::string& path, std::uint32_t section) {
    if (!m_context.checkObject(json, path, "an item")) {
        return;
    }
    Item item;
    item.section = section;
    item.id = m_context.text(json, "id", path).value_or("");
    m_context.enterItem(item.id);
    m_context.checkKeys(
        json,
        {"id", "type", "merge", "label", "help", "options", "fields", "required", "visibleWhen"},
        path);
    if (!item.id.empty() && !isIdentifier(item.id)) {
        m_context.fail("invalid-id", "item id must match [a-z][a-z0-9_]*", path + "/id");
    }
    if (!item.id.empty() && m_definition->m_itemIndex.contains(item.id)) {
        m_context.fail("duplicate-item", "item id '" + item.id + "' is used twice", path + "/id");
    }
    const auto typeName = m_context.text(json, "type", path);
    const auto type = typeName ? itemTypeFromString(*typeName) : std::nullopt;
    if (typeName && !type) {
        m_context.fail("unknown-type",
                       "unknown item type '" + *typeName +
                           "' (jnv, choice, multi, text, date, scale0_10, scale1_5, group)",
                       path + "/type");
    }
    item.type = type.value_or(ItemType::Text);
    item.merge = defaultMergePolicy(item.type);
    if (const auto merge = m_context.text(json, "merge", path, false)) {
        const auto policy = mergePolicyFromString(*merge);
        if (!policy) {
            m_context.fail(
                "bad-merge-policy",
                "unknown merge policy '" + *merge + "' (judgement, set, entries, perspective)",
                path + "/merge");
        } else if (type && !mergePolicyFits(item.type, *policy)) {
            m_context.fail("bad-merge-policy",
                           "merge policy '" + *merge + "' does not fit a " + *typeName + " item",
                           path + "/merge");
        } else {
            item.merge = *policy;
        }
    }
    item.label = m_context.localized(json, "label", path).value_or(LocalizedText{});
    item.help = m_context.localized(json, "help", path, false).value_or(LocalizedText{});
    if (type) {
        item.options = parseOptions(json, item.type, path);
        parseFields(json, item, path);
    }
    const auto required = json.find("required");
    if (required != json.end() && required->is_boolean()) {
        item.required = required->get<bool>();
    }
    m_context.leaveScope();
    if (!item.id.empty() && !m_definition->m_itemIndex.contains(item.id)) {
        m_definition->m_itemIndex.emplace(item.id,
                                          static_cast<std::uint32_t>(m_definition->m_items.size()));
    }
    m_definition->m_sections[section].items.push_back(
        static_cast<std::uint32_t>(m_definition->m_items.size()));
    m_definition->m_items.push_back(std::move(item));
    m_itemJson.emplace_back(&json, path);
}

std::vector<Option> DefinitionParser::parseOptions(const Json& owner, ItemType type,
                                                   const std::string& path) {
    const bool listed = type == ItemType::Choice || type == ItemType::Multi;
    if (!listed) {
        if (owner.contains("options")) {
            m_context.fail("options-not-allowed",
                           std::string("a ") + std::string(toString(type)) +
                               " item takes no options" +
                               (type == ItemType::Jnv ? " (ja/nee/onbekend are fixed)" : ""),
                           path + "/options");
        }
        return type == ItemType::Jnv ? jnvOptions() : std::vector<Option>{};
    }
    std::vector<Option> options;
    const Json* list = m_context.array(owner, "options", path, false);
    if (!list || list->empty()) {
        if (!owner.contains("options") || list) {
            m_context.fail("missing-options", "a choice or multi item needs options",
                           path + "/options");
        }
        return options;
    }
    if (list->size() > kMaxOptions) {
        m_context.fail("too-many-options", "at most 64 options", path + "/options");
        return options;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto here = childPath(path + "/options", i);
        const auto& json = (*list)[i];
        if (!m_context.checkObject(json, here, "an option")) {
            continue;
        }
        m_context.checkKeys(json, {"value", "label"}, here);
        Option option;
        option.value = m_context.text(json, "value", here).value_or("");
        if (!isOptionValue(option.value)) {
            m_context.fail("invalid-option-value",
                           "option value '" + option.value + "' must match [a-z0-9_]+",
                           here + "/value");
        }
        for (const auto& other : options) {
            if (other.value == option.value) {
                m_context.fail("duplicate-option", "option '" + option.value + "' is listed twice",
                               here + "/value");
            }
        }
        option.label = m_context.localized(json, "label", here).value_or(LocalizedText{});
        options.push_back(std::move(option));
    }
    return options;
}

void DefinitionParser::parseFields(const Json& owner, Item& item, const std::string& path) {
    if (item.type != ItemType::Group) {
        if (owner.contains("fields")) {
            m_context.fail("fields-not-allowed", "only a group item has fields", path + "/fields");
        }
        return;
    }
    const Json* list = m_context.array(owner, "fields", path, false);
    if (!list || list->empty()) {
        m_context.fail("group-without-fields", "a group needs at least one field",
                       path + "/fields");
        return;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto here = childPath(path + "/fields", i);
        const auto& json = (*list)[i];
        if (!m_context.checkObject(json, here, "a field")) {
            continue;
        }
        m_context.checkKeys(json, {"id", "type", "label", "options"}, here);
        Field field;
        field.id = m_context.text(json, "id", here).value_or("");
        if (!isIdentifier(field.id)) {
            m_context.fail("invalid-id", "field id '" + field.id + "' must match [a-z][a-z0-9_]*",
                           here + "/id");
        }
        if (item.field(field.id)) {
            m_context.fail("duplicate-field", "field '" + field.id + "' is used twice",
                           here + "/id");
        }
        const auto typeName = m_context.text(json, "type", here);
        const auto type = typeName ? itemTypeFromString(*typeName) : std::nullopt;
        if (typeName && (!type || *type == ItemType::Group)) {
            m_context.fail(type ? "bad-field-type" : "unknown-type",
                           "field type '" + *typeName + "' is not allowed in a group",
                           here + "/type");
        }
        field.type = type && *type != ItemType::Group ? *type : ItemType::Text;
        field.label = m_context.localized(json, "label", here).value_or(LocalizedText{});
        field.options = parseOptions(json, field.type, here);
        item.fields.push_back(std::move(field));
    }
}

}  // namespace veldwerk::forms
