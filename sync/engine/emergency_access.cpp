#include "sync/engine/emergency_access.h"

#include "sync/engine/server_api.h"
#include "sync/engine/sync_state.h"

namespace veldwerk::sync {

namespace {
// In the vault's sync state (encrypted), one key per case: not client data, only until when.
std::string keyOf(const std::string& caseId) {
    return "emergency_access:" + caseId;
}
}  // namespace

EmergencyGrantOnDevice requestEmergencyAccess(vault::Vault& vault, Transport& transport,
                                              const std::string& caseId,
                                              const std::string& reason) {
    SyncState state(vault.db());
    if (!state.enrolled()) {
        throw SyncError(SyncError::Kind::NotEnrolled,
                        "this vault is not enrolled with a server (veldwerk-cli enroll)");
    }
    ServerApi api(transport, vault.clock(), state.deviceToken());
    const auto granted = api.emergencyAccess({caseId, reason});
    vault::Transaction tx(vault.db());
    vault.db()
        .prepare("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?1, ?2)")
        .bind(1, keyOf(caseId))
        .bind(2, std::to_string(granted.expiresAt))
        .run();
    vault.audit().append(vault.owner(), {audit::AuditAction::Emergency, "case", caseId, caseId});
    tx.commit();
    return {caseId, granted.expiresAt};
}

std::optional<std::int64_t> emergencyAccessUntil(vault::Database& db, const std::string& caseId,
                                                 std::int64_t nowMs) {
    auto st = db.prepare("SELECT value FROM sync_state WHERE key = ?1");
    st.bind(1, keyOf(caseId));
    if (!st.step()) {
        return std::nullopt;
    }
    std::int64_t until = 0;
    try {
        until = std::stoll(st.text(0));
    } catch (const std::exception&) {
        return std::nullopt;
    }
    if (until <= nowMs) {
        return std::nullopt;
    }
    return until;
}

}  // namespace veldwerk::sync
