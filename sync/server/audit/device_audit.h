// Audit entries a device uploads from its own log (POST /v1/audit): stored once per (device,
// seq), so a resent upload changes nothing. Attributed to the device's user as the token says;
// the user id the device wrote is kept beside it. An entry is accepted only when the device could
// have made it: its case in the user's scope now, or the user a member of it by the entry's time,
// and its time between the device's enrolment and the server's time + the allowed clock skew.
// The others are skipped with their reason (and the skip logged without a case), never filed
// under a case.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <optional>

#include "sync/protocol/messages.h"
#include "sync/server/caller.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

class DeviceAudit {
public:
    explicit DeviceAudit(SqlConnection& db) : m_db(db) {}

    struct Skipped {
        std::int64_t seq = 0;
        std::string reason;  // English
    };
    struct Outcome {
        std::size_t stored = 0;  // new entries stored
        std::vector<Skipped> skipped;
    };

    // Inside a write transaction (on PostgreSQL also a transaction without the write lock:
    // HttpApi::audit).
    Outcome store(const Caller& caller, const AuditUploadRequest& upload, std::int64_t nowMs);

private:
    // nullopt when the entry is plausible from this device; otherwise why not.
    std::optional<std::string> implausible(const Caller& caller, const AuditUpload& entry,
                                           std::int64_t enrolledAt, std::int64_t nowMs);

    SqlConnection& m_db;
    std::vector<std::string> m_scope;  // the caller's scope now
};

}  // namespace veldwerk::sync::server
