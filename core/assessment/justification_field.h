// How a warning's written justification is named as a field of its assessment
// (PROTOCOL.md, entity `assessment`): "justification/KEY", one field per rule, so a text is
// stored as it is typed, synced and merged like an answer (judgement: two different texts written
// concurrently become a visible conflict). The key is the rule id in lowercase ("RT7" -> "rt7"):
// field names on the wire are lowercase, and the forms engine keeps rule ids distinct regardless
// of case. Shared by the device and the server.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/forms/definition.h"

namespace veldwerk::assessment {

std::string justificationKey(std::string_view ruleId);
std::string justificationField(std::string_view ruleId);

// The key a field of an assessment names; nullopt for any other field.
std::optional<std::string> justifiedKey(std::string_view field);

// The definition's rule with this key (or rule id in any case); nullptr when there is none.
const forms::Rule* ruleWithKey(const forms::Definition& definition, std::string_view key);

}  // namespace veldwerk::assessment
