// Recovery from a wall clock that ran ahead (issue 9, point 9). While the tablet's clock ran days
// ahead, every local write got a hybrid-clock time that far ahead, and so did the clock's stored
// mark; the server refuses such times (409 clock_skew beyond 24 h), and as the mark never goes
// back, the device stayed refused after its clock was set right, until real time caught up.
//
// After a clock_skew refusal that carries the server's clock:
// - the wall clock is still more than kWallClockToleranceMs away from the server's: the tablet's
//   clock is wrong; nothing is touched (the user must set it);
// - the wall clock agrees with the server's but the mark runs ahead of it: every time this device
//   handed out that lies ahead of the wall clock (pending outbox rows, its own change history,
//   its own lifecycle events) gets a new time from the clock set back, in the order of the old
//   times, so no edit is lost and none changes place; a stored batch the server can never have
//   applied (a change more than 24 h ahead of its clock) is dropped, its changes still wait in
//   the outbox and go in the next batch. One transaction. The audit log keeps its times
//   (append-only), and states pulled from others keep theirs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "core/vault/vault.h"

namespace veldwerk::sync {

// How close the device's wall clock must be to the server's to count as right.
constexpr std::int64_t kWallClockToleranceMs = clock::HybridClock::kDefaultMaxDriftMs;

struct ClockRecovery {
    std::int64_t aheadMs = 0;   // how far the clock mark ran ahead of the corrected clock
    std::size_t restamped = 0;  // pending changes given a new time
    bool batchDropped = false;  // a stored, never applied batch was dropped (its changes wait)
};

// Called with the server's clock from a clock_skew refusal (packed HLC). Returns what was
// re-stamped, or nullopt when there is nothing this device can do by itself (the wall clock is
// still wrong, the server sent no clock, or the mark is not ahead).
std::optional<ClockRecovery> recoverRunAheadClock(vault::Vault& vault, std::uint64_t serverClock);

// How far ahead the clock ran, in whole hours (rounded).
inline std::int64_t hoursAhead(std::int64_t aheadMs) {
    return (aheadMs + 30 * 60 * 1000) / (60 * 60 * 1000);
}
// What happened, in plain English for the CLI and logs (the app says it in Dutch).
std::string clockRecoveryText(std::int64_t aheadMs, std::int64_t restamped);

}  // namespace veldwerk::sync
