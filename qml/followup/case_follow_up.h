// One case's follow-up as core computes it (core/followup: readCaseFacts, then followUp with
// this device's date), for the view-models of the case page, the timeline and the lists. Reading
// is audit-logged by core. nullopt when the vault is closed, the user is not a member of the
// case, or it cannot be read (logged in English with the case id only).
#pragma once

#include <QString>
#include <optional>

#include "core/followup/follow_up.h"
#include "qml/services/case_file_service.h"

namespace veldwerk::app {

std::optional<followup::CaseFollowUp> readFollowUp(CaseFileService& caseFile,
                                                   const QString& caseId);
// The same over an open vault for `actor` (the case list reads it without a CaseFileService).
std::optional<followup::CaseFollowUp> readFollowUp(vault::Vault& vault, const domain::Actor& actor,
                                                   const std::string& caseId);

}  // namespace veldwerk::app
