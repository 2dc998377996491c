// Changes the server refused (no right to write that case or field, a lifecycle step not allowed,
// a malformed batch), each with the server's English reason. Never dropped: the user sees them
// with `veldwerk-cli quarantine list` and sends one again with `quarantine retry` once what it
// lacked is there (quarantine_retry.h).
#pragma once

#include <cstdint>
#include <optional>
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
    std::optional<QuarantinedChange> find(std::int64_t id);
    void remove(std::int64_t id);
    std::size_t size();

private:
    vault::Database& m_db;
};

}  // namespace veldwerk::sync
