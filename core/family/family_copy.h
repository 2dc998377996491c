// Collects the family's own copy of a case from the vault (family_document.h): the newest
// veiligheidsplan, the newest finished (submitted or approved) risicotaxatie per child, and the
// client statements beside them. Membership is checked; reading is audit-logged as reads of the
// assessments, and a copy that leaves the vault (a PDF) is logged with recordExport.
#pragma once

#include <string>

#include "core/domain/actor.h"
#include "core/family/family_document.h"
#include "core/forms/registry.h"
#include "core/vault/vault.h"

namespace veldwerk::family {

FamilyInput familyInput(vault::Vault& vault, const forms::FormRegistry& forms,
                        const domain::Actor& actor, const std::string& caseId);

// familyInput + buildFamilyDocument.
FamilyDocument familyCopy(vault::Vault& vault, const forms::FormRegistry& forms,
                          const domain::Actor& actor, const std::string& caseId);

// Audit-logs that the family's copy of the case left the vault (a PDF written or handed over).
void recordExport(vault::Vault& vault, const domain::Actor& actor, const std::string& caseId);

}  // namespace veldwerk::family
