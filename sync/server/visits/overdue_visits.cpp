#include "sync/server/visits/overdue_visits.h"

#include <algorithm>

namespace veldwerk::sync::server {

std::int64_t visitGraceMinutes(SqlConnection& db) {
    const auto rows =
        db.query("SELECT value FROM settings WHERE name = ?", {std::string("visit_grace_minutes")});
    if (rows.empty()) {
        return kDefaultVisitGraceMinutes;
    }
    try {
        return std::stoll(asText(rows[0][0]));
    } catch (const std::exception&) {
        return kDefaultVisitGraceMinutes;
    }
}

void setVisitGraceMinutes(SqlConnection& db, std::int64_t minutes) {
    db.query("DELETE FROM settings WHERE name = ?", {std::string("visit_grace_minutes")});
    db.query("INSERT INTO settings (name, value) VALUES (?, ?)",
             {std::string("visit_grace_minutes"), std::to_string(minutes)});
}

std::vector<OverdueVisit> overdueVisits(SqlConnection& db, std::int64_t nowMs,
                                        const std::optional<std::string>& teamId) {
    const std::int64_t graceMs = visitGraceMinutes(db) * 60 * 1000;
    std::vector<SqlValue> params{graceMs, nowMs};
    std::string sql =
        "SELECT v.id, v.case_id, v.started_by, COALESCE(u.full_name, u.name, ''), v.started_at, "
        "v.expected_end, v.alert_at, COALESCE(a.full_name, a.name, '') FROM visits v JOIN cases c "
        "ON c.id = "
        "v.case_id LEFT JOIN users u ON u.id = v.started_by LEFT JOIN users a ON a.id = "
        "v.alert_by WHERE v.started_at IS NOT NULL AND v.ended_at IS NULL AND (v.alert_at IS NOT "
        "NULL OR (v.expected_end IS NOT NULL AND v.expected_end + ? < ?))";
    if (teamId) {
        sql += " AND c.team_id = ?";
        params.emplace_back(*teamId);
    }
    sql += " ORDER BY v.started_at, v.id";
    std::vector<OverdueVisit> out;
    for (const auto& row : db.query(sql, params)) {
        OverdueVisit o;
        o.visitId = asText(row[0]);
        o.caseId = asText(row[1]);
        o.workerId = asOptionalText(row[2]).value_or("");
        o.workerName = asText(row[3]);
        o.startedAt = asInt(row[4]);
        o.expectedEnd = std::holds_alternative<std::monostate>(row[5]) ? 0 : asInt(row[5]);
        if (!std::holds_alternative<std::monostate>(row[6])) {
            o.alertAt = asInt(row[6]);
            o.alertBy = asText(row[7]);
        }
        const std::int64_t lateSince = o.expectedEnd + graceMs;
        o.since = o.alertAt != 0 ? (lateSince < nowMs ? std::min(o.alertAt, lateSince) : o.alertAt)
                                 : lateSince;
        const auto checkins = db.query(
            "SELECT k.position, COALESCE(u.name, '') FROM visit_checkins k LEFT JOIN users u ON "
            "u.id = k.user_id WHERE k.visit_id = ? ORDER BY k.at_ms DESC, k.user_id",
            {o.visitId});
        if (!checkins.empty()) {
            o.lastCheckin = asText(checkins[0][0]);
            o.lastCheckinBy = asText(checkins[0][1]);
        }
        out.push_back(std::move(o));
    }
    return out;
}

}  // namespace veldwerk::sync::server
