#include "sync/server/merge/field_merge.h"

#include <algorithm>

#include "core/forms/answer.h"
#include "sync/server/merge/set_merge.h"

namespace veldwerk::sync::server::merge {

bool needsBaseValue(const CurrentField& current, const IncomingWrite& write) {
    return write.policy == Policy::Set && write.baseVersion > 0 &&
           write.baseVersion < current.version;
}

bool supersedes(const IncomingWrite& write, const Side& side) {
    if (!side.device.empty() && side.device == write.device) {
        return true;
    }
    return side.version <= write.baseVersion && (write.mayResolve || side.author == write.author);
}

namespace {
// A concurrent judgement write on a field in conflict (see the header's comment).
MergeResult decideOnConflict(const CurrentField& current, const IncomingWrite& write) {
    MergeResult r{Decision::Conflict, std::nullopt, ""};
    std::vector<const Side*> left;
    for (const auto& side : current.sides) {
        // A replaced side saying what the write says stays: the same judgement, kept once.
        if (side.value != write.value && supersedes(write, side)) {
            r.withdrawn.push_back(side.version);
        } else {
            left.push_back(&side);
        }
    }
    const bool among = std::any_of(left.begin(), left.end(),
                                   [&](const Side* s) { return s->value == write.value; });
    if (r.withdrawn.empty()) {
        if (among) {
            return {Decision::Unchanged, std::nullopt, ""};  // that side is already there
        }
        return r;
    }
    if (left.empty()) {
        // Every side replaced by someone who saw them all.
        return {write.mayResolve ? Decision::Resolve : Decision::Agree, std::nullopt, ""};
    }
    const bool agree = std::all_of(left.begin(), left.end(),
                                   [&](const Side* s) { return s->value == write.value; });
    if (agree) {
        return {Decision::Agree, std::nullopt, ""};
    }
    r.addsSide = !among;
    r.shownVersion = left.front()->version;
    return r;
}
}  // namespace

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
    if (current.inConflict && write.policy == Policy::Judgement) {
        return decideOnConflict(current, write);
    }
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
    return {Decision::Conflict, std::nullopt, ""};
}

}  // namespace veldwerk::sync::server::merge
