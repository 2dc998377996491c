#include "core/domain/person_repository.h"

#include <chrono>
#include <stdexcept>

#include "core/domain/case_membership.h"

namespace veldwerk::domain {

namespace {
PersonRecord readPerson(const vault::Statement& st) {
    return PersonRecord{st.text(0), st.text(1), st.text(2), st.text(3), st.optionalText(4)};
}

void checkPerson(const std::string& role, const std::string& name,
                 const std::optional<std::string>& born) {
    if (role != "kind" && role != "ouder") {
        throw std::invalid_argument("a person's role is 'kind' or 'ouder', not '" + role + "'");
    }
    if (name.empty()) {
        throw std::invalid_argument("a person needs a name (or initials)");
    }
    if (born && !isIsoDate(*born)) {
        throw std::invalid_argument("birth date must be a real date written YYYY-MM-DD");
    }
}
}  // namespace

bool isIsoDate(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
        if (text[i] < '0' || text[i] > '9') {
            return false;
        }
    }
    const std::chrono::year_month_day ymd{
        std::chrono::year{std::stoi(text.substr(0, 4))},
        std::chrono::month{static_cast<unsigned>(std::stoi(text.substr(5, 2)))},
        std::chrono::day{static_cast<unsigned>(std::stoi(text.substr(8, 2)))}};
    return ymd.ok();
}

std::string PersonRepository::add(const Actor& actor, const std::string& caseId,
                                  const std::string& role, const std::string& name,
                                  const std::optional<std::string>& born) {
    checkPerson(role, name, born);
    auto& db = m_vault.db();
    const auto id = vault::randomHex(16);
    vault::Transaction tx(db);
    CaseMembership(m_vault).require(actor, caseId);
    db.prepare("INSERT INTO persons (id, case_id, role, name, born) VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, id)
        .bind(2, caseId)
        .bind(3, role)
        .bind(4, name)
        .bind(5, born)
        .run();
    m_vault.changes().record({caseId, "person", id, "case_id", caseId}, actor);
    m_vault.changes().record({caseId, "person", id, "role", role}, actor);
    m_vault.changes().record({caseId, "person", id, "name", name}, actor);
    m_vault.changes().record({caseId, "person", id, "born", born}, actor);
    m_vault.audit().append(actor, {audit::AuditAction::Create, "person", id, caseId});
    tx.commit();
    return id;
}

void PersonRepository::update(const Actor& actor, const std::string& id, const std::string& role,
                              const std::string& name, const std::optional<std::string>& born) {
    checkPerson(role, name, born);
    auto& db = m_vault.db();
    vault::Transaction tx(db);
    auto st = db.prepare(
        "SELECT id, case_id, role, name, born FROM persons WHERE id = ?1 AND deleted = 0");
    st.bind(1, id);
    if (!st.step()) {
        throw std::invalid_argument("no person " + id);
    }
    const auto old = readPerson(st);
    CaseMembership(m_vault).require(actor, old.caseId);
    db.prepare("UPDATE persons SET role = ?2, name = ?3, born = ?4 WHERE id = ?1")
        .bind(1, id)
        .bind(2, role)
        .bind(3, name)
        .bind(4, born)
        .run();
    auto& changes = m_vault.changes();
    if (old.role != role) {
        changes.record({old.caseId, "person", id, "role", role}, actor);
    }
    if (old.name != name) {
        changes.record({old.caseId, "person", id, "name", name}, actor);
    }
    if (old.born != born) {
        changes.record({old.caseId, "person", id, "born", born}, actor);
    }
    m_vault.audit().append(actor, {audit::AuditAction::Change, "person", id, old.caseId});
    tx.commit();
}

std::optional<PersonRecord> PersonRepository::find(const Actor& actor, const std::string& id) {
    auto& db = m_vault.db();
    vault::Transaction tx(db);
    auto st = db.prepare(
        "SELECT id, case_id, role, name, born FROM persons WHERE id = ?1 AND deleted = 0");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    auto p = readPerson(st);
    CaseMembership(m_vault).require(actor, p.caseId);
    m_vault.audit().append(actor, {audit::AuditAction::Read, "person", p.id, p.caseId});
    tx.commit();
    return p;
}

std::vector<PersonRecord> PersonRepository::forCase(const Actor& actor, const std::string& caseId) {
    auto& db = m_vault.db();
    vault::Transaction tx(db);
    CaseMembership(m_vault).require(actor, caseId);
    auto st = db.prepare(
        "SELECT id, case_id, role, name, born FROM persons WHERE case_id = ?1 AND deleted = 0 "
        "ORDER BY role, name");
    st.bind(1, caseId);
    std::vector<PersonRecord> out;
    while (st.step()) {
        out.push_back(readPerson(st));
    }
    m_vault.audit().append(actor, {audit::AuditAction::Read, "person", "", caseId});
    tx.commit();
    return out;
}

}  // namespace veldwerk::domain
