// The fields of a `visit` record (PROTOCOL.md "Data model") and how one field's state lands in
// the vault's tables (visits, visit_professionals). Local writes (VisitService) and states
// pulled from the server (sync's CaseMaterializer) both go through applyVisitField, so a visit
// looks the same whichever device wrote it.
//   case_id, planned_at, started_at, started_by, expected_end, ended_at (ms since the epoch),
//   present (person ids, comma separated), others (free text), instruments (assessment ids
//   edited during the visit, written at its end), and per professional USER:
//   checkin@USER, checkout@USER (a PositionStamp), alert@USER (ms: "ik heb hulp nodig").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/vault/change_record.h"
#include "core/vault/database.h"

namespace veldwerk::visit {

// A per-professional field: "checkin@USER" -> {"checkin", "USER"}.
struct ProfessionalField {
    std::string kind;  // checkin | checkout | alert
    std::string userId;
};
std::optional<ProfessionalField> professionalField(std::string_view field);

// True for a field name a visit has (the server refuses others).
bool isVisitField(std::string_view field);

// Writes one field's state into the tables; false for a field or value this device does not
// understand (the state stays in the change record). Call inside a transaction.
bool applyVisitField(vault::Database& db, const vault::FieldWrite& write);

}  // namespace veldwerk::visit
