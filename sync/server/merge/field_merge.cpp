#include "sync/server/merge/field_merge.h"

#include <algorithm>

#include "core/forms/answer.h"
#include "sync/server/merge/set_merge.h"

namespace veldwerk::sync::server::merge {

bool needsBaseValue(const CurrentField& current, const IncomingWrite& write) {
    return write.policy == Policy::Set && write.baseVersion > 0 &&
           write.baseVersion < current.version;
}

MergeResult decide(const CurrentField& current, const IncomingWrite& write) {
    if (write.baseVersion > current.version) {
        return {Decision::Refuse, std::nullopt,
                "base_version_ahead: the change was made on version " +
                    std::to_string(write.baseVersion) + " but the server's latest is version " +
                    std::to_string(current.version)};
    }
    if (current.version == 0) {
        return {Decision::Apply, std::nullopt, ""};
    }
    if (write.baseVersion == current.version) {
        if (current.inConflict) {
            if (!write.mayResolve) {
                return {Decision::Refuse, std::nullopt,
                        "the field has a disagreement that only a JGT member of the case "
                        "resolves"};
            }
            return {Decision::Resolve, std::nullopt, ""};
        }
        if (write.value == current.value) {
            return {Decision::Unchanged, std::nullopt, ""};
        }
        return {Decision::Apply, std::nullopt, ""};
    }
    // Concurrent: the field changed since the writer saw it.
    if (write.value == current.value) {
        return {Decision::Unchanged, std::nullopt, ""};
    }
    if (write.policy == Policy::Set) {
        const auto currentSet = optionsOf(current.value);
        const auto merged =
            mergeSets(optionsOf(write.baseValue), currentSet, optionsOf(write.value));
        if (merged == currentSet) {
            return {Decision::Unchanged, std::nullopt, ""};
        }
        return {Decision::Merge, forms::formatMulti(merged), ""};
    }
    if (current.inConflict && std::find(current.siblingValues.begin(), current.siblingValues.end(),
                                        write.value) != current.siblingValues.end()) {
        return {Decision::Unchanged, std::nullopt, ""};  // that side is already there
    }
    return {Decision::Conflict, std::nullopt, ""};
}

}  // namespace veldwerk::sync::server::merge
