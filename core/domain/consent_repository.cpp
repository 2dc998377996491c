#include "core/domain/consent_repository.h"

#include <stdexcept>

#include "core/domain/case_membership.h"

namespace veldwerk::domain {

std::string ConsentRepository::add(const Actor& actor, const std::string& caseId,
                                   const std::string& forRole, const std::string& givenBy) {
    if (forRole != "gi") {
        throw std::invalid_argument("consent is recorded for role 'gi'");
    }
    if (givenBy.empty()) {
        throw std::invalid_argument("a consent needs the name of who gave it (--by)");
    }
    auto& db = m_vault.db();
    const auto id = vault::randomHex(16);
    vault::Transaction tx(db);
    db.prepare(
          "INSERT INTO consents (id, case_id, for_role, given_by, recorded_by, recorded_at) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, id)
        .bind(2, caseId)
        .bind(3, forRole)
        .bind(4, givenBy)
        .bind(5, actor.userId)
        .bind(6, m_vault.wallClock().nowMs())
        .run();
    auto& changes = m_vault.changes();
    changes.record({caseId, "consent", id, "case_id", caseId}, actor);
    changes.record({caseId, "consent", id, "for_role", forRole}, actor);
    changes.record({caseId, "consent", id, "given_by", givenBy}, actor);
    m_vault.audit().append(actor, {audit::AuditAction::Create, "consent", id, caseId});
    tx.commit();
    return id;
}

int ConsentRepository::withdraw(const Actor& actor, const std::string& caseId,
                                const std::string& forRole) {
    auto& db = m_vault.db();
    auto& changes = m_vault.changes();
    const auto now = m_vault.wallClock().nowMs();
    vault::Transaction tx(db);
    const auto consents =
        ids("SELECT id FROM consents WHERE case_id = ?1 AND for_role = ?2 AND withdrawn_at IS "
            "NULL ORDER BY recorded_at, id",
            caseId, forRole);
    if (consents.empty()) {
        throw std::invalid_argument("no consent in force for this case");
    }
    for (const auto& id : consents) {
        db.prepare("UPDATE consents SET withdrawn_at = ?2, withdrawn_by = ?3 WHERE id = ?1")
            .bind(1, id)
            .bind(2, now)
            .bind(3, actor.userId)
            .run();
        changes.record({caseId, "consent", id, "withdrawn_at", std::to_string(now)}, actor);
    }
    m_vault.audit().append(actor, {audit::AuditAction::Change, "consent", caseId, caseId});
    // Without consent no GI professional stays on the case (the server does the same).
    const auto members = ids(
        "SELECT user_id FROM case_members WHERE case_id = ?1 AND role = ?2 AND removed_at IS NULL "
        "ORDER BY user_id",
        caseId, forRole);
    for (const auto& userId : members) {
        db.prepare("UPDATE case_members SET removed_at = ?3 WHERE case_id = ?1 AND user_id = ?2")
            .bind(1, caseId)
            .bind(2, userId)
            .bind(3, now)
            .run();
        changes.record({caseId, "member", memberEntityId(caseId, userId), "role", std::nullopt},
                       actor);
        m_vault.audit().append(actor, {audit::AuditAction::Change, "case_member", userId, caseId});
    }
    tx.commit();
    return static_cast<int>(members.size());
}

std::vector<std::string> ConsentRepository::ids(const std::string& sql, const std::string& caseId,
                                                const std::string& role) {
    auto st = m_vault.db().prepare(sql);
    st.bind(1, caseId).bind(2, role);
    std::vector<std::string> out;
    while (st.step()) {
        out.push_back(st.text(0));
    }
    return out;
}

bool ConsentRepository::inForce(const std::string& caseId, const std::string& forRole) {
    auto st = m_vault.db().prepare(
        "SELECT 1 FROM consents WHERE case_id = ?1 AND for_role = ?2 AND withdrawn_at IS NULL");
    st.bind(1, caseId).bind(2, forRole);
    return st.step();
}

std::vector<ConsentRecord> ConsentRepository::forCase(const std::string& caseId) {
    auto st = m_vault.db().prepare(
        "SELECT id, case_id, for_role, given_by, recorded_by, recorded_at, withdrawn_at, "
        "withdrawn_by FROM consents WHERE case_id = ?1 ORDER BY recorded_at");
    st.bind(1, caseId);
    std::vector<ConsentRecord> out;
    while (st.step()) {
        ConsentRecord c{st.text(0), st.text(1),  st.text(2),   st.text(3),
                        st.text(4), st.int64(5), std::nullopt, st.optionalText(7)};
        if (!st.isNull(6)) {
            c.withdrawnAtMs = st.int64(6);
        }
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace veldwerk::domain
