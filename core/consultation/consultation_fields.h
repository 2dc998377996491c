// The fields of a `consultation` record (PROTOCOL.md "Consultations") and how one field's state
// lands in the vault's `consultations` table. Local writes (ConsultationService) and states
// pulled from the server (sync's CaseMaterializer) both go through applyConsultationField.
//   to_org (the GI organisation's name), question, about (the safety question, a code of
//   kTopics), asked_at, asked_by, advice, answered_at (ms), answered_by, minutes (GI time spent),
//   case_link (the case, written only once the family consented to GI involvement).
// A consultation travels as its own unit: its changes carry the consultation id where other
// records carry their case id, so nothing on the wire names a case until it is linked.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "core/vault/change_record.h"
#include "core/vault/database.h"

namespace veldwerk::consultation {

// The safety questions a consultation can be about (domain.md "The pilot's two modes").
constexpr std::array<std::string_view, 6> kTopics = {
    "veiligheid",       // is the child safe now?
    "risico",           // how large is the risk of future harm?
    "meldcode",         // the Meldcode's steps: advice from or a report to Veilig Thuis?
    "maatregel",        // is a child-protection measure needed?
    "veiligheidsplan",  // the safety plan and its bodemeisen
    "anders",           // another question
};
bool isTopic(std::string_view topic);

// True for a field name a consultation has (the server refuses every other).
bool isConsultationField(std::string_view field);

// The free-text fields: kept out of every log and error message.
bool isFreeTextField(std::string_view field);

// True when the text holds something shaped like a record id (32 hex characters in a row): a
// consultation towards a GI user without consent carries no case or person id, in any field.
bool holdsRecordId(std::string_view text);

// Writes one field's state into the table; false for a field or value this device does not
// understand (the state stays in the change record). Call inside a transaction.
bool applyConsultationField(vault::Database& db, const vault::FieldWrite& write);

}  // namespace veldwerk::consultation
