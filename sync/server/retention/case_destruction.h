// Destroying a case on request of the client or a parent (issue 14; Jeugdwet: within three
// months). One admin registers the request (who asked, when; the deadline is three months on),
// a second, different admin approves it, and the approval destroys the case's client data on the
// server in one transaction: every row of every table with a `case_id` column (the fields and
// their history, members, consents, closure, the request itself, and whatever later tables hold
// per case) and the `cases` row. Kept: the access logs (`audit_log`, `device_audit`, and the
// emergency-access log), which NEN 7513 asks to keep, and a minimal destruction record: the
// case's pseudonym, the dates and the two admins. Devices purge the case at their next sync (it
// is in nobody's scope any more), and a device can never bring it back (push refuses its id).
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

// A request the data refuses (unknown case or request, the same admin twice, ...).
class RetentionError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct DestructionRequest {
    std::string id;
    std::string caseId;
    std::string askedBy;  // client | parent (never a name: it outlives the case)
    std::int64_t askedAt = 0;
    std::int64_t deadline = 0;
    std::string registeredBy;  // admin user id
    std::int64_t registeredAt = 0;
};

struct DestructionRecord {
    std::string pseudonym;
    std::string askedBy;
    std::int64_t askedAt = 0;
    std::int64_t deadline = 0;
    std::string registeredBy;
    std::int64_t registeredAt = 0;
    std::string approvedBy;
    std::int64_t destroyedAt = 0;
    std::optional<std::int64_t> closedAt;
};

// The tables a destruction keeps although they name the case: the access logs.
bool keptAtDestruction(const std::string& table);

class CaseDestruction {
public:
    explicit CaseDestruction(SqlConnection& db) : m_db(db) {}

    // Inside a write transaction.
    DestructionRequest request(const std::string& caseId, const std::string& askedBy,
                               std::int64_t askedAtMs, const std::string& adminId,
                               std::int64_t nowMs);
    DestructionRecord approve(const std::string& requestId, const std::string& adminId,
                              std::int64_t nowMs);

    std::vector<DestructionRequest> pending();
    std::vector<DestructionRecord> records();
    // Every table of the schema with a case_id column (what a destruction empties of the case).
    std::vector<std::string> caseTables();

private:
    SqlConnection& m_db;
};

}  // namespace veldwerk::sync::server
