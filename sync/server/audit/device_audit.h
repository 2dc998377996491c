// Audit entries a device uploads from its own log (POST /v1/audit): stored once per (device,
// seq), so a resent upload changes nothing. Attributed to the device's user as the token says;
// the user id the device wrote is kept beside it.
#pragma once

#include <cstdint>

#include "sync/protocol/messages.h"
#include "sync/server/caller.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

class DeviceAudit {
public:
    explicit DeviceAudit(SqlConnection& db) : m_db(db) {}

    // Inside a write transaction; returns how many entries were new.
    std::size_t store(const Caller& caller, const AuditUploadRequest& upload, std::int64_t nowMs);

private:
    SqlConnection& m_db;
};

}  // namespace veldwerk::sync::server
