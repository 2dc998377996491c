// A user's scope (PROTOCOL.md "Pull"): the cases their devices may hold, computed from the token's
// user, never chosen by the device: the cases they are an active member of, and for a supervisor
// also every case of their team; and the consultations they may see, each its own unit
// (consultations/consultation_ledger.h).
#pragma once

#include <string>
#include <vector>

#include "sync/server/caller.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

// A subquery selecting the scope's case ids (one column), with its parameters.
struct ScopeQuery {
    std::string sql;
    std::vector<SqlValue> params;
};

ScopeQuery scopeQuery(const Caller& caller);

// The scope's case ids, ascending.
std::vector<std::string> scopeOf(SqlConnection& db, const Caller& caller);

}  // namespace veldwerk::sync::server
