// The server's access log in NEN 7513 form: event (create, read, change, enroll, login_failed,
// admin, ...), outcome (ok | refused), time, user, device, client case and record. Append-only:
// nothing in the server updates or deletes it. `caseLog` is what a client may ask for: who
// accessed their case, from which organisation, in which role, what, when and from which device,
// in time order, including the entries the devices uploaded.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

struct AuditRecord {
    std::string event;
    std::string outcome = "ok";
    std::optional<std::string> userId;
    std::optional<std::string> deviceId;
    std::optional<std::string> caseId;
    std::string entity;
    std::string entityId;
    std::string detail;  // English, ids and counts only
};

struct CaseAccessEntry {
    std::int64_t atMs = 0;
    std::string source;  // server | device (uploaded from the device's own log)
    std::string event;
    std::string outcome;
    std::string userId;
    std::string userName;
    std::string org;
    std::string role;  // the user's role in the case (else their role)
    std::string deviceId;
    std::string caseId;
    std::string entity;
    std::string entityId;
    std::string detail;
};

class AuditTrail {
public:
    explicit AuditTrail(SqlConnection& db) : m_db(db) {}

    void append(const AuditRecord& record, std::int64_t atMs);
    // Several records with one statement per 100 (a pull reading many cases stays cheap).
    void appendAll(const std::vector<AuditRecord>& records, std::int64_t atMs);

    std::vector<CaseAccessEntry> caseLog(const std::string& caseId);

private:
    SqlConnection& m_db;
};

}  // namespace veldwerk::sync::server
