// Removes a case the device may no longer hold (its user left it, consent was withdrawn): every
// row of the case in every table that holds client data, including the change record, outbox
// and conflicts, in one transaction with an audit entry. Kept: the audit log (ids only, and
// append-only by design) and the quarantine (refused changes are never dropped silently).
#pragma once

#include <string>
#include <vector>

#include "core/vault/vault.h"

namespace veldwerk::sync {

class CasePurge {
public:
    explicit CasePurge(vault::Vault& vault) : m_vault(vault) {}

    // Every case id the device holds anything of.
    std::vector<std::string> heldCases();
    // Call outside a transaction: it commits its own.
    void purge(const std::string& caseId);

private:
    vault::Vault& m_vault;
};

}  // namespace veldwerk::sync
