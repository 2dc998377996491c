// Consent records: the family's consent for a GI professional to join the case (Jeugdwet
// 7.3.11). Without a consent in force no GI user can be made a member; withdrawing it ends the
// GI memberships of the case.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/vault/vault.h"

namespace veldwerk::domain {

struct ConsentRecord {
    std::string id;
    std::string caseId;
    std::string forRole;  // "gi"
    std::string givenBy;  // who consented (e.g. the parent with authority)
    std::string recordedBy;
    std::int64_t recordedAtMs = 0;
    std::optional<std::int64_t> withdrawnAtMs;
    std::optional<std::string> withdrawnBy;
};

class ConsentRepository {
public:
    explicit ConsentRepository(vault::Vault& vault) : m_vault(vault) {}

    std::string add(const Actor& actor, const std::string& caseId, const std::string& forRole,
                    const std::string& givenBy);
    // Withdraws every consent in force for the role; returns how many GI memberships ended.
    int withdraw(const Actor& actor, const std::string& caseId, const std::string& forRole);
    bool inForce(const std::string& caseId, const std::string& forRole);
    std::vector<ConsentRecord> forCase(const std::string& caseId);

private:
    // The first column of a query bound to (case id, role).
    std::vector<std::string> ids(const std::string& sql, const std::string& caseId,
                                 const std::string& role);
    vault::Vault& m_vault;
};

}  // namespace veldwerk::domain
