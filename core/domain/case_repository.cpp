#include "core/domain/case_repository.h"

#include <stdexcept>

#include "core/domain/case_membership.h"

namespace veldwerk::domain {

namespace {
CaseRecord readCase(const vault::Statement& st) {
    CaseRecord c;
    c.id = st.text(0);
    c.name = st.text(1);
    c.createdAtMs = st.int64(2);
    if (!st.isNull(3)) {
        c.closedAtMs = st.int64(3);
    }
    return c;
}
}  // namespace

std::string CaseRepository::add(const Actor& actor, const std::string& name) {
    if (name.empty()) {
        throw std::invalid_argument("a case needs a name");
    }
    auto& db = m_vault.db();
    const auto id = vault::randomHex(16);
    vault::Transaction tx(db);
    db.prepare("INSERT INTO cases (id, name, created_at) VALUES (?1, ?2, ?3)")
        .bind(1, id)
        .bind(2, name)
        .bind(3, m_vault.wallClock().nowMs())
        .run();
    db.prepare(
          "INSERT INTO case_members (case_id, user_id, role, added_at) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, id)
        .bind(2, actor.userId)
        .bind(3, actor.role)
        .bind(4, m_vault.wallClock().nowMs())
        .run();
    m_vault.changes().record({id, "case", id, "name", name}, actor);
    m_vault.changes().record({id, "member", memberEntityId(id, actor.userId), "role", actor.role},
                             actor);
    m_vault.audit().append(actor, {audit::AuditAction::Create, "case", id, id});
    tx.commit();
    return id;
}

void CaseRepository::rename(const Actor& actor, const std::string& id, const std::string& name) {
    if (name.empty()) {
        throw std::invalid_argument("a case needs a name");
    }
    auto& db = m_vault.db();
    vault::Transaction tx(db);
    CaseMembership(m_vault).require(actor, id);
    db.prepare("UPDATE cases SET name = ?2 WHERE id = ?1 AND deleted = 0")
        .bind(1, id)
        .bind(2, name)
        .run();
    if (db.changes() == 0) {
        throw std::out_of_range("no case " + id);
    }
    m_vault.changes().record({id, "case", id, "name", name}, actor);
    m_vault.audit().append(actor, {audit::AuditAction::Change, "case", id, id});
    tx.commit();
}

std::int64_t CaseRepository::close(const Actor& actor, const std::string& id) {
    auto& db = m_vault.db();
    vault::Transaction tx(db);
    CaseMembership membership(m_vault);
    membership.require(actor, id);
    if (membership.roleOf(id, actor.userId) != "jgt") {
        throw AccessDenied("only a JGT member of the case closes it");
    }
    const auto at = m_vault.wallClock().nowMs();
    db.prepare(
          "UPDATE cases SET closed_at = ?2 WHERE id = ?1 AND deleted = 0 AND closed_at IS NULL")
        .bind(1, id)
        .bind(2, at)
        .run();
    if (db.changes() == 0) {
        throw std::invalid_argument("case " + id + " is closed already (or unknown)");
    }
    m_vault.changes().record({id, "case", id, "closed_at", std::to_string(at)}, actor);
    m_vault.audit().append(actor, {audit::AuditAction::Change, "case", id, id});
    tx.commit();
    return at;
}

std::vector<CaseRecord> CaseRepository::list(const Actor& actor) {
    auto& db = m_vault.db();
    vault::Transaction tx(db);
    // Only the cases the actor is a member of: a device user sees nothing else.
    auto st = db.prepare(
        "SELECT c.id, c.name, c.created_at, c.closed_at FROM cases c JOIN case_members m ON "
        "m.case_id = c.id AND m.user_id = ?1 AND m.removed_at IS NULL WHERE c.deleted = 0 "
        "ORDER BY c.created_at, c.id");
    st.bind(1, actor.userId);
    std::vector<CaseRecord> out;
    while (st.step()) {
        out.push_back(readCase(st));
    }
    m_vault.audit().append(actor, {audit::AuditAction::Search, "case", "", {}});
    tx.commit();
    return out;
}

std::optional<CaseRecord> CaseRepository::find(const Actor& actor, const std::string& idOrPrefix) {
    if (idOrPrefix.empty()) {
        return std::nullopt;
    }
    auto& db = m_vault.db();
    vault::Transaction tx(db);
    // Prefix match on the hex id; ids never contain LIKE wildcards, the input is checked.
    if (idOrPrefix.find_first_not_of("0123456789abcdef") != std::string::npos) {
        return std::nullopt;
    }
    auto st = db.prepare(
        "SELECT id, name, created_at, closed_at FROM cases WHERE deleted = 0 AND "
        "substr(id, 1, length(?1)) = ?1 LIMIT 2");
    st.bind(1, idOrPrefix);
    std::vector<CaseRecord> found;
    while (st.step()) {
        found.push_back(readCase(st));
    }
    if (found.size() != 1) {
        if (found.size() > 1) {
            throw std::invalid_argument("case id prefix " + idOrPrefix + " is ambiguous");
        }
        return std::nullopt;
    }
    CaseMembership(m_vault).require(actor, found[0].id);
    m_vault.audit().append(actor, {audit::AuditAction::Read, "case", found[0].id, found[0].id});
    tx.commit();
    return found[0];
}

}  // namespace veldwerk::domain
