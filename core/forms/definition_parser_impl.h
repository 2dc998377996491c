#pragma once

// Internal to the definition parser: the class that fills a Definition. Its steps live in
// definition_parser.cpp (document, sections, derived values, order checks), item_parser.cpp
// (items, options, fields) and rule_parser.cpp (rules, effects, version mapping).

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/forms/condition_compiler.h"
#include "core/forms/definition.h"
#include "core/forms/definition_parser.h"
#include "core/forms/parse_context.h"

namespace veldwerk::forms {

// Fills a Definition in passes: structure first (sections, items), then derived values, then
// every condition (which may refer to any item), then rules and the version mapping.
class DefinitionParser {
public:
    explicit DefinitionParser(std::string fileName)
        : m_context(fileName), m_definition(std::make_shared<Definition>()) {
        m_definition->m_fileName = std::move(fileName);
    }

    ParseResult run(std::string_view text);

private:
    void parseTop(const Json& doc);
    void parseSection(const Json& json, const std::string& path);
    void parseItem(const Json& json, const std::string& path, std::uint32_t section);
    std::vector<Option> parseOptions(const Json& owner, ItemType type, const std::string& path);
    void parseFields(const Json& owner, Item& item, const std::string& path);
    void parseDerived(const Json& json, const std::string& path);
    void parseItemConditions(const Json& doc);
    void parseRule(const Json& json, const std::string& path);
    void parseEffect(const Json& json, const std::string& path, Rule& rule);
    void parseMapping(const Json& doc);
    void checkReferenceOrder();

    ParseContext m_context;
    std::shared_ptr<Definition> m_definition;
    std::unique_ptr<ConditionCompiler> m_compiler;
    // JSON of each item, to compile its conditions once all items are known.
    std::vector<std::pair<const Json*, std::string>> m_itemJson;
};

}  // namespace veldwerk::forms
