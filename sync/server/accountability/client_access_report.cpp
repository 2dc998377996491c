#include "sync/server/accountability/client_access_report.h"

#include <ctime>
#include <map>
#include <set>

#include "sync/server/audit/audit_trail.h"

namespace veldwerk::sync::server {

namespace {

// The server's event names as the report's actions; events about no record are left out.
std::optional<std::string> actionOf(const std::string& event) {
    static const std::set<std::string> kActions = {"create", "read",   "change",   "delete",
                                                   "search", "export", "transfer", "emergency"};
    if (kActions.count(event) != 0) {
        return event;
    }
    if (event == "destroy_request") {
        return std::string("delete");  // a destruction asked for: registered on the record
    }
    return std::nullopt;
}

std::map<std::string, std::string> deviceLabels(SqlConnection& db) {
    std::map<std::string, std::string> out;
    for (const auto& r : db.query("SELECT id, label FROM devices")) {
        out[asText(r[0])] = asText(r[1]);
    }
    return out;
}

std::set<std::string> assessmentsAbout(SqlConnection& db, const std::string& caseId,
                                       const std::string& personId) {
    std::set<std::string> out;
    for (const auto& r :
         db.query("SELECT entity_id FROM fields WHERE case_id = ? AND entity = 'assessment' AND "
                  "field = 'subject_person_id' AND value = ?",
                  {caseId, personId})) {
        out.insert(asText(r[0]));
    }
    return out;
}

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) {
        return s;
    }
    std::string out = "\"";
    for (const char c : s) {
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return out + "\"";
}

}  // namespace

std::string reportTime(std::int64_t ms) {
    const auto seconds = static_cast<std::time_t>(ms / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[40];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

AccessReport clientAccessReport(SqlConnection& db, const std::string& caseId,
                                const std::optional<std::string>& personId) {
    AccessReport report{caseId, personId, {}};
    const auto labels = deviceLabels(db);
    std::set<std::string> about;
    if (personId) {
        about = assessmentsAbout(db, caseId, *personId);
    }
    for (const auto& e : AuditTrail(db).caseLog(caseId)) {
        const auto action = actionOf(e.event);
        if (!action) {
            continue;
        }
        if (personId && e.entity != "case" && !(e.entity == "person" && e.entityId == *personId) &&
            !((e.entity == "assessment" || e.entity == "answer") && about.count(e.entityId))) {
            continue;
        }
        AccessReportRow row;
        row.atMs = e.atMs;
        row.user = e.userName.empty() ? e.userId : e.userName;
        row.org = e.org;
        row.role = e.role;
        row.action = *action;
        row.refused = e.outcome == "refused";
        row.entity = e.entity;
        row.entityId = e.entityId;
        if (e.deviceId.empty()) {
            row.device = "server";
        } else {
            const auto it = labels.find(e.deviceId);
            row.device = (it == labels.end() ? std::string("device") : it->second) + " (" +
                         e.deviceId.substr(0, 8) + ")";
        }
        row.source = e.source;
        report.rows.push_back(std::move(row));
    }
    return report;
}

std::string accessReportCsv(const AccessReport& report) {
    std::string out = "time,user,organisation,role,action,outcome,record,record_id,device,source\n";
    for (const auto& r : report.rows) {
        out += csvField(reportTime(r.atMs)) + "," + csvField(r.user) + "," + csvField(r.org) + "," +
               csvField(r.role) + "," + csvField(r.action) + "," + (r.refused ? "refused" : "ok") +
               "," + csvField(r.entity) + "," + csvField(r.entityId) + "," + csvField(r.device) +
               "," + csvField(r.source) + "\n";
    }
    return out;
}

}  // namespace veldwerk::sync::server
