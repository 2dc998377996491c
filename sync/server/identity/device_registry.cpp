#include "sync/server/identity/device_registry.h"

#include "core/vault/secret.h"

namespace veldwerk::sync::server {

namespace {

std::optional<std::int64_t> optionalInt(const SqlValue& v) {
    if (std::holds_alternative<std::monostate>(v)) {
        return std::nullopt;
    }
    return asInt(v);
}

constexpr std::int64_t kTouchIntervalMs = 60 * 1000;

}  // namespace

std::string DeviceRegistry::add(const std::string& userId, const std::string& tokenHash,
                                const std::string& label, std::int64_t nowMs) {
    auto id = vault::randomHex(16);
    m_db.query(
        "INSERT INTO devices (id, user_id, token_hash, label, enrolled_at, last_seen_at) VALUES "
        "(?, ?, ?, ?, ?, ?)",
        {id, userId, tokenHash, label, nowMs, nowMs});
    return id;
}

std::vector<DeviceRecord> DeviceRegistry::list() {
    std::vector<DeviceRecord> out;
    for (const auto& r : m_db.query(
             "SELECT d.id, d.user_id, u.name, d.label, d.enrolled_at, d.last_seen_at, "
             "d.revoked_at, d.clock_offset_ms FROM devices d JOIN users u ON u.id = d.user_id "
             "ORDER BY d.enrolled_at, d.id")) {
        out.push_back({asText(r[0]), asText(r[1]), asText(r[2]), asText(r[3]), asInt(r[4]),
                       optionalInt(r[5]), optionalInt(r[6]), optionalInt(r[7])});
    }
    return out;
}

bool DeviceRegistry::revoke(const std::string& deviceId, std::int64_t nowMs) {
    if (m_db.query("SELECT 1 FROM devices WHERE id = ?", {deviceId}).empty()) {
        return false;
    }
    m_db.query("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
               {nowMs, deviceId});
    return true;
}

void DeviceRegistry::touch(const std::string& deviceId, std::int64_t nowMs,
                           std::int64_t clockOffsetMs) {
    m_db.query("UPDATE devices SET last_seen_at = ?, clock_offset_ms = ? WHERE id = ?",
               {nowMs, clockOffsetMs, deviceId});
}

bool DeviceRegistry::touchDue(const std::optional<std::int64_t>& lastSeenAt, std::int64_t nowMs) {
    return !lastSeenAt || *lastSeenAt < nowMs - kTouchIntervalMs || *lastSeenAt > nowMs;
}

}  // namespace veldwerk::sync::server
