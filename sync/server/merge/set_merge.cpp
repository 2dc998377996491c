#include "sync/server/merge/set_merge.h"

#include <algorithm>
#include <iterator>

#include "core/forms/answer.h"

namespace veldwerk::sync::server::merge {

OptionSet optionsOf(const std::optional<std::string>& value) {
    return value ? forms::parseMulti(*value) : OptionSet{};
}

OptionSet mergeSets(const OptionSet& base, const OptionSet& current, const OptionSet& incoming) {
    OptionSet removed;  // base − incoming
    std::set_difference(base.begin(), base.end(), incoming.begin(), incoming.end(),
                        std::inserter(removed, removed.end()));
    OptionSet added;  // incoming − base
    std::set_difference(incoming.begin(), incoming.end(), base.begin(), base.end(),
                        std::inserter(added, added.end()));
    OptionSet result;
    std::set_difference(current.begin(), current.end(), removed.begin(), removed.end(),
                        std::inserter(result, result.end()));
    result.insert(added.begin(), added.end());
    return result;
}

}  // namespace veldwerk::sync::server::merge
