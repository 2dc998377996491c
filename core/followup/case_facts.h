// Reads what follow-up (follow_up.h) needs about one case from the vault: the judgements of its
// risicotaxaties, the veiligheidsplan scores through their history, and the plans' agreements
// and evaluation dates. The caller must be a member of the case; each read is audit-logged.
#pragma once

#include <cstdint>
#include <string>

#include "core/domain/actor.h"
#include "core/followup/follow_up.h"
#include "core/vault/vault.h"

namespace veldwerk::followup {

CaseFacts readCaseFacts(vault::Vault& vault, const domain::Actor& actor, const std::string& caseId);

// The calendar date on this device at `ms` (local time), as the due dates are written.
forms::Date localDate(std::int64_t ms);

}  // namespace veldwerk::followup
