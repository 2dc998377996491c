// The server's second look at a submission or an approval (PROTOCOL.md "Push"): the assessment as
// the server holds it, evaluated with the same engine and rules the device uses (core/forms,
// forms::checkSubmission): every visible required item answered, no answer in an open conflict
// (RT9), no `require` rule in force, a written justification for every warning in force (one in
// conflict does not count), and when a GI professional wrote any of its content: a GI
// co-signature (an event) newer than the latest content, or else the submitter's written reason
// in the assessment's `without_cosign_reason` field (instruments.md: asked for, never a veto).
// Reads the database: the batch's collected writes must be flushed first.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/assessment/lifecycle_policy.h"
#include "core/forms/definition.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

// nullopt when it may be submitted (approved); otherwise the English reason, naming the rule ids
// and items that block it.
std::optional<std::string> submissionRefusal(SqlConnection& db, const forms::Definition& definition,
                                             const std::string& caseId,
                                             const std::string& assessmentId, std::int64_t nowMs);

}  // namespace veldwerk::sync::server
