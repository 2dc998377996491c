#include "core/forms/parse_context.h"

namespace veldwerk::forms {

namespace {

std::string_view jsonTypeName(const Json& json) {
    return json.type_name();
}

bool lowerOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace

void ParseContext::fail(std::string code, std::string message, std::string path) {
    m_errors.push_back(
        {m_file, m_item, m_rule, std::move(code), std::move(message), std::move(path)});
}

void ParseContext::failAbout(std::string item, std::string code, std::string message,
                             std::string path) {
    // Inside an item's own conditions the item in scope stays the one named; inside a rule the
    // referenced item is the more useful name (the rule is named separately).
    std::string named = m_rule.empty() && !m_item.empty() ? m_item : std::move(item);
    m_errors.push_back(
        {m_file, std::move(named), m_rule, std::move(code), std::move(message), std::move(path)});
}

bool ParseContext::checkObject(const Json& json, const std::string& path, std::string_view what) {
    if (json.is_object()) {
        return true;
    }
    fail("wrong-type",
         std::string(what) + " must be a JSON object, not " + std::string(jsonTypeName(json)),
         path);
    return false;
}

void ParseContext::checkKeys(const Json& object, std::initializer_list<std::string_view> allowed,
                             const std::string& path) {
    for (const auto& [key, value] : object.items()) {
        bool known = false;
        for (auto candidate : allowed) {
            known = known || candidate == key;
        }
        if (!known) {
            // Strict on purpose: a misspelt "visibleWhen" would otherwise silently show an item.
            fail("unknown-key", "unknown key '" + key + "'", childPath(path, key));
        }
    }
}

std::optional<std::string> ParseContext::text(const Json& object, std::string_view key,
                                              const std::string& path, bool required) {
    const auto found = object.find(key);
    if (found == object.end()) {
        if (required) {
            fail("missing-field", "missing '" + std::string(key) + "'", childPath(path, key));
        }
        return std::nullopt;
    }
    if (!found->is_string()) {
        fail("wrong-type", "'" + std::string(key) + "' must be a string", childPath(path, key));
        return std::nullopt;
    }
    return found->get<std::string>();
}

std::optional<LocalizedText> ParseContext::localized(const Json& object, std::string_view key,
                                                     const std::string& path, bool required) {
    const auto found = object.find(key);
    const auto here = childPath(path, key);
    if (found == object.end()) {
        if (required) {
            fail("missing-text", "missing text '" + std::string(key) + "' (nl and en)", here);
        }
        return std::nullopt;
    }
    if (!found->is_object()) {
        fail("wrong-type", "'" + std::string(key) + "' must be an object with \"nl\" and \"en\"",
             here);
        return std::nullopt;
    }
    checkKeys(*found, {"nl", "en"}, here);
    LocalizedText result;
    for (auto language : {"nl", "en"}) {
        const auto entry = found->find(language);
        if (entry == found->end() || !entry->is_string() || entry->get<std::string>().empty()) {
            fail("missing-text", "text '" + std::string(key) + "' has no " + language + " version",
                 childPath(here, language));
            return std::nullopt;
        }
        (std::string_view(language) == "nl" ? result.nl : result.en) = entry->get<std::string>();
    }
    return result;
}

const Json* ParseContext::array(const Json& object, std::string_view key, const std::string& path,
                                bool required) {
    const auto found = object.find(key);
    if (found == object.end()) {
        if (required) {
            fail("missing-field", "missing '" + std::string(key) + "'", childPath(path, key));
        }
        return nullptr;
    }
    if (!found->is_array()) {
        fail("wrong-type", "'" + std::string(key) + "' must be an array", childPath(path, key));
        return nullptr;
    }
    return &*found;
}

std::string childPath(const std::string& path, std::string_view key) {
    std::string escaped;
    for (char c : key) {
        if (c == '~') {
            escaped += "~0";
        } else if (c == '/') {
            escaped += "~1";
        } else {
            escaped += c;
        }
    }
    return path + "/" + escaped;
}

std::string childPath(const std::string& path, std::size_t index) {
    return path + "/" + std::to_string(index);
}

bool isIdentifier(std::string_view text) {
    if (text.empty() || text.size() > 64 || text[0] < 'a' || text[0] > 'z') {
        return false;
    }
    for (char c : text) {
        if (!lowerOrDigit(c)) {
            return false;
        }
    }
    return true;
}

bool isOptionValue(std::string_view text) {
    if (text.empty() || text.size() > 64) {
        return false;
    }
    for (char c : text) {
        if (!lowerOrDigit(c)) {
            return false;
        }
    }
    return true;
}

bool isRuleId(std::string_view text) {
    if (text.empty() || text.size() > 64) {
        return false;
    }
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (!letter(text[0])) {
        return false;
    }
    for (char c : text) {
        if (!letter(c) && !(c >= '0' && c <= '9') && c != '_') {
            return false;
        }
    }
    return true;
}

}  // namespace veldwerk::forms
