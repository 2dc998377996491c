// A case's phase and who holds regie (fields `phase`, `regie` of the `case` record), and its
// escalations as dated events (the `escalation` record), as they travel (PROTOCOL.md "Case
// phase and escalations") and land in the vault's tables. Local writes (PhaseService) and states
// pulled from the server (sync's CaseMaterializer) both go through the apply functions; the
// server checks values with the same validators.
//   escalation fields: case_id, kind, date (YYYY-MM-DD), expected_end (YYYY-MM-DD, the expected
//   end of a measure: maatregel_start), outcome (free text)
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/vault/change_record.h"
#include "core/vault/database.h"

namespace veldwerk::phase {

// vrijwillig | drang | maatregel | nazorg (domain.md "Regie").
bool isPhase(std::string_view value);
// vt_advies | vt_melding | jeugdbeschermingstafel | vto_raad | maatregel_start | maatregel_einde
// | terug_naar_jgt.
bool isEscalationKind(std::string_view value);
// True for a field name an escalation record has.
bool isEscalationField(std::string_view field);

// The English reason a value of an escalation field (or of the case's phase/regie) is refused;
// nullopt when it is acceptable. A tombstone (nullopt) is acceptable for every field but the
// case's phase (a null kind withdraws a mistaken escalation; its history stays).
std::optional<std::string> escalationValueRefusal(std::string_view field,
                                                  const std::optional<std::string>& value);
std::optional<std::string> caseValueRefusal(std::string_view field,
                                            const std::optional<std::string>& value);

// Writes one field's state into the tables; false for a field this device does not understand
// (the state stays in the change record). Call inside a transaction.
bool applyEscalationField(vault::Database& db, const vault::FieldWrite& write, std::int64_t atMs,
                          const std::string& author);
bool applyCasePhaseField(vault::Database& db, const vault::FieldWrite& write);

}  // namespace veldwerk::phase
