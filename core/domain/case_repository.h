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
    // Closes the case (a JGT member of it; AccessDenied otherwise): `closed_at` through the change
    // record. The server then keeps it for retention and every device purges it at its next
    // sync. Returns the closure time (ms).
    std::int64_t close(const Actor& actor, const std::string& id);
    // All cases on this device (audited as one search).
    std::vector<CaseRecord> list(const Actor& actor);
    // One case by id or by an unambiguous id prefix (audited as a read).
    std::optional<CaseRecord> find(const Actor& actor, const std::string& idOrPrefix);

private:
    vault::Vault& m_vault;
};

}  // namespace veldwerk::domain
