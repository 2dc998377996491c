#include "sync/server/identity/authenticator.h"

#include <optional>
#include <string>

#include "sync/server/api_error.h"
#include "sync/server/identity/device_token.h"

namespace veldwerk::sync::server {

Caller authenticate(SqlConnection& db, std::string_view authorization) {
    constexpr std::string_view scheme = "Bearer ";
    if (authorization.substr(0, scheme.size()) != scheme) {
        throw ApiError(401, "unauthenticated", "this request needs a device token (Bearer)");
    }
    const auto token = authorization.substr(scheme.size());
    if (!looksLikeDeviceToken(token)) {
        throw ApiError(401, "unauthenticated", "unknown device token");
    }
    const auto rows = db.query(
        "SELECT d.id, d.revoked_at, u.id, u.name, u.role, u.team_id, u.org_id, u.active, "
        "d.last_seen_at "
        "FROM devices d JOIN users u ON u.id = d.user_id WHERE d.token_hash = ?",
        {deviceTokenHash(token)});
    if (rows.empty()) {
        throw ApiError(401, "unauthenticated", "unknown device token");
    }
    const auto& r = rows[0];
    if (!std::holds_alternative<std::monostate>(r[1]) || asInt(r[7]) == 0) {
        throw ApiError(410, "device_revoked",
                       "this device was revoked; it must wipe its vault now");
    }
    const auto lastSeen = std::holds_alternative<std::monostate>(r[8])
                              ? std::nullopt
                              : std::optional<std::int64_t>(asInt(r[8]));
    return Caller{asText(r[2]), asText(r[3]), asText(r[4]), asOptionalText(r[5]),
                  asText(r[6]), asText(r[0]), lastSeen};
}

}  // namespace veldwerk::sync::server
