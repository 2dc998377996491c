#include "sync/server/audit/audit_trail.h"

#include <algorithm>

namespace veldwerk::sync::server {

namespace {

constexpr std::size_t kRowsPerInsert = 100;  // 9 parameters each: under SQLite 3.15's 999

SqlValue optional(const std::optional<std::string>& v) {
    return v ? SqlValue(*v) : SqlValue(std::monostate{});
}

std::string textOr(const SqlValue& v) {
    return std::holds_alternative<std::monostate>(v) ? std::string() : asText(v);
}

}  // namespace

void AuditTrail::append(const AuditRecord& record, std::int64_t atMs) {
    appendAll({record}, atMs);
}

void AuditTrail::appendAll(const std::vector<AuditRecord>& records, std::int64_t atMs) {
    for (std::size_t start = 0; start < records.size(); start += kRowsPerInsert) {
        const auto end = std::min(records.size(), start + kRowsPerInsert);
        std::string sql =
            "INSERT INTO audit_log (at_ms, event, outcome, user_id, device_id, case_id, entity, "
            "entity_id, detail) VALUES ";
        std::vector<SqlValue> params;
        for (auto i = start; i < end; ++i) {
            const auto& r = records[i];
            sql += i == start ? "(?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?)";
            params.insert(params.end(),
                          {atMs, r.event, r.outcome, optional(r.userId), optional(r.deviceId),
                           optional(r.caseId), r.entity, r.entityId, r.detail});
        }
        m_db.query(sql, params);
    }
}

std::vector<CaseAccessEntry> AuditTrail::caseLog(const std::string& caseId) {
    std::vector<CaseAccessEntry> out;
    for (const auto& r :
         m_db.query("SELECT a.at_ms, a.event, a.outcome, a.user_id, u.name, o.name, "
                    "COALESCE(m.role, u.role), a.device_id, a.entity, a.entity_id, a.detail "
                    "FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
                    "LEFT JOIN orgs o ON o.id = u.org_id "
                    "LEFT JOIN case_members m ON m.case_id = a.case_id AND m.user_id = a.user_id "
                    "WHERE a.case_id = ? ORDER BY a.id",
                    {caseId})) {
        out.push_back({asInt(r[0]), "server", asText(r[1]), asText(r[2]), textOr(r[3]),
                       textOr(r[4]), textOr(r[5]), textOr(r[6]), textOr(r[7]), caseId, asText(r[8]),
                       asText(r[9]), asText(r[10])});
    }
    // The devices' own entries (reads on the tablet), attributed to the device's user.
    for (const auto& r : m_db.query(
             "SELECT d.at_ms, d.action, d.user_id, u.name, o.name, COALESCE(m.role, u.role), "
             "d.device_id, d.entity, d.entity_id FROM device_audit d "
             "LEFT JOIN users u ON u.id = d.user_id LEFT JOIN orgs o ON o.id = u.org_id "
             "LEFT JOIN case_members m ON m.case_id = d.case_id AND m.user_id = d.user_id "
             "WHERE d.case_id = ? ORDER BY d.at_ms, d.device_id, d.seq",
             {caseId})) {
        out.push_back({asInt(r[0]), "device", asText(r[1]), "ok", asText(r[2]), textOr(r[3]),
                       textOr(r[4]), textOr(r[5]), asText(r[6]), caseId, asText(r[7]), asText(r[8]),
                       ""});
    }
    // Chronological; the server's own order (by id) is kept among equal times.
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.atMs < b.atMs; });
    return out;
}

}  // namespace veldwerk::sync::server
