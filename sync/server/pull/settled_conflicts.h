// The closed disagreements of the fields on a pull page (PROTOCOL.md "Pull": `resolved`): read
// from `field_history`, where the version that closed a conflict is kind `resolution` or
// `agreement` and lists the versions that were its sides (`resolves`). Only for the fields the
// page sends, so it is in the caller's scope exactly as the page is.
#pragma once

#include <vector>

#include "sync/protocol/messages.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

// Fills `resolved` of every change on the page that has closed disagreements in its history.
// One query per page for the closings (server migration 12's partial index), one per closing
// for its sides (closings are rare).
void attachSettledConflicts(SqlConnection& db, std::vector<IncomingChange>& page);

}  // namespace veldwerk::sync::server
