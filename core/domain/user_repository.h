// Users known on this device: the vault's owner and the colleagues of its cases. Until sync
// lands they are added locally (veldwerk-cli user add); afterwards they come from the server.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/vault/vault.h"

namespace veldwerk::domain {

struct UserRecord {
    std::string id;
    std::string name;
    std::string role;  // jgt | gi | supervisor | admin
    std::optional<std::string> org;
    std::optional<std::string> fullName;  // from the server's directory, once an admin set it

    // What a professional reads: the full name, else the login.
    const std::string& displayName() const { return fullName ? *fullName : name; }
};

bool isKnownRole(const std::string& role);

class UserRepository {
public:
    explicit UserRepository(vault::Vault& vault) : m_vault(vault) {}

    std::string add(const Actor& actor, const std::string& name, const std::string& role,
                    const std::optional<std::string>& org);
    std::optional<UserRecord> findByName(const std::string& name);
    std::optional<UserRecord> findById(const std::string& id);
    std::vector<UserRecord> list();
    // The actor for a user on this device.
    Actor actorFor(const UserRecord& user) const;

private:
    vault::Vault& m_vault;
};

}  // namespace veldwerk::domain
