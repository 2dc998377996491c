#include "sync/server/accountability/emergency_access.h"

#include "core/clock/hlc.h"
#include "core/vault/secret.h"
#include "sync/server/access/case_access.h"
#include "sync/server/accountability/server_write.h"
#include "sync/server/api_error.h"
#include "sync/server/audit/audit_trail.h"
#include "sync/server/retention/case_closures.h"
#include "sync/server/retention/case_destruction.h"
#include "sync/server/transaction.h"

namespace veldwerk::sync::server {

namespace {

constexpr const char* kColumns =
    "SELECT id, case_id, team_id, user_id, role, device_id, reason, granted_at, expires_at, "
    "ended_at, reviewed_by, reviewed_at, review_note FROM emergency_access ";

std::optional<std::int64_t> optionalInt(const SqlValue& v) {
    return std::holds_alternative<std::monostate>(v) ? std::nullopt
                                                     : std::optional<std::int64_t>(asInt(v));
}

EmergencyGrant readGrant(const SqlRow& r) {
    return {asText(r[0]),         asText(r[1]),      asOptionalText(r[2]),  asText(r[3]),
            asText(r[4]),         asText(r[5]),      asText(r[6]),          asInt(r[7]),
            asInt(r[8]),          optionalInt(r[9]), asOptionalText(r[10]), optionalInt(r[11]),
            asOptionalText(r[12])};
}

bool blank(const std::string& s) {
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

std::uint64_t serverHlc(std::int64_t nowMs) {
    return clock::Hlc{static_cast<std::uint64_t>(nowMs), 0}.packed();
}

}  // namespace

EmergencyGrant EmergencyAccess::open(const Caller& caller, const EmergencyAccessRequest& request,
                                     std::int64_t nowMs) {
    if (caller.role != "jgt" && caller.role != "supervisor") {
        throw ApiError(403, "forbidden",
                       "only a JGT professional or a supervisor opens a case in an emergency");
    }
    if (blank(request.reason)) {
        throw ApiError(400, "reason_required",
                       "emergency access needs the reason, stated by the professional");
    }
    const auto rows = m_db.query(
        "SELECT c.team_id, t.org_id FROM cases c LEFT JOIN teams t ON t.id = c.team_id WHERE "
        "c.id = ?",
        {request.caseId});
    if (rows.empty()) {
        throw ApiError(404, "not_found", "there is no such case");
    }
    const auto teamId = asOptionalText(rows[0][0]);
    if (asOptionalText(rows[0][1]) != caller.orgId) {
        throw ApiError(403, "forbidden", "the case belongs to another organisation");
    }
    if (CaseClosures(m_db).find(request.caseId)) {
        throw ApiError(409, "case_closed", "the case is closed");
    }
    CaseAccess access(m_db);
    if (access.roleIn(caller, CaseRow{request.caseId, teamId})) {
        throw ApiError(409, "already_member", "the user already has access to this case");
    }

    FieldWrite w;
    w.key = {"member", request.caseId + ":" + caller.userId, "role"};
    w.caseId = request.caseId;
    w.value = caller.role;
    w.by = {serverHlc(nowMs), caller.userId, caller.role, caller.deviceId};
    w.kind = "emergency";
    const auto written = writeAsServer(m_db, w);
    access.setMember(request.caseId, caller.userId, caller.role);

    EmergencyGrant g;
    g.id = vault::randomHex(16);
    g.caseId = request.caseId;
    g.teamId = teamId;
    g.userId = caller.userId;
    g.role = caller.role;
    g.deviceId = caller.deviceId;
    g.reason = request.reason;
    g.grantedAt = nowMs;
    g.expiresAt = nowMs + kEmergencyAccessMs;
    m_db.query(
        "INSERT INTO emergency_access (id, case_id, team_id, user_id, role, device_id, reason, "
        "granted_at, expires_at, member_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {g.id, g.caseId, teamId ? SqlValue(*teamId) : SqlValue(std::monostate{}), g.userId, g.role,
         g.deviceId, g.reason, g.grantedAt, g.expiresAt, written.version});
    AuditTrail(m_db).append({"emergency", "ok", caller.userId, caller.deviceId, g.caseId, "case",
                             g.caseId, "emergency access for 24 h, grant " + g.id},
                            nowMs);
    return g;
}

bool EmergencyAccess::hasLapsed(const std::string& userId, std::int64_t nowMs) {
    return !m_db.query(
                    "SELECT 1 FROM emergency_access WHERE user_id = ? AND ended_at IS NULL AND "
                    "expires_at <= ? LIMIT 1",
                    {userId, nowMs})
                .empty();
}

void EmergencyAccess::endLapsed(const std::optional<std::string>& userId, std::int64_t nowMs) {
    std::string sql = std::string(kColumns) + "WHERE ended_at IS NULL AND expires_at <= ?";
    std::vector<SqlValue> params{nowMs};
    if (userId) {
        sql += " AND user_id = ?";
        params.emplace_back(*userId);
    }
    CaseAccess access(m_db);
    for (const auto& r : m_db.query(sql + " ORDER BY id", params)) {
        const auto g = readGrant(r);
        const auto memberRow = m_db.query(
            "SELECT version FROM fields WHERE entity = 'member' AND entity_id = ? AND field = "
            "'role'",
            {g.caseId + ":" + g.userId});
        const auto grantVersion =
            asInt(m_db.query("SELECT member_version FROM emergency_access "
                             "WHERE id = ?",
                             {g.id})[0][0]);
        // A JGT member of the case who wrote this membership after the grant (the same role
        // comes back `unchanged`, so the access log is where that shows) made it a regular one.
        const bool confirmed =
            !m_db.query(
                     "SELECT 1 FROM audit_log WHERE case_id = ? AND entity = 'member' AND "
                     "entity_id = ? AND event IN ('create', 'change') AND outcome IN "
                     "('applied', 'unchanged') AND user_id <> ? AND at_ms >= ? LIMIT 1",
                     {g.caseId, g.caseId + ":" + g.userId, g.userId, g.grantedAt})
                 .empty();
        // Only while the membership is still the grant's own (nobody made it a regular one).
        if (!confirmed && !memberRow.empty() && asInt(memberRow[0][0]) == grantVersion) {
            FieldWrite w;
            w.key = {"member", g.caseId + ":" + g.userId, "role"};
            w.caseId = g.caseId;
            w.value = std::nullopt;
            w.by = {serverHlc(nowMs), g.userId, g.role, "server"};
            w.kind = "removed";
            writeAsServer(m_db, w);
            access.setMember(g.caseId, g.userId, std::nullopt);
            AuditTrail(m_db).append(
                {"change", "ok", g.userId, std::nullopt, g.caseId, "member",
                 g.caseId + ":" + g.userId, "emergency access ended after 24 h, grant " + g.id},
                nowMs);
        }
        m_db.query("UPDATE emergency_access SET ended_at = ? WHERE id = ?", {nowMs, g.id});
    }
}

std::vector<EmergencyGrant> EmergencyAccess::grants() {
    std::vector<EmergencyGrant> out;
    for (const auto& r : m_db.query(std::string(kColumns) + "ORDER BY granted_at, id")) {
        out.push_back(readGrant(r));
    }
    return out;
}

std::optional<EmergencyGrant> EmergencyAccess::find(const std::string& id) {
    const auto rows = m_db.query(std::string(kColumns) + "WHERE id = ?", {id});
    if (rows.empty()) {
        return std::nullopt;
    }
    return readGrant(rows[0]);
}

void EmergencyAccess::review(const std::string& id, const std::string& reviewerId,
                             const std::optional<std::string>& note, std::int64_t nowMs) {
    const auto g = find(id);
    if (!g) {
        throw RetentionError("there is no emergency access with that id");
    }
    const auto reviewer =
        m_db.query("SELECT role, team_id FROM users WHERE id = ? AND active = 1", {reviewerId});
    if (reviewer.empty() || asText(reviewer[0][0]) != "supervisor" ||
        asOptionalText(reviewer[0][1]) != g->teamId) {
        throw RetentionError("an emergency access is reviewed by a supervisor of the case's team");
    }
    if (reviewerId == g->userId) {
        throw RetentionError("nobody reviews their own emergency access");
    }
    if (g->reviewedBy) {
        throw RetentionError("this emergency access is reviewed already");
    }
    m_db.query(
        "UPDATE emergency_access SET reviewed_by = ?, reviewed_at = ?, review_note = ? WHERE id = "
        "?",
        {reviewerId, nowMs, note ? SqlValue(*note) : SqlValue(std::monostate{}), id});
    AuditTrail(m_db).append({"admin", "ok", reviewerId, std::nullopt, g->caseId, "emergency_access",
                             id, "emergency access reviewed"},
                            nowMs);
}

void endLapsedEmergencyAccess(SqlConnection& db, const Caller& caller, std::int64_t nowMs) {
    if (!EmergencyAccess(db).hasLapsed(caller.userId, nowMs)) {
        return;
    }
    inTransaction(db, SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
        EmergencyAccess(db).endLapsed(caller.userId, nowMs);
        tx.commit();
    });
}

}  // namespace veldwerk::sync::server
