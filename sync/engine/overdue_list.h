// The overdue visits of a supervisor's team, as the last pull brought them (PROTOCOL.md
// "Visits"). Kept in the encrypted vault's sync state, replaced by every completed pull.
#pragma once

#include <vector>

#include "core/vault/database.h"
#include "sync/protocol/messages.h"

namespace veldwerk::sync {

void storeOverdueVisits(vault::Database& db, const std::vector<OverdueVisit>& visits);
std::vector<OverdueVisit> overdueVisits(vault::Database& db);

}  // namespace veldwerk::sync
