// Cases (families): the unit of membership, consent and access logging. Every write goes
// through the change record; every read and write leaves an audit entry.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/vault/vault.h"

namespace veldwerk::domain {

struct CaseRecord {
    std::string id;
    std::string name;
    std::int64_t createdAtMs = 0;
    std::optional<std::int64_t> closedAtMs;
};

class CaseRepository {
public:
    explicit CaseRepository(vault::Vault& vault) : m_vault(vault) {}

    std::string add(const Actor& actor, const std::string& name);
    void rename(const Actor& actor, const std::string& id, const std::string& name);
    // All cases on this device (audited as one search).
    std::vector<CaseRecord> list(const Actor& actor);
    // One case by id or by an unambiguous id prefix (audited as a read).
    std::optional<CaseRecord> find(const Actor& actor, const std::string& idOrPrefix);

private:
    vault::Vault& m_vault;
};

}  // namespace veldwerk::domain
