// The Dutch words of the sync status: how a round ended, and why the server refused a change
// (the server gives English reasons; the known ones are said in Dutch, an unknown one is shown
// as the server wrote it, never hidden).
#pragma once

#include <QString>
#include <string>

#include "qml/services/background_round.h"

namespace veldwerk::app::wording {

// The status line after a round that did not complete (empty for Completed and Cancelled).
QString roundProblem(RoundOutcome::Kind kind);
// A refused change's reason, in Dutch where the server's reason is known.
QString refusalReason(const std::string& serverReason);
// After the device re-stamped the changes made while its clock ran ahead
// (sync/engine/clock_recovery.h): what happened, plainly.
QString clockRecoveredText(std::int64_t aheadMs, std::int64_t restamped);
// "Laatst gesynchroniseerd vandaag om 14:02", or "Nog niet gesynchroniseerd".
QString lastSyncText(std::int64_t lastMs, std::int64_t nowMs);

}  // namespace veldwerk::app::wording
