// The fields of a `statement` record (PROTOCOL.md "Statements"): a statement beside an
// assessment or plan that never edits the professional's text — the client's or a parent's own
// view ("eigen zienswijze", kind `client`) or the GI professional's recorded disagreement (kind
// `gi_disagreement`).
//   case_id, assessment_id, kind, person_id (a person of the case who said it), relation (who
//   said it, described, when not a person of the case), said_on (ISO date), text.
// Local writes (StatementService) and states pulled from the server (sync's CaseMaterializer)
// both land through applyStatementField, so a statement looks the same on every device.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/vault/change_record.h"
#include "core/vault/database.h"

namespace veldwerk::statement {

inline constexpr std::string_view kClientKind = "client";
inline constexpr std::string_view kGiDisagreementKind = "gi_disagreement";

// True for a field name a statement has (the server refuses others).
bool isStatementField(std::string_view field);
bool isStatementKind(std::string_view kind);

// Writes one field's state into the statements table; the first write of a statement records
// who wrote it, in which role and when (the recorder). False for a field this device does not
// understand. Call inside a transaction.
bool applyStatementField(vault::Database& db, const vault::FieldWrite& write,
                         const std::string& author, const std::string& role, std::int64_t atMs);

}  // namespace veldwerk::statement
