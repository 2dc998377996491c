#include "core/domain/user_repository.h"

#include <stdexcept>

namespace veldwerk::domain {

namespace {
UserRecord readUser(const vault::Statement& st) {
    return UserRecord{st.text(0), st.text(1), st.text(2), st.optionalText(3), st.optionalText(4)};
}
}  // namespace

bool isKnownRole(const std::string& role) {
    return role == "jgt" || role == "gi" || role == "supervisor" || role == "admin";
}

std::string UserRepository::add(const Actor& actor, const std::string& name,
                                const std::string& role, const std::optional<std::string>& org) {
    if (name.empty()) {
        throw std::invalid_argument("a user needs a name");
    }
    if (!isKnownRole(role)) {
        throw std::invalid_argument("unknown role '" + role + "' (jgt, gi, supervisor, admin)");
    }
    if (findByName(name)) {
        throw std::invalid_argument("a user named '" + name + "' already exists");
    }
    auto& db = m_vault.db();
    const auto id = vault::randomHex(16);
    vault::Transaction tx(db);
    db.prepare("INSERT INTO users (id, name, org_id, role) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, id)
        .bind(2, name)
        .bind(3, org)
        .bind(4, role)
        .run();
    m_vault.audit().append(actor, {audit::AuditAction::Create, "user", id, {}});
    tx.commit();
    return id;
}

std::optional<UserRecord> UserRepository::findByName(const std::string& name) {
    auto st =
        m_vault.db().prepare("SELECT id, name, role, org_id, full_name FROM users WHERE name = ?1");
    st.bind(1, name);
    return st.step() ? std::optional<UserRecord>(readUser(st)) : std::nullopt;
}

std::optional<UserRecord> UserRepository::findById(const std::string& id) {
    auto st =
        m_vault.db().prepare("SELECT id, name, role, org_id, full_name FROM users WHERE id = ?1");
    st.bind(1, id);
    return st.step() ? std::optional<UserRecord>(readUser(st)) : std::nullopt;
}

std::vector<UserRecord> UserRepository::list() {
    auto st =
        m_vault.db().prepare("SELECT id, name, role, org_id, full_name FROM users ORDER BY name");
    std::vector<UserRecord> out;
    while (st.step()) {
        out.push_back(readUser(st));
    }
    return out;
}

Actor UserRepository::actorFor(const UserRecord& user) const {
    return Actor{user.id, m_vault.owner().deviceId, user.role};
}

}  // namespace veldwerk::domain
