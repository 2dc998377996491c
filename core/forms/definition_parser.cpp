#include "core/forms/definition_parser.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/forms/definition_parser_impl.h"

namespace veldwerk::forms {

namespace {

constexpr int kFormat = 1;
constexpr std::uintmax_t kMaxFileBytes = 4 * 1024 * 1024;

}  // namespace

ParseResult DefinitionParser::run(std::string_view text) {
    ParseResult result;
    try {
        Json doc;
        try {
            doc = Json::parse(text.begin(), text.end());
        } catch (const Json::parse_error& error) {
            m_context.fail(
                "invalid-json",
                "not valid JSON near byte " + std::to_string(error.byte) + ": " + error.what(), "");
            result.errors = m_context.takeErrors();
            return result;
        }
        m_compiler = std::make_unique<ConditionCompiler>(*m_definition, m_definition->m_conditions,
                                                         m_context);
        parseTop(doc);
    } catch (const std::exception& error) {
        // Defensive: the parser checks types before reading, so this means a bug, not bad input.
        m_context.fail("internal-error", std::string("could not read definition: ") + error.what(),
                       "");
    }
    if (m_context.failed()) {
        result.errors = m_context.takeErrors();
    } else {
        result.definition = std::move(m_definition);
    }
    return result;
}

void DefinitionParser::parseTop(const Json& doc) {
    if (!m_context.checkObject(doc, "", "a definition")) {
        return;
    }
    m_context.checkKeys(doc,
                        {"format", "id", "version", "subject", "title", "description", "sections",
                         "derived", "rules", "mapping"},
                        "");
    const auto format = doc.find("format");
    if (format == doc.end() || !format->is_number_integer() ||
        format->get<std::int64_t>() != kFormat) {
        m_context.fail("unsupported-format", "'format' must be 1 (this engine's file format)",
                       "/format");
    }
    if (const auto id = m_context.text(doc, "id", "")) {
        if (!isIdentifier(*id)) {
            m_context.fail("invalid-id", "form id '" + *id + "' must match [a-z][a-z0-9_]*", "/id");
        }
        m_definition->m_id = *id;
    }
    const auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer() || version->get<std::int64_t>() < 1 ||
        version->get<std::int64_t>() > 9999) {
        m_context.fail("invalid-version", "'version' must be a whole number 1..9999", "/version");
    } else {
        m_definition->m_version = static_cast<int>(version->get<std::int64_t>());
    }
    if (const auto subject = m_context.text(doc, "subject", "")) {
        if (*subject != "child" && *subject != "adult" && *subject != "case") {
            m_context.fail("invalid-subject", "'subject' must be child, adult or case", "/subject");
        }
        m_definition->m_subject = *subject;
    }
    m_definition->m_title = m_context.localized(doc, "title", "").value_or(LocalizedText{});
    m_definition->m_description =
        m_context.localized(doc, "description", "", false).value_or(LocalizedText{});

    const Json* sections = m_context.array(doc, "sections", "");
    if (sections && sections->empty()) {
        m_context.fail("missing-field", "a definition needs at least one section", "/sections");
    }
    if (sections) {
        for (std::size_t i = 0; i < sections->size(); ++i) {
            parseSection((*sections)[i], childPath("/sections", i));
        }
    }
    if (const Json* derived = m_context.array(doc, "derived", "", false)) {
        for (std::size_t i = 0; i < derived->size(); ++i) {
            parseDerived((*derived)[i], childPath("/derived", i));
        }
    }
    parseItemConditions(doc);
    if (const Json* rules = m_context.array(doc, "rules", "", false)) {
        for (std::size_t i = 0; i < rules->size(); ++i) {
            parseRule((*rules)[i], childPath("/rules", i));
        }
    }
    parseMapping(doc);
    checkReferenceOrder();
}

void DefinitionParser::parseSection(const Json& json, const std::string& path) {
    if (!m_context.checkObject(json, path, "a section")) {
        return;
    }
    m_context.checkKeys(json, {"id", "title", "items"}, path);
    Section section;
    section.id = m_context.text(json, "id", path).value_or("");
    m_context.enterItem(section.id);
    if (!section.id.empty() && !isIdentifier(section.id)) {
        m_context.fail("invalid-id", "section id must match [a-z][a-z0-9_]*", path + "/id");
    }
    for (const auto& other : m_definition->m_sections) {
        if (other.id == section.id && !section.id.empty()) {
            m_context.fail("duplicate-section", "section id '" + section.id + "' is used twice",
                           path + "/id");
        }
    }
    section.title = m_context.localized(json, "title", path).value_or(LocalizedText{});
    m_context.leaveScope();
    const auto index = static_cast<std::uint32_t>(m_definition->m_sections.size());
    m_definition->m_sections.push_back(std::move(section));
    const Json* items = m_context.array(json, "items", path);
    if (items && items->empty()) {
        m_context.fail("missing-field", "section has no items", path + "/items");
    }
    if (items) {
        for (std::size_t i = 0; i < items->size(); ++i) {
            parseItem((*items)[i], childPath(path + "/items", i), index);
        }
    }
}

void DefinitionParser::parseDerived(const Json& json, const std::string& path) {
    if (!m_context.checkObject(json, path, "a derived value")) {
        return;
    }
    m_context.checkKeys(json, {"id", "label", "measure"}, path);
    DerivedValue derived;
    derived.id = m_context.text(json, "id", path).value_or("");
    m_context.enterItem(derived.id);
    if (!isIdentifier(derived.id) || m_definition->derivedValue(derived.id) ||
        m_definition->m_itemIndex.contains(derived.id)) {
        m_context.fail("invalid-id", "derived id '" + derived.id + "' is invalid or not unique",
                       path + "/id");
    }
    derived.label = m_context.localized(json, "label", path).value_or(LocalizedText{});
    if (!json.contains("measure")) {
        m_context.fail("missing-field", "missing 'measure'", path + "/measure");
    } else {
        derived.measure = m_compiler->compileMeasure(json["measure"], path + "/measure");
    }
    m_context.leaveScope();
    m_definition->m_derived.push_back(std::move(derived));
}

void DefinitionParser::parseItemConditions(const Json& doc) {
    (void)doc;
    for (std::size_t i = 0; i < m_itemJson.size(); ++i) {
        const auto& [json, path] = m_itemJson[i];
        Item& item = m_definition->m_items[i];
        m_context.enterItem(item.id);
        if (const auto visible = json->find("visibleWhen"); visible != json->end()) {
            item.visibleWhen = m_compiler->compile(*visible, path + "/visibleWhen");
        }
        if (const auto required = json->find("required"); required != json->end()) {
            if (!required->is_boolean()) {
                item.requiredWhen = m_compiler->compile(*required, path + "/required");
                item.required = true;
            }
        }
        m_context.leaveScope();
    }
}

void DefinitionParser::checkReferenceOrder() {
    // Visibility is computed in item order and a hidden item reads as unanswered, so a visibility
    // condition may only look at earlier items; this also rules out cycles.
    auto& items = m_definition->m_items;
    std::vector<std::uint32_t> referenced;
    for (std::uint32_t i = 0; i < items.size(); ++i) {
        if (!items[i].visibleWhen) {
            continue;
        }
        referenced.clear();
        m_compiler->collectItems(*items[i].visibleWhen, referenced);
        for (auto ref : referenced) {
            if (ref >= i) {
                m_context.enterItem(items[i].id);
                m_context.fail(
                    "visibility-order",
                    "visibleWhen refers to '" + items[ref].id + "', which is not an earlier item",
                    "");
                m_context.leaveScope();
            }
        }
    }
    auto& rules = m_definition->m_rules;
    for (std::uint32_t r = 0; r < rules.size(); ++r) {
        for (std::uint32_t e = 0; e < rules[r].effects.size(); ++e) {
            const Effect& effect = rules[r].effects[e];
            if (effect.kind != EffectKind::Hide || effect.items.empty()) {
                continue;
            }
            const auto first = *std::min_element(effect.items.begin(), effect.items.end());
            referenced.clear();
            m_compiler->collectItems(rules[r].when, referenced);
            m_compiler->collectItems(effect.condition, referenced);
            for (auto ref : referenced) {
                if (ref >= first) {
                    m_context.enterRule(rules[r].id);
                    m_context.failAbout(items[first].id, "visibility-order",
                                        "hides '" + items[first].id + "' based on '" +
                                            items[ref].id + "', which is not an earlier item",
                                        "");
                    m_context.leaveScope();
                }
            }
            for (auto target : effect.items) {
                items[target].hiddenBy.push_back({r, e});
            }
        }
    }
}

ParseResult parseDefinition(std::string_view jsonText, std::string_view fileName) {
    try {
        return DefinitionParser(std::string(fileName)).run(jsonText);
    } catch (...) {
        // Only allocation failure can get here; still, never let it escape the public API.
        ParseResult result;
        result.errors.push_back({std::string(fileName),
                                 {},
                                 {},
                                 "internal-error",
                                 "could not parse the definition",
                                 {}});
        return result;
    }
}

ParseResult loadDefinitionFile(const std::filesystem::path& path) {
    const auto fileName = path.filename().string();
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error || size > kMaxFileBytes) {
        ParseResult result;
        result.errors.push_back({fileName,
                                 {},
                                 {},
                                 error ? "unreadable-file" : "file-too-large",
                                 error ? "cannot read " + path.string() + ": " + error.message()
                                       : "definition files are at most 4 MiB",
                                 {}});
        return result;
    }
    std::ifstream stream(path, std::ios::binary);
    std::ostringstream text;
    text << stream.rdbuf();
    if (!stream) {
        ParseResult result;
        result.errors.push_back(
            {fileName, {}, {}, "unreadable-file", "cannot read " + path.string(), {}});
        return result;
    }
    return parseDefinition(text.str(), fileName);
}

}  // namespace veldwerk::forms
