// What the server knows of every visit beyond its fields (PROTOCOL.md "Visits"): when it
// started and by whom (the authenticated user, never a body field), its expected end (the latest
// any professional set), whether it ended, its first alert, and each professional's check-in.
// Kept in step with the visit's fields inside the push transaction, so the overdue query is a
// plain SELECT.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "sync/protocol/messages.h"
#include "sync/server/caller.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

class VisitLedger {
public:
    explicit VisitLedger(SqlConnection& db) : m_db(db) {}

    // After a visit field was accepted (applied, merged or kept as a side of a conflict).
    void record(const OutgoingChange& change, const Caller& caller, std::int64_t nowMs);

private:
    SqlConnection& m_db;
};

// A field value in ms since the epoch; nullopt for anything else.
std::optional<std::int64_t> visitMs(const std::optional<std::string>& value);

}  // namespace veldwerk::sync::server
