// The server's view of time: its wall clock (injected, so tests can run it wrong), the clock it
// sends as serverClock, and the bound on device clocks (PROTOCOL.md "Clocks"): a device more than
// 24 hours away from the server's wall clock is refused before anything is applied.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "core/clock/hlc.h"
#include "sync/protocol/messages.h"

namespace veldwerk::sync::server {

constexpr std::int64_t kMaxClockSkewMs = sync::kMaxClockSkewMs;  // sync/protocol/messages.h

// The HLC the server answers with: its wall time, counter 0.
std::uint64_t serverClock(std::int64_t nowMs);

// Parses a Veldwerk-Clock header (decimal packed HLC); nullopt when it is not one.
std::optional<std::uint64_t> parseClockHeader(std::string_view text);

// Throws ApiError 409 clock_skew when the device's HLC is more than kMaxClockSkewMs away from
// nowMs; returns the device's offset (device minus server) in ms otherwise.
std::int64_t checkDeviceClock(std::uint64_t deviceHlc, std::int64_t nowMs);

}  // namespace veldwerk::sync::server
