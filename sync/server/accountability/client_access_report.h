// "Who read my file" (NEN 7513; issue 14 point 4): every access to one family's record, in time
// order, as a client may ask for it: when, who, their organisation and role, what (create, read,
// change, delete, search, export, emergency), which record, from which device. It joins the
// server's access log and the entries devices uploaded (reads on the tablet). Refused attempts
// are listed too, marked. Kept after the case's destruction (the access log outlives it).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

struct AccessReportRow {
    std::int64_t atMs = 0;
    std::string user;  // name (id when the user is unknown)
    std::string org;
    std::string role;    // jgt | gi | supervisor | admin
    std::string action;  // create | read | change | delete | search | export | emergency | ...
    bool refused = false;
    std::string entity;  // case | person | assessment | answer | member | consent | event
    std::string entityId;
    std::string device;  // the device's label and id; "server" for the server's own acts
    std::string source;  // server | device
};

struct AccessReport {
    std::string caseId;
    std::optional<std::string> personId;
    std::vector<AccessReportRow> rows;
};

// Inside a read transaction. With a person: the entries on that person, on assessments about
// them (while the case's data exists), and on the case as a whole (a read of the case is a read
// of everyone in it).
AccessReport clientAccessReport(SqlConnection& db, const std::string& caseId,
                                const std::optional<std::string>& personId);

// UTC ISO 8601 to the second.
std::string reportTime(std::int64_t ms);

// One line per row, RFC 4180 quoting, header first; times in UTC ISO 8601.
std::string accessReportCsv(const AccessReport& report);
// A4 pages in plain Dutch for the family (cairo's PDF surface).
std::string accessReportPdf(const AccessReport& report, std::int64_t madeAtMs);

}  // namespace veldwerk::sync::server
