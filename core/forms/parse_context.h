#pragma once

// Internal to the definition parser: error collection and strict JSON field reading.

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/forms/definition_error.h"
#include "core/forms/item_type.h"

namespace veldwerk::forms {

using Json = nlohmann::json;

// Collects every problem found instead of stopping at the first: `forms validate` should show an
// author all of them at once. The scope names the item or rule being parsed.
class ParseContext {
public:
    explicit ParseContext(std::string file) : m_file(std::move(file)) {}

    void enterItem(std::string item) { m_item = std::move(item); }
    void enterRule(std::string rule) { m_rule = std::move(rule); }
    void leaveScope() {
        m_item.clear();
        m_rule.clear();
    }
    void fail(std::string code, std::string message, std::string path);
    // For problems about another item than the one in scope (e.g. a rule naming an unknown item).
    void failAbout(std::string item, std::string code, std::string message, std::string path);

    bool failed() const { return !m_errors.empty(); }
    std::size_t errorCount() const { return m_errors.size(); }
    std::vector<DefinitionError> takeErrors() { return std::move(m_errors); }

    // Readers: each reports a problem (and returns nullopt/false) when the field is missing or of
    // the wrong JSON type.
    bool checkObject(const Json& json, const std::string& path, std::string_view what);
    void checkKeys(const Json& object, std::initializer_list<std::string_view> allowed,
                   const std::string& path);
    std::optional<std::string> text(const Json& object, std::string_view key,
                                    const std::string& path, bool required = true);
    std::optional<LocalizedText> localized(const Json& object, std::string_view key,
                                           const std::string& path, bool required = true);
    const Json* array(const Json& object, std::string_view key, const std::string& path,
                      bool required = true);

private:
    std::string m_file;
    std::string m_item;
    std::string m_rule;
    std::vector<DefinitionError> m_errors;
};

std::string childPath(const std::string& path, std::string_view key);
std::string childPath(const std::string& path, std::size_t index);

// Identifiers: item, section and form ids are [a-z][a-z0-9_]*, option values [a-z0-9_]+,
// rule ids [A-Za-z][A-Za-z0-9_]*. Commas and slashes never occur, which keeps the canonical
// answer encoding and the GROUP/ENTRY/FIELD paths unambiguous.
bool isIdentifier(std::string_view text);
bool isOptionValue(std::string_view text);
bool isRuleId(std::string_view text);

}  // namespace veldwerk::forms
