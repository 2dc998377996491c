// The dates of retention and destruction (shared/spec/domain.md "Law and norms"): a closed
// youth-care file is kept at least 20 years; a destruction request is carried out within three
// months. Calendar arithmetic in UTC (29 February + 20 years is 1 March).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace veldwerk::sync::server {

constexpr int kRetentionYears = 20;
constexpr int kDestructionMonths = 3;

std::int64_t addCalendarMonths(std::int64_t ms, int months);
inline std::int64_t retentionEnd(std::int64_t closedAtMs) {
    return addCalendarMonths(closedAtMs, 12 * kRetentionYears);
}
inline std::int64_t destructionDeadline(std::int64_t askedAtMs) {
    return addCalendarMonths(askedAtMs, kDestructionMonths);
}

// YYYY-MM-DD (midnight UTC) -> ms; nullopt when it is not such a date.
std::optional<std::int64_t> parseDate(const std::string& text);
// ms -> YYYY-MM-DD (UTC).
std::string formatDate(std::int64_t ms);

}  // namespace veldwerk::sync::server
