// What blocks closing a visit: the require rules blocking `visit_close` (RT3) in force in an
// assessment edited during the visit (by anyone: a pulled answer of the colleague counts too),
// each with what would meet it (the rule's message and the items its requirement reads, so the
// app can offer a button to the item).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/forms/definition.h"

namespace veldwerk::visit {

struct CloseBlocker {
    std::string assessmentId;
    std::string formId;
    std::string ruleId;
    forms::LocalizedText message;    // says what must be recorded
    std::vector<std::string> items;  // the items whose answers would meet it
};

// The items a condition of the definition reads (following derived values).
std::vector<std::string> itemsRead(const forms::Definition& definition, forms::ConditionRef ref);

// "RT3 (risicotaxatie, assessment 1a2b3c4d): The child is unsafe. ... [besluit_acties]; ..."
std::string describeBlockers(const std::vector<CloseBlocker>& blockers);

}  // namespace veldwerk::visit
