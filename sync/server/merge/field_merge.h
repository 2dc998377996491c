// The merge decision for one incoming field write (PROTOCOL.md "Merge"), as a pure function:
// concurrency comes from versions (the version the writer saw, `base`), never from clocks.
//   base == current version   the writer saw the latest state: apply; on a field in conflict
//                             this is the resolution (only from a JGT member of the case)
//   base <  current version   concurrent: equal values (or a value already among the conflict's
//                             sides) change nothing; `judgement` keeps both as a conflict; `set`
//                             merges three-way, add wins
//   base >  current version   impossible from a correct device: refused
// Tombstones (null) are values like any other, so a delete concurrent with an edit conflicts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace veldwerk::sync::server::merge {

enum class Policy { Judgement, Set };

struct CurrentField {
    std::int64_t version = 0;  // 0: the field does not exist yet
    std::optional<std::string> value;
    bool inConflict = false;
    std::vector<std::optional<std::string>> siblingValues;  // the open conflict's sides
};

struct IncomingWrite {
    std::int64_t baseVersion = 0;
    std::optional<std::string> value;
    Policy policy = Policy::Judgement;
    bool mayResolve = false;  // the writer is a JGT member of the case
    // Set merges only: the field's value at baseVersion (nullopt also for base 0).
    std::optional<std::string> baseValue;
};

enum class Decision {
    Apply,      // new version with the incoming value
    Unchanged,  // nothing to write
    Merge,      // new version with `value` (the set merge)
    Conflict,   // new version; the value stays, the incoming one becomes a side of the conflict
    Resolve,    // new version with the incoming value; the conflict is closed
    Refuse,     // nothing written; `reason` says why
};

struct MergeResult {
    Decision decision = Decision::Unchanged;
    std::optional<std::string> value;  // Merge: the merged value
    std::string reason;                // Refuse: English
};

// True when decide() needs IncomingWrite::baseValue filled in.
bool needsBaseValue(const CurrentField& current, const IncomingWrite& write);

MergeResult decide(const CurrentField& current, const IncomingWrite& write);

}  // namespace veldwerk::sync::server::merge
