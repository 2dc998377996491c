#include "sync/server/access/case_scope.h"

#include <algorithm>

#include "sync/server/consultations/consultation_ledger.h"

namespace veldwerk::sync::server {

ScopeQuery scopeQuery(const Caller& caller) {
    // A closed case is out of everyone's scope (kept on the server only: retention/).
    ScopeQuery q{
        "SELECT case_id FROM case_members WHERE user_id = ? AND active = 1 AND case_id "
        "NOT IN (SELECT case_id FROM case_closures)",
        {caller.userId}};
    if (caller.role == "supervisor" && caller.teamId) {
        q.sql +=
            " UNION SELECT id FROM cases WHERE team_id = ? AND id NOT IN (SELECT case_id FROM "
            "case_closures)";
        q.params.emplace_back(*caller.teamId);
    }
    // A consultation is its own unit of scope (its changes carry its id as their case).
    auto params = q.params;
    const auto consultations = consultationScopeSql(caller, q.sql, params);
    q.sql += " UNION " + consultations;
    q.params.insert(q.params.end(), params.begin(), params.end());
    return q;
}

std::vector<std::string> scopeOf(SqlConnection& db, const Caller& caller) {
    const auto q = scopeQuery(caller);
    std::vector<std::string> out;
    for (const auto& r : db.query(q.sql, q.params)) {
        out.push_back(asText(r[0]));
    }
    std::sort(out.begin(), out.end());  // byte order on both backends
    return out;
}

}  // namespace veldwerk::sync::server
