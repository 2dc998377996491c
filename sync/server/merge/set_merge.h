// The three-way merge of a `set` (multi) answer, per option, add wins (PROTOCOL.md "Merge"):
// result = (current − (base − incoming)) ∪ (incoming − base). An option the writer removed goes
// unless someone else added it since; an option the writer added is in. Values use the forms
// engine's multi encoding ("a,b,c"); null (a tombstone) is the empty set.
#pragma once

#include <optional>
#include <set>
#include <string>

namespace veldwerk::sync::server::merge {

using OptionSet = std::set<std::string>;

OptionSet optionsOf(const std::optional<std::string>& value);

OptionSet mergeSets(const OptionSet& base, const OptionSet& current, const OptionSet& incoming);

}  // namespace veldwerk::sync::server::merge
