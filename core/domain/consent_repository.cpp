#include "core/domain/consent_repository.h"

#include <stdexcept>

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
    m_vault.changes().record({"consent", id, "given_by", givenBy}, actor);
    m_vault.audit().append(actor, {audit::AuditAction::Create, "consent", id, caseId});
    tx.commit();
    return id;
}

int ConsentRepository::withdraw(const Actor& actor, const std::string& caseId,
                                const std::string& forRole) {
    auto& db = m_vault.db();
    const auto now = m_vault.wallClock().nowMs();
    vault::Transaction tx(db);
    db.prepare(
          "UPDATE consents SET withdrawn_at = ?3, withdrawn_by = ?4 WHERE case_id = ?1 AND "
          "for_role = ?2 AND withdrawn_at IS NULL")
        .bind(1, caseId)
        .bind(2, forRole)
        .bind(3, now)
        .bind(4, actor.userId)
        .run();
    if (db.changes() == 0) {
        throw std::invalid_argument("no consent in force for this case");
    }
    m_vault.audit().append(actor, {audit::AuditAction::Change, "consent", caseId, caseId});
    db.prepare(
          "UPDATE case_members SET removed_at = ?2 WHERE case_id = ?1 AND role = 'gi' AND "
          "removed_at IS NULL")
        .bind(1, caseId)
        .bind(2, now)
        .run();
    const int ended = db.changes();
    tx.commit();
    return ended;
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
