// Reads what follow-up (follow_up.h) needs about one case from the vault: the judgements of its
// risicotaxaties, the veiligheidsplan scores through their history, and the plans' agreements
// and evaluation dates. The caller must be a member of the case.
#pragma once

#include <cstdint>
#include <string>

#include "core/domain/actor.h"
#include "core/followup/follow_up.h"
#include "core/vault/vault.h"

namespace veldwerk::followup {

// Opened: a case's own page or timeline, one audit "read" of the case. Listed: a line of a list of
// cases (its reminders), which the list's own audit entry covers (CaseRepository::list, a
// "search"): one entry per case on every refresh and sync round buried the reads that matter.
enum class CaseFactsRead { Opened, Listed };

CaseFacts readCaseFacts(vault::Vault& vault, const domain::Actor& actor, const std::string& caseId,
                        CaseFactsRead read = CaseFactsRead::Opened);

// The calendar date on this device at `ms` (local time), as the due dates are written.
forms::Date localDate(std::int64_t ms);

}  // namespace veldwerk::followup
