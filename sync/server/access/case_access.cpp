#include "sync/server/access/case_access.h"

#include "sync/server/fields/field_store.h"

namespace veldwerk::sync::server {

std::optional<CaseRow> CaseAccess::findCase(const std::string& caseId) {
    const auto rows = m_db.query("SELECT id, team_id FROM cases WHERE id = ?", {caseId});
    if (rows.empty()) {
        return std::nullopt;
    }
    return CaseRow{asText(rows[0][0]), asOptionalText(rows[0][1])};
}

void CaseAccess::createCase(const std::string& caseId, const std::optional<std::string>& teamId,
                            const std::string& createdBy, std::int64_t nowMs) {
    m_db.query("INSERT INTO cases (id, team_id, created_by, created_at) VALUES (?, ?, ?, ?)",
               {caseId, sqlText(teamId), createdBy, nowMs});
}

std::optional<std::string> CaseAccess::roleIn(const Caller& caller, const CaseRow& c) {
    const auto rows =
        m_db.query("SELECT role FROM case_members WHERE case_id = ? AND user_id = ? AND active = 1",
                   {c.id, caller.userId});
    if (!rows.empty()) {
        return asText(rows[0][0]);
    }
    if (caller.role == "supervisor" && caller.teamId && c.teamId == caller.teamId) {
        return std::string("supervisor");
    }
    return std::nullopt;
}

std::optional<UserRow> CaseAccess::findUser(const std::string& userId) {
    const auto rows = m_db.query("SELECT id, role, active FROM users WHERE id = ?", {userId});
    if (rows.empty()) {
        return std::nullopt;
    }
    return UserRow{asText(rows[0][0]), asText(rows[0][1]), asInt(rows[0][2]) != 0};
}

void CaseAccess::setMember(const std::string& caseId, const std::string& userId,
                           const std::optional<std::string>& role) {
    if (!role) {
        m_db.query("UPDATE case_members SET active = 0 WHERE case_id = ? AND user_id = ?",
                   {caseId, userId});
        return;
    }
    // Under the write lock: update, else insert, cannot race.
    m_db.query("UPDATE case_members SET role = ?, active = 1 WHERE case_id = ? AND user_id = ?",
               {*role, caseId, userId});
    if (m_db.changes() == 0) {
        m_db.query("INSERT INTO case_members (case_id, user_id, role, active) VALUES (?, ?, ?, 1)",
                   {caseId, userId, *role});
    }
}

std::vector<std::string> CaseAccess::activeMembers(const std::string& caseId,
                                                   const std::string& role) {
    std::vector<std::string> out;
    for (const auto& r : m_db.query(
             "SELECT user_id FROM case_members WHERE case_id = ? AND role = ? AND active = 1 "
             "ORDER BY user_id",
             {caseId, role})) {
        out.push_back(asText(r[0]));
    }
    return out;
}

bool CaseAccess::consentInForce(const std::string& caseId, const std::string& forRole) {
    return !m_db.query(
                    "SELECT 1 FROM consents WHERE case_id = ? AND for_role = ? AND "
                    "(withdrawn_at IS NULL OR withdrawn_at = '') AND given_by IS NOT NULL AND "
                    "given_by <> '' LIMIT 1",
                    {caseId, forRole})
                .empty();
}

void CaseAccess::recordConsentField(const std::string& consentId, const std::string& caseId,
                                    const std::string& field,
                                    const std::optional<std::string>& value,
                                    const std::string& recordedBy, std::int64_t nowMs) {
    if (m_db.query("SELECT 1 FROM consents WHERE id = ?", {consentId}).empty()) {
        m_db.query(
            "INSERT INTO consents (id, case_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?)",
            {consentId, caseId, recordedBy, nowMs});
    }
    // The column name comes from this fixed list, never from the wire.
    const char* column = field == "for_role"       ? "for_role"
                         : field == "given_by"     ? "given_by"
                         : field == "withdrawn_at" ? "withdrawn_at"
                                                   : nullptr;
    if (column) {
        m_db.query(std::string("UPDATE consents SET ") + column + " = ? WHERE id = ?",
                   {sqlText(value), consentId});
    }
}

}  // namespace veldwerk::sync::server
