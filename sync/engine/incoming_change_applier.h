// Applies one pulled field state to the vault. A field with a pending local edit keeps its local
// value (the push that follows meets the server's merge). Otherwise the server's value, version,
// author and conflict sides replace the local ones: in the domain tables (CaseMaterializer), in
// the change record (the field's server version and history) and in the conflicts table.
// Versions only move forward, and a state the device already holds is left alone, so a page
// applied twice changes nothing.
#pragma once

#include <optional>
#include <set>
#include <tuple>

#include "core/vault/vault.h"
#include "sync/protocol/messages.h"

namespace veldwerk::sync {

enum class ApplyOutcome {
    Applied,    // the device now holds the server's state
    Unchanged,  // it already did
    KeptLocal,  // a local edit of the field waits to be pushed
    Stale,      // older than what the device has
};

class IncomingChangeApplier {
public:
    explicit IncomingChangeApplier(vault::Vault& vault) : m_vault(vault) {}

    // Call inside a transaction.
    ApplyOutcome apply(const IncomingChange& change);

    // For a page applied in one transaction that writes no outbox row: the fields with a pending
    // edit and those in conflict are read here once, not looked up per field by apply().
    void startPage();

    // The field's state as the device shows it: the server's, or nothing when the server never
    // had the field (a refused local write is taken back this way). Call inside a transaction.
    void takeBack(const vault::FieldWrite& write);

private:
    using Key = std::tuple<std::string, std::string, std::string>;  // entity, id, field
    bool hasPendingEdit(const IncomingChange& change);
    bool mayBeInConflict(const IncomingChange& change) const;
    vault::Vault& m_vault;
    std::optional<std::set<Key>> m_pending;     // after startPage()
    std::optional<std::set<Key>> m_inConflict;  // after startPage(), kept up to date by apply()
};

}  // namespace veldwerk::sync
