#include "core/visit/position_stamp.h"

#include <cmath>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace veldwerk::visit {

bool isNoPositionReason(const std::string& reason) {
    return reason == "declined" || reason == "no_fix" || reason == "off";
}

void checkStamp(const PositionStamp& stamp) {
    if (stamp.fix) {
        const auto& f = *stamp.fix;
        if (!std::isfinite(f.latitude) || f.latitude < -90 || f.latitude > 90 ||
            !std::isfinite(f.longitude) || f.longitude < -180 || f.longitude > 180) {
            throw std::invalid_argument(
                "a position needs a latitude in -90..90 and a longitude in -180..180");
        }
        if (!std::isfinite(f.accuracyM) || f.accuracyM < 0) {
            throw std::invalid_argument("a position's accuracy is a number of metres >= 0");
        }
        return;
    }
    if (!isNoPositionReason(stamp.reason)) {
        throw std::invalid_argument("the reason for no position is declined, no_fix or off, not '" +
                                    stamp.reason + "'");
    }
}

std::string encodeStamp(const PositionStamp& stamp) {
    nlohmann::json j{{"at", stamp.atMs}};
    if (stamp.fix) {
        j["lat"] = stamp.fix->latitude;
        j["lon"] = stamp.fix->longitude;
        j["accuracy"] = stamp.fix->accuracyM;
        j["fixAt"] = stamp.fix->atMs;
    } else {
        j["none"] = stamp.reason;
    }
    return j.dump();
}

std::optional<PositionStamp> decodeStamp(const std::string& text) {
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("at") || !j["at"].is_number_integer()) {
        return std::nullopt;
    }
    PositionStamp s;
    s.atMs = j["at"].get<std::int64_t>();
    if (j.contains("none") && j["none"].is_string()) {
        s.reason = j["none"].get<std::string>();
        return isNoPositionReason(s.reason) ? std::optional(s) : std::nullopt;
    }
    for (const char* key : {"lat", "lon", "accuracy", "fixAt"}) {
        if (!j.contains(key) || !j[key].is_number()) {
            return std::nullopt;
        }
    }
    s.fix = Fix{j["lat"].get<double>(), j["lon"].get<double>(), j["accuracy"].get<double>(),
                j["fixAt"].get<std::int64_t>()};
    return s;
}

}  // namespace veldwerk::visit
