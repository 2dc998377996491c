// Closed cases (issue 14): a JGT member closes a case by writing its `case.closed_at` field (ms
// since the epoch, as decimal text) through the change record, or an admin does with `admin case
// close`. The server then keeps the case (retention: closure + 20 years, never purged before) and
// takes it out of every user's scope, so every device purges it at its next sync. A closed or
// destroyed case takes no more changes.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sync/protocol/messages.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

struct ClosedCase {
    std::string caseId;
    std::int64_t closedAt = 0;
    std::string closedBy;  // user id
    std::int64_t retainUntil = 0;
};

class CaseClosures {
public:
    explicit CaseClosures(SqlConnection& db) : m_db(db) {}

    // Inside a write transaction; a case already closed keeps its first closure.
    void record(const std::string& caseId, std::int64_t closedAtMs, const std::string& closedBy);
    std::optional<ClosedCase> find(const std::string& caseId);
    std::vector<ClosedCase> all();
    // Whether a case with this id was destroyed (its destruction record's pseudonym).
    bool destroyed(const std::string& caseId);

private:
    SqlConnection& m_db;
};

// `closed_at` as the protocol carries it (decimal ms); nullopt when it is not that.
std::optional<std::int64_t> parseClosedAt(const std::optional<std::string>& value);

// The push's check of one change against closure and destruction, with what it read kept for the
// batch: nullopt, or the English reason for refusing.
class ClosureGuard {
public:
    explicit ClosureGuard(SqlConnection& db) : m_closures(db) {}

    std::optional<std::string> refusal(const OutgoingChange& change);

private:
    CaseClosures m_closures;
    std::map<std::string, bool> m_shut;  // case id -> closed or destroyed
};

}  // namespace veldwerk::sync::server
