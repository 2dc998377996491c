#include "core/domain/case_membership.h"

#include "core/domain/consent_repository.h"
#include "core/domain/user_repository.h"

namespace veldwerk::domain {

std::string memberEntityId(const std::string& caseId, const std::string& userId) {
    return caseId + ":" + userId;
}

void CaseMembership::add(const Actor& actor, const std::string& caseId, const std::string& userId,
                         const std::string& role) {
    if (role != "jgt" && role != "gi" && role != "supervisor") {
        throw std::invalid_argument("unknown case role '" + role + "' (jgt, gi, supervisor)");
    }
    require(actor, caseId);
    if (actor.role != "jgt") {
        throw AccessDenied("only a JGT member of the case adds members");
    }
    if (role == "gi" && !ConsentRepository(m_vault).inForce(caseId, "gi")) {
        throw AccessDenied(
            "no consent of the family is recorded for a GI professional on this case");
    }
    auto& db = m_vault.db();
    vault::Transaction tx(db);
    // Re-adding someone who left restores the membership.
    db.prepare(
          "INSERT OR REPLACE INTO case_members (case_id, user_id, role, added_at, removed_at) "
          "VALUES (?1, ?2, ?3, ?4, NULL)")
        .bind(1, caseId)
        .bind(2, userId)
        .bind(3, role)
        .bind(4, m_vault.wallClock().nowMs())
        .run();
    m_vault.changes().record({caseId, "member", memberEntityId(caseId, userId), "role", role},
                             actor);
    m_vault.audit().append(actor, {audit::AuditAction::Change, "case_member", userId, caseId});
    tx.commit();
}

std::optional<std::string> CaseMembership::roleOf(const std::string& caseId,
                                                  const std::string& userId) {
    auto st = m_vault.db().prepare(
        "SELECT role FROM case_members WHERE case_id = ?1 AND user_id = ?2 AND removed_at IS NULL");
    st.bind(1, caseId).bind(2, userId);
    return st.step() ? std::optional<std::string>(st.text(0)) : std::nullopt;
}

std::vector<CaseMember> CaseMembership::members(const std::string& caseId) {
    auto st = m_vault.db().prepare(
        "SELECT m.user_id, COALESCE(u.name, ''), m.role, COALESCE(u.full_name, u.name, '') FROM "
        "case_members m LEFT JOIN users u ON u.id = m.user_id WHERE m.case_id = ?1 AND "
        "m.removed_at IS NULL ORDER BY m.added_at");
    st.bind(1, caseId);
    std::vector<CaseMember> out;
    while (st.step()) {
        out.push_back({st.text(0), st.text(1), st.text(2), st.text(3)});
    }
    return out;
}

void CaseMembership::require(const Actor& actor, const std::string& caseId) {
    if (!roleOf(caseId, actor.userId)) {
        throw AccessDenied("you are not a member of this case");
    }
}

}  // namespace veldwerk::domain
