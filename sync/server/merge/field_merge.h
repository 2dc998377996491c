// The merge decision for one incoming field write (PROTOCOL.md "Merge"), as a pure function:
// concurrency comes from versions (the version the writer saw, `base`), never from clocks.
//   base == current version   the writer saw the latest state: apply; on a field in conflict
//                             this is the resolution (only from a JGT member of the case)
//   base <  current version   concurrent: equal values (or a value already among the conflict's
//                             sides) change nothing; `judgement` keeps both as a conflict; `set`
//                             merges three-way, add wins. On a field already in conflict the
//                             write withdraws the sides its writer had replaced (see supersedes)
//   base >  current version   impossible from a correct device: refused
// Tombstones (null) are values like any other, so a delete concurrent with an edit conflicts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace veldwerk::sync::server::merge {

enum class Policy { Judgement, Set };

// A side of a field's open conflict and who wrote it from where.
struct Side {
    std::int64_t version = 0;
    std::optional<std::string> value;
    std::string author;
    std::string device;
};

struct CurrentField {
    std::int64_t version = 0;  // 0: the field does not exist yet
    std::optional<std::string> value;
    bool inConflict = false;
    std::vector<Side> sides;  // the open conflict's sides, oldest version first
};

struct IncomingWrite {
    std::int64_t baseVersion = 0;
    std::optional<std::string> value;
    Policy policy = Policy::Judgement;
    bool mayResolve = false;  // the writer is a JGT member of the case
    // Set merges only: the field's value at baseVersion (nullopt also for base 0).
    std::optional<std::string> baseValue;
    std::string author;
    std::string device;
};

enum class Decision {
    Apply,      // new version with the incoming value
    Unchanged,  // nothing to write
    Merge,      // new version with `value` (the set merge)
    Conflict,   // new version; the value stays, the incoming one becomes a side of the conflict
    Resolve,    // new version with the incoming value; the conflict is closed
    Agree,      // new version with the incoming value; the conflict is closed because, with the
                // writer's replaced sides withdrawn, every side left says the same
    Refuse,     // nothing written; `reason` says why
};

struct MergeResult {
    MergeResult(Decision d, std::optional<std::string> v, std::string why)
        : decision(d), value(std::move(v)), reason(std::move(why)) {}

    Decision decision = Decision::Unchanged;
    std::optional<std::string> value;  // Merge: the merged value
    std::string reason;                // Refuse: English
    // Conflict only: the sides the write withdraws; whether it becomes a side itself (not when
    // its value is already among the sides left); the side shown as the field's value from now
    // (0: the shown value stays).
    std::vector<std::int64_t> withdrawn;
    bool addsSide = true;
    std::int64_t shownVersion = 0;
};

// Whether the incoming write replaces this side of the conflict, so it leaves the conflict: the
// writer's device wrote it (a device writes in order, so it had it on screen), or the writer had
// pulled it (its version is at most the write's base) and may drop it — a JGT member, who
// resolves, or the side's own author. Nobody else's judgement is ever withdrawn for them.
bool supersedes(const IncomingWrite& write, const Side& side);

// True when decide() needs IncomingWrite::baseValue filled in.
bool needsBaseValue(const CurrentField& current, const IncomingWrite& write);

MergeResult decide(const CurrentField& current, const IncomingWrite& write);

}  // namespace veldwerk::sync::server::merge
