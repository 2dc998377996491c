// Rules, their effects and the version mapping: part of DefinitionParser
// (definition_parser_impl.h).
#include <algorithm>
#include <cctype>
#include <iterator>

#include "core/forms/definition_parser_impl.h"

namespace veldwerk::forms {

void DefinitionParser::parseRule(const Json& json, const std::string& path) {
    if (!m_context.checkObject(json, path, "a rule")) {
        return;
    }
    Rule rule;
    rule.id = m_context.text(json, "id", path).value_or("");
    m_context.enterRule(rule.id);
    m_context.checkKeys(json, {"id", "when", "message", "effects"}, path);
    if (!rule.id.empty() && !isRuleId(rule.id)) {
        m_context.fail("invalid-id", "rule id must match [A-Za-z][A-Za-z0-9_]*", path + "/id");
    }
    // Distinct regardless of letter case: a rule's justification travels under its id in
    // lowercase (core/assessment/justification_field.h).
    const auto sameId = [&rule](const Rule& other) {
        return std::equal(other.id.begin(), other.id.end(), rule.id.begin(), rule.id.end(),
                          [](char a, char b) {
                              return std::tolower(static_cast<unsigned char>(a)) ==
                                     std::tolower(static_cast<unsigned char>(b));
                          });
    };
    if (!rule.id.empty() &&
        std::any_of(m_definition->rules().begin(), m_definition->rules().end(), sameId)) {
        m_context.fail("duplicate-rule", "rule id '" + rule.id + "' is used twice", path + "/id");
    }
    rule.when = json.contains("when") ? m_compiler->compile(json["when"], path + "/when")
                                      : m_compiler->constant(true);
    rule.message = m_context.localized(json, "message", path, false).value_or(LocalizedText{});
    const Json* effects = m_context.array(json, "effects", path);
    if (effects && effects->empty()) {
        m_context.fail("rule-without-effects", "a rule needs at least one effect",
                       path + "/effects");
    }
    if (effects) {
        for (std::size_t i = 0; i < effects->size(); ++i) {
            parseEffect((*effects)[i], childPath(path + "/effects", i), rule);
        }
    }
    m_context.leaveScope();
    m_definition->m_rules.push_back(std::move(rule));
}

void DefinitionParser::parseEffect(const Json& json, const std::string& path, Rule& rule) {
    if (!m_context.checkObject(json, path, "an effect")) {
        return;
    }
    m_context.checkKeys(json, {"kind", "condition", "message", "item", "value", "items", "blocks"},
                        path);
    Effect effect;
    const auto kind = m_context.text(json, "kind", path).value_or("");
    static const std::pair<std::string_view, EffectKind> kinds[] = {
        {"suggest", EffectKind::Suggest}, {"require", EffectKind::Require},
        {"warn", EffectKind::Warn},       {"flag", EffectKind::Flag},
        {"hide", EffectKind::Hide},
    };
    const auto found = std::find_if(std::begin(kinds), std::end(kinds),
                                    [&](const auto& entry) { return entry.first == kind; });
    if (found == std::end(kinds)) {
        m_context.fail("unknown-effect-kind",
                       "unknown effect kind '" + kind + "' (suggest, require, warn, flag, hide)",
                       path + "/kind");
        return;
    }
    effect.kind = found->second;
    if (json.contains("condition")) {
        effect.condition = m_compiler->compile(json["condition"], path + "/condition");
    } else if (effect.kind == EffectKind::Require) {
        m_context.fail("missing-field", "a require effect needs the 'condition' that must hold",
                       path + "/condition");
    } else {
        effect.condition = m_compiler->constant(true);
    }
    effect.message = m_context.localized(json, "message", path, false).value_or(rule.message);
    if (!effect.message.complete()) {
        m_context.fail("missing-text", "the rule or the effect needs a message in nl and en",
                       path + "/message");
    }
    if (effect.kind == EffectKind::Suggest) {
        const auto itemId = m_context.text(json, "item", path).value_or("");
        const auto value = m_context.text(json, "value", path).value_or("");
        const Item* item = m_definition->item(itemId);
        if (!item) {
            m_context.failAbout(itemId, "unknown-item",
                                "suggestion for unknown item '" + itemId + "'", path + "/item");
        } else if (!hasOptions(item->type)) {
            m_context.failAbout(itemId, "operator-not-applicable",
                                "suggestions are for jnv, choice or multi items", path + "/item");
        } else if (const auto index = item->optionIndex(value)) {
            effect.item = *m_definition->itemIndex(itemId);
            effect.value = value;
            effect.valueIndex = *index;
        } else {
            m_context.failAbout(itemId, "unknown-option",
                                "'" + value + "' is not an option of item '" + itemId + "'",
                                path + "/value");
        }
    }
    if (effect.kind == EffectKind::Hide) {
        const Json* items = m_context.array(json, "items", path);
        if (items && items->empty()) {
            m_context.fail("missing-field", "a hide effect names at least one item",
                           path + "/items");
        }
        for (std::size_t i = 0; items && i < items->size(); ++i) {
            const auto& entry = (*items)[i];
            const auto itemId = entry.is_string() ? entry.get<std::string>() : std::string();
            if (const auto index = m_definition->itemIndex(itemId)) {
                effect.items.push_back(*index);
            } else {
                m_context.failAbout(itemId, "unknown-item", "hides unknown item '" + itemId + "'",
                                    childPath(path + "/items", i));
            }
        }
    }
    if (effect.kind == EffectKind::Require) {
        effect.blocks = {"submission"};
        if (const Json* blocks = m_context.array(json, "blocks", path, false)) {
            effect.blocks.clear();
            for (std::size_t i = 0; i < blocks->size(); ++i) {
                const auto& entry = (*blocks)[i];
                if (!entry.is_string() || !isIdentifier(entry.get<std::string>())) {
                    m_context.fail("bad-value", "'blocks' lists action names like submission",
                                   childPath(path + "/blocks", i));
                    continue;
                }
                effect.blocks.push_back(entry.get<std::string>());
            }
        }
    }
    rule.effects.push_back(std::move(effect));
}

void DefinitionParser::parseMapping(const Json& doc) {
    const auto found = doc.find("mapping");
    const int version = m_definition->m_version;
    if (found == doc.end()) {
        if (version > 1) {
            m_context.fail("missing-mapping",
                           "version " + std::to_string(version) +
                               " must declare how answers of an older version map",
                           "/mapping");
        }
        return;
    }
    if (version == 1) {
        m_context.fail("bad-mapping", "version 1 has no older version to map from", "/mapping");
        return;
    }
    if (!m_context.checkObject(*found, "/mapping", "'mapping'")) {
        return;
    }
    m_context.checkKeys(*found, {"fromVersion", "items", "values"}, "/mapping");
    VersionMapping mapping;
    const auto from = found->find("fromVersion");
    if (from == found->end() || !from->is_number_integer() || from->get<std::int64_t>() < 1 ||
        from->get<std::int64_t>() >= version) {
        m_context.fail("bad-mapping", "'fromVersion' must be an older version of this form",
                       "/mapping/fromVersion");
        return;
    }
    mapping.fromVersion = static_cast<int>(from->get<std::int64_t>());
    if (const auto items = found->find("items"); items != found->end()) {
        if (!m_context.checkObject(*items, "/mapping/items", "'items'")) {
            return;
        }
        for (const auto& [oldId, target] : items->items()) {
            const auto here = childPath("/mapping/items", oldId);
            if (!isIdentifier(oldId) || !(target.is_null() || target.is_string())) {
                m_context.failAbout(oldId, "bad-mapping",
                                    "map an old item id to a new item id or to null", here);
                continue;
            }
            if (target.is_string() && !m_definition->item(target.get<std::string>())) {
                m_context.failAbout(oldId, "unknown-item",
                                    "maps to unknown item '" + target.get<std::string>() + "'",
                                    here);
                continue;
            }
            mapping.items.emplace(
                oldId, target.is_null() ? std::nullopt : std::optional(target.get<std::string>()));
        }
    }
    if (const auto values = found->find("values"); values != found->end()) {
        if (!m_context.checkObject(*values, "/mapping/values", "'values'")) {
            return;
        }
        for (const auto& [itemId, table] : values->items()) {
            const auto here = childPath("/mapping/values", itemId);
            const Item* item = m_definition->item(itemId);
            if (!item || !hasOptions(item->type) || !table.is_object()) {
                m_context.failAbout(itemId, "bad-mapping",
                                    "value maps are for items of this version with options", here);
                continue;
            }
            for (const auto& [oldValue, newValue] : table.items()) {
                if (!newValue.is_string() || !item->optionIndex(newValue.get<std::string>())) {
                    m_context.failAbout(itemId, "unknown-option",
                                        "'" + oldValue + "' maps to a value that is not an option",
                                        childPath(here, oldValue));
                    continue;
                }
                mapping.values[itemId][oldValue] = newValue.get<std::string>();
            }
        }
    }
    m_definition->m_mapping = std::move(mapping);
}

}  // namespace veldwerk::forms
