// Overdue visits (issue 10, lone working): started, not ended, and past their expected end plus
// the grace period (server setting `visit_grace_minutes`, default 15), or with an alert. The
// supervisors of a team get them on every pull; `admin visits overdue` lists them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sync/protocol/messages.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

constexpr std::int64_t kDefaultVisitGraceMinutes = 15;

std::int64_t visitGraceMinutes(SqlConnection& db);
void setVisitGraceMinutes(SqlConnection& db, std::int64_t minutes);

// teamId: only that team's cases; nullopt: every team.
std::vector<OverdueVisit> overdueVisits(SqlConnection& db, std::int64_t nowMs,
                                        const std::optional<std::string>& teamId);

}  // namespace veldwerk::sync::server
