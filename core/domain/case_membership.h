// Who works on which case, in which role. Membership is the device's access rule: a user sees
// and changes only the cases they are a member of (least privilege), and a GI user becomes a
// member only while the family's consent is in force.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/vault/vault.h"

namespace veldwerk::domain {

struct CaseMember {
    std::string userId;
    std::string userName;  // the login
    std::string role;
    std::string displayName;  // what a professional reads: the full name, else the login
};

// The change record names a membership "CASEID:USERID" (field "role"; null: the member left).
std::string memberEntityId(const std::string& caseId, const std::string& userId);

class AccessDenied : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class CaseMembership {
public:
    explicit CaseMembership(vault::Vault& vault) : m_vault(vault) {}

    void add(const Actor& actor, const std::string& caseId, const std::string& userId,
             const std::string& role);
    std::optional<std::string> roleOf(const std::string& caseId, const std::string& userId);
    std::vector<CaseMember> members(const std::string& caseId);
    // Throws AccessDenied unless the actor is a current member of the case.
    void require(const Actor& actor, const std::string& caseId);

private:
    vault::Vault& m_vault;
};

}  // namespace veldwerk::domain
