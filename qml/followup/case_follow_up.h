// One case's follow-up as core computes it (core/followup: readCaseFacts, then followUp with
// this device's date), for the view-models of the case page, the timeline and the lists. A page's
// read is audit-logged by core; a list's lines are covered by the list's own entry. nullopt when
// the vault is closed, the user is not a member of the case, or it cannot be read (logged in
// English with the case id only).
#pragma once

#include <QString>
#include <optional>

#include "core/followup/follow_up.h"
#include "qml/services/case_file_service.h"

namespace veldwerk::app {

std::optional<followup::CaseFollowUp> readFollowUp(CaseFileService& caseFile,
                                                   const QString& caseId);
// A line of a list of cases over an open vault for `actor` (the case list reads it without a
// CaseFileService): no audit entry of its own (core's CaseFactsRead::Listed).
std::optional<followup::CaseFollowUp> readListedFollowUp(vault::Vault& vault,
                                                         const domain::Actor& actor,
                                                         const std::string& caseId);

}  // namespace veldwerk::app
