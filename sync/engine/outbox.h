// The device's pending field writes, as the change record queued them (one row per field: the
// latest value with the base of the first unpushed edit). Taken in local order into push
// batches; the server's answer to each change settles its row: acknowledged rows go, a row
// edited again while its batch was out stays, with the returned version as its new base only when
// the server's state is this device's own value (applied; after a conflict or a set merge the
// edit stays concurrent with the sides it has not seen).
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "core/vault/vault.h"
#include "sync/protocol/messages.h"

namespace veldwerk::sync {

class Outbox {
public:
    explicit Outbox(vault::Vault& vault) : m_vault(vault) {}

    // Up to `limit` pending changes, oldest first; clientSeq is the local sequence of the edit.
    std::vector<OutgoingChange> take(std::size_t limit);
    std::size_t size();
    std::size_t sizeFor(const std::string& caseId);

    // Settles one pushed change the server accepted (applied, unchanged, merged, conflict).
    // Call inside a transaction.
    void acknowledge(const OutgoingChange& sent, const PushResult& result);
    // Removes the row of a change the server refused, unless it was edited again since.
    // Returns whether the row is gone. Call inside a transaction.
    bool dropRefused(const OutgoingChange& sent);

    // For a batch settled in one transaction: the fields in conflict are read here once, and the
    // other fields' settling skips the conflicts table.
    void startSettling();

private:
    using Key = std::tuple<std::string, std::string, std::string>;  // entity, id, field
    bool mayBeInConflict(const OutgoingChange& sent) const;
    vault::Vault& m_vault;
    std::optional<std::set<Key>> m_inConflict;  // after startSettling()
};

vault::FieldWrite writeOf(const OutgoingChange& change);

}  // namespace veldwerk::sync
