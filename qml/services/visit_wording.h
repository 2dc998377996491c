// The Dutch words of the home-visit screens for what core/visit says in numbers and ids: how long
// a visit has run, when it should end, and a check-in position (or why there is none).
#pragma once

#include <QString>
#include <cstdint>

#include "core/visit/position_stamp.h"

namespace veldwerk::app::wording {

// "14:32"
QString clockText(std::int64_t msSinceEpoch);
// "5 min", "1 uur 5 min"
QString durationText(std::int64_t ms);
// "± 14 m, 3 s oud", "± 14 m, 2 min oud", "± 14 m, van 12 maart 2026 om 10:02"
QString fixText(const visit::Fix& fix, std::int64_t nowMs);
// A stamp as a line: "52,15840 N · 4,53210 O (± 14 m, vandaag om 10:02)" or why there is none.
QString stampText(const visit::PositionStamp& stamp, std::int64_t nowMs);
// declined | no_fix | off -> "geweigerd", "geen positie gevonden", "positiebepaling staat uit".
QString noPositionText(const std::string& reason);

}  // namespace veldwerk::app::wording
