// The crisis card (PROTOCOL.md "Crisis card") as the last completed pull brought it: the numbers
// of the user's organisation and team, kept in the encrypted vault's sync state so they are there
// offline. Replaced by every completed pull; until the first one the card holds only 112.
#pragma once

#include <vector>

#include "core/vault/database.h"
#include "sync/protocol/messages.h"

namespace veldwerk::sync {

void storeCrisisCard(vault::Database& db, const std::vector<CrisisNumber>& numbers);
// The stored numbers in the card's order (veilig_thuis, crisis_service, after_hours,
// emergency); the emergency number is 112 when the server set none.
std::vector<CrisisNumber> crisisCard(vault::Database& db);

}  // namespace veldwerk::sync
