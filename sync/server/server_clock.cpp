#include "sync/server/server_clock.h"

#include <ctime>
#include <limits>
#include <string>

#include "sync/server/api_error.h"

namespace veldwerk::sync::server {

namespace {

std::string isoTime(std::int64_t ms) {
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

}  // namespace

std::uint64_t serverClock(std::int64_t nowMs) {
    return clock::Hlc{static_cast<std::uint64_t>(nowMs < 0 ? 0 : nowMs), 0}.packed();
}

std::optional<std::uint64_t> parseClockHeader(std::string_view text) {
    if (text.empty() || text.size() > 20) {
        return std::nullopt;
    }
    std::uint64_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (value > (std::numeric_limits<std::uint64_t>::max() - digit) / 10) {
            return std::nullopt;
        }
        value = value * 10 + digit;
    }
    return value;
}

std::int64_t checkDeviceClock(std::uint64_t deviceHlc, std::int64_t nowMs) {
    const auto deviceMs = clock::Hlc::fromPacked(deviceHlc).wallMs;  // < 2^48: fits int64
    const auto offset = static_cast<std::int64_t>(deviceMs) - nowMs;
    if (offset > kMaxClockSkewMs || offset < -kMaxClockSkewMs) {
        const auto hours = offset / (60LL * 60 * 1000);
        throw ApiError(409, "clock_skew",
                       "the device clock is " + std::to_string(hours < 0 ? -hours : hours) +
                           " hours " + (offset < 0 ? "behind" : "ahead of") +
                           " the server (server time " + isoTime(nowMs) +
                           "); set the tablet's date and time and sync again");
    }
    return offset;
}

}  // namespace veldwerk::sync::server
