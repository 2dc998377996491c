// What the server knows of every consultation beyond its fields (PROTOCOL.md "Consultations"):
// who asked (the authenticated user who sent its first field, never a body field) and their
// team, the GI organisation it is addressed to (resolved from `to_org` when it is written), who
// answered, the minutes, and the case it was linked to once the family consented. The scope rule
// and the monitoring export read this table; the question and advice are only in the fields.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "sync/protocol/messages.h"
#include "sync/server/caller.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

struct ConsultationRow {
    std::string id;
    std::string askedBy;
    std::optional<std::string> toOrgId;
    std::optional<std::string> answeredBy;
    std::optional<std::string> caseId;  // linked (with consent)
};

class ConsultationLedger {
public:
    explicit ConsultationLedger(SqlConnection& db) : m_db(db) {}

    std::optional<ConsultationRow> find(const std::string& id);
    // The English reason a change of a consultation is refused, or nullopt. Checked before the
    // write; the consultation's own id must stand where other changes carry their case id.
    std::optional<std::string> refusal(const OutgoingChange& change, const Caller& caller);
    // After a field was accepted (applied, merged or kept as a side of a conflict).
    void record(const OutgoingChange& change, const Caller& caller, std::int64_t nowMs);
    // The case a consultation's access is logged under: its linked case, if any.
    std::optional<std::string> auditCase(const std::string& id);

private:
    std::optional<std::string> giOrg(const std::string& name);
    SqlConnection& m_db;
};

// The consultations a user's devices may hold, as a subquery (one column) to UNION with the case
// scope `caseScopeSql` (whose parameters come first): unlinked ones the user asked (JGT) or
// that are addressed to the user's organisation (GI), and every one linked to a case in scope.
std::string consultationScopeSql(const Caller& caller, const std::string& caseScopeSql,
                                 std::vector<SqlValue>& params);

}  // namespace veldwerk::sync::server
