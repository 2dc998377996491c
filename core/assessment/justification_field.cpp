#include "core/assessment/justification_field.h"

#include <algorithm>

namespace veldwerk::assessment {

namespace {
constexpr std::string_view kPrefix = "justification/";
}  // namespace

std::string justificationKey(std::string_view ruleId) {
    std::string key(ruleId);
    std::transform(key.begin(), key.end(), key.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    return key;
}

std::string justificationField(std::string_view ruleId) {
    return std::string(kPrefix) + justificationKey(ruleId);
}

std::optional<std::string> justifiedKey(std::string_view field) {
    if (!field.starts_with(kPrefix)) {
        return std::nullopt;
    }
    const auto key = field.substr(kPrefix.size());
    if (key.empty() || key.find('/') != std::string_view::npos) {
        return std::nullopt;
    }
    return justificationKey(key);
}

const forms::Rule* ruleWithKey(const forms::Definition& definition, std::string_view key) {
    const auto wanted = justificationKey(key);
    for (const auto& rule : definition.rules()) {
        if (justificationKey(rule.id) == wanted) {
            return &rule;
        }
    }
    return nullptr;
}

}  // namespace veldwerk::assessment
