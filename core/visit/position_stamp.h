// A professional's position at check-in or check-out: a fix (latitude, longitude, accuracy in
// metres, time of the fix) or the reason there is none. Stored and synced as one field value
// (visit field `checkin@USER` / `checkout@USER`), never logged.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace veldwerk::visit {

struct Fix {
    double latitude = 0;
    double longitude = 0;
    double accuracyM = 0;
    std::int64_t atMs = 0;  // when the fix was taken
};

struct PositionStamp {
    std::int64_t atMs = 0;   // when the professional checked in or out
    std::optional<Fix> fix;  // set, or...
    std::string reason;      // ...why not: declined | no_fix | off
};

// True for declined, no_fix and off.
bool isNoPositionReason(const std::string& reason);

// Throws std::invalid_argument for coordinates out of range, a negative accuracy or an unknown
// reason.
void checkStamp(const PositionStamp& stamp);

// {"at":…,"lat":…,"lon":…,"accuracy":…,"fixAt":…} or {"at":…,"none":"declined"}.
std::string encodeStamp(const PositionStamp& stamp);
// nullopt for text that is not a stamp (a newer device's format: the field is kept, not shown).
std::optional<PositionStamp> decodeStamp(const std::string& text);

}  // namespace veldwerk::visit
