// Emergency access ("break the glass", PROTOCOL.md "Emergency access") as the device asks for it:
// the one path of `veldwerk-cli case emergency` and the app. The server decides (role,
// organisation, reason, 24 hours); the device logs the request in its audit log and remembers
// until when the access lasts, so the case can say so. The sync round that follows brings the case.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/vault/vault.h"
#include "sync/engine/transport.h"

namespace veldwerk::sync {

struct EmergencyGrantOnDevice {
    std::string caseId;
    std::int64_t expiresAt = 0;  // ms since the epoch (the server's clock)
};

// Asks the server for emergency access to `caseId` with `reason`. Throws SyncError (NotEnrolled,
// Network, Refused with the protocol's code: reason_required, forbidden, not_found,
// already_member, case_closed). On success the grant is stored and audit-logged, in one
// transaction.
EmergencyGrantOnDevice requestEmergencyAccess(vault::Vault& vault, Transport& transport,
                                              const std::string& caseId, const std::string& reason);

// Until when this device's user has emergency access to `caseId` (nullopt: none known, or it
// has ended at `nowMs`).
std::optional<std::int64_t> emergencyAccessUntil(vault::Database& db, const std::string& caseId,
                                                 std::int64_t nowMs);

}  // namespace veldwerk::sync
