// Changes the server refused (no right to write that case or field, a lifecycle step not allowed,
// a malformed batch), each with the server's English reason. Never dropped: the user sees them
// with `veldwerk-cli quarantine list` and can enter them again where they belong.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/vault/database.h"
#include "sync/protocol/messages.h"

namespace veldwerk::sync {

struct QuarantinedChange {
    std::int64_t id = 0;
    OutgoingChange change;
    std::string batchId;
    std::string reason;
    std::int64_t refusedAtMs = 0;
};

class Quarantine {
public:
    explicit Quarantine(vault::Database& db) : m_db(db) {}

    // Call inside a transaction.
    void add(const OutgoingChange& change, const std::string& batchId, const std::string& reason,
             std::int64_t atMs);
    std::vector<QuarantinedChange> list();
    std::size_t size();

private:
    vault::Database& m_db;
};

}  // namespace veldwerk::sync
