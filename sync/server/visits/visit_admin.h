// `veldwerk-server admin visits overdue [--team TEAM]` and `admin visits grace [MINUTES]`: the
// office's view of its people on visits, and the grace period after an expected end.
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

// Prints the overdue visits (of the team named, or all); throws std::invalid_argument for a team
// name the server does not know.
void printOverdueVisits(SqlConnection& db, std::int64_t nowMs,
                        const std::optional<std::string>& teamName, bool asJson, std::ostream& out);

// Shows the grace period, or sets it when `minutes` is given (0..1440).
void visitGrace(SqlConnection& db, const std::optional<std::string>& minutes, bool asJson,
                std::ostream& out);

}  // namespace veldwerk::sync::server
