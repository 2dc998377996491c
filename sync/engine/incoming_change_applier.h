// Applies one pulled field state to the vault. A field with a pending local edit keeps its local
// value (the push that follows meets the server's merge). Otherwise the server's value, version,
// author and conflict sides replace the local ones: in the domain tables (CaseMaterializer), in
// the change record (the field's server version and history) and in the conflicts table.
// Versions only move forward, and a state the device already holds is left alone, so a page
// applied twice changes nothing.
#pragma once

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

    // The field's state as the device shows it: the server's, or nothing when the server never
    // had the field (a refused local write is taken back this way). Call inside a transaction.
    void takeBack(const vault::FieldWrite& write);

private:
    bool hasPendingEdit(const IncomingChange& change);
    vault::Vault& m_vault;
};

}  // namespace veldwerk::sync
