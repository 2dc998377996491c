// Emergency access ("break the glass", issue 14 point 5; Jeugdwet: overmacht): a JGT
// professional or a supervisor opens a case of their own organisation they are not a member of,
// stating why. The server grants a membership for 24 hours (a `member` field written by the
// server, so it syncs like any membership), logs it as event `emergency`, and keeps the grant
// with its reason for a supervisor of the case's team to review (`admin audit emergency`). When
// the 24 hours are over the membership ends (a server-written tombstone), at the user's next
// request or the next review listing, so the case leaves their scope and their devices purge it.
// Without a reason, for another organisation's case, or for a closed case: refused.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sync/protocol/messages.h"
#include "sync/server/caller.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

constexpr std::int64_t kEmergencyAccessMs = 24LL * 60 * 60 * 1000;

struct EmergencyGrant {
    std::string id;
    std::string caseId;
    std::optional<std::string> teamId;
    std::string userId;
    std::string role;
    std::string deviceId;
    std::string reason;
    std::int64_t grantedAt = 0;
    std::int64_t expiresAt = 0;
    std::optional<std::int64_t> endedAt;
    std::optional<std::string> reviewedBy;
    std::optional<std::int64_t> reviewedAt;
    std::optional<std::string> reviewNote;
};

class EmergencyAccess {
public:
    explicit EmergencyAccess(SqlConnection& db) : m_db(db) {}

    // Inside a write transaction; throws ApiError when refused.
    EmergencyGrant open(const Caller& caller, const EmergencyAccessRequest& request,
                        std::int64_t nowMs);
    // Whether the user has a grant that is over but not ended yet (a cheap read).
    bool hasLapsed(const std::string& userId, std::int64_t nowMs);
    // Inside a write transaction: ends the lapsed grants (of one user, or of everyone).
    void endLapsed(const std::optional<std::string>& userId, std::int64_t nowMs);

    std::vector<EmergencyGrant> grants();
    std::optional<EmergencyGrant> find(const std::string& id);
    // Inside a write transaction: the reviewer must be a supervisor of the case's team.
    void review(const std::string& id, const std::string& reviewerId,
                const std::optional<std::string>& note, std::int64_t nowMs);

private:
    SqlConnection& m_db;
};

// Before a request of the caller is served: ends the caller's lapsed grants (its own write
// transaction; nothing when there are none).
void endLapsedEmergencyAccess(SqlConnection& db, const Caller& caller, std::int64_t nowMs);

}  // namespace veldwerk::sync::server
