// The disagreements on an assessment that were closed, for the supervisor's review (issue 11
// point 4): per answer or warning justification, the two (or more) sides with who wrote them and
// when, the value that stands, who chose it and when, and how — a JGT member's choice, or the
// sides coming to agree. Read from what the server told this device (vault/settled_conflicts.h),
// so a supervisor sees them without ever having seen the disagreement open.
#pragma once

#include <string>
#include <vector>

#include "core/forms/definition.h"
#include "core/vault/database.h"
#include "core/vault/field_conflicts.h"

namespace veldwerk::assessment {

struct SettledDisagreement {
    std::string field;                  // ITEM, ITEM@AUTHOR, GROUP/ENTRY/FIELD or justification/KEY
    const forms::Item* item = nullptr;  // the answer's item (nullptr: a justification, or unknown)
    std::string entryField;             // of GROUP/ENTRY/FIELD: FIELD
    const forms::Rule* rule = nullptr;  // a justification's rule
    bool agreement = false;             // the sides came to agree; else a JGT member chose
    std::vector<vault::ConflictSide> sides;  // by version
    vault::ConflictSide chosen;              // the value that closed it, its author and time
};

// In the form's order (answers by item, then justifications by rule, anything unknown last),
// a field's own disagreements oldest first.
std::vector<SettledDisagreement> settledDisagreements(vault::Database& db,
                                                      const forms::Definition& definition,
                                                      const std::string& assessmentId);

}  // namespace veldwerk::assessment
