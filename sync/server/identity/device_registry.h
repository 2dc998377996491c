// Enrolled devices: one row per tablet, with the hash of its token, when it was enrolled and last
// seen, its clock offset at the last contact and whether it was revoked.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

struct DeviceRecord {
    std::string id;
    std::string userId;
    std::string userName;
    std::string label;
    std::int64_t enrolledAt = 0;
    std::optional<std::int64_t> lastSeenAt;
    std::optional<std::int64_t> revokedAt;
    std::optional<std::int64_t> clockOffsetMs;
};

class DeviceRegistry {
public:
    explicit DeviceRegistry(SqlConnection& db) : m_db(db) {}

    // Inside a write transaction; returns the new device id.
    std::string add(const std::string& userId, const std::string& tokenHash,
                    const std::string& label, std::int64_t nowMs);
    std::vector<DeviceRecord> list();
    // Inside a write transaction. False when there is no such device; revoking twice keeps the
    // first time.
    bool revoke(const std::string& deviceId, std::int64_t nowMs);
    // Records a contact: when it was and the device clock's offset.
    void touch(const std::string& deviceId, std::int64_t nowMs, std::int64_t clockOffsetMs);
    // Whether a device last seen at `lastSeenAt` is due for touch() again (once a minute), so a
    // no-op pull does not become a write.
    static bool touchDue(const std::optional<std::int64_t>& lastSeenAt, std::int64_t nowMs);

private:
    SqlConnection& m_db;
};

}  // namespace veldwerk::sync::server
