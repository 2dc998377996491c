// An admin closes a case (`admin case close`): the server writes the case's `closed_at` field
// itself, through the change record like a device's write (author the admin, device "server"),
// and records the closure (case_closures.h).
#pragma once

#include <cstdint>
#include <string>

#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

// Inside a write transaction. Throws RetentionError for an unknown, closed or destroyed case.
void closeCaseAsAdmin(SqlConnection& db, const std::string& caseId, const std::string& adminId,
                      std::int64_t nowMs);

}  // namespace veldwerk::sync::server
