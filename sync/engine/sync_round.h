// One sync round, the whole conversation of a device with its server (PROTOCOL.md):
//   1. push the outbox in batches of up to 500 changes ("DEVICEID-N"); a batch is stored before it
//      is sent and resent byte for byte until it is answered; each answer settles its changes
//      (acknowledged, or refused into quarantine) in one transaction;
//   2. pull pages since the stored cursor, each page applied together with its new cursor in one
//      transaction; then fetch every case newly in scope whole;
//   3. purge the cases no longer in scope (once nothing of them waits to be pushed);
//   4. upload the local audit log.
// 410 device_revoked wipes the vault; 409 clock_skew changes nothing, except that a device whose
// wall clock is right again but whose stored times still run ahead re-stamps them
// (clock_recovery.h) and runs the round once more; a network failure leaves everything to be
// resumed by the next round. Qt-free: runs against any Transport.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "core/vault/vault.h"
#include "sync/engine/clock_recovery.h"
#include "sync/engine/server_api.h"
#include "sync/engine/transport.h"
#include "sync/protocol/messages.h"

namespace veldwerk::sync {

struct Refusal {
    std::string caseId;
    std::string entity;
    std::string entityId;
    std::string field;
    std::string reason;
};

struct SyncReport {
    std::size_t batches = 0;
    std::size_t pushed = 0;  // changes answered (sum of the five below)
    std::size_t applied = 0;
    std::size_t unchanged = 0;
    std::size_t merged = 0;
    std::size_t conflict = 0;
    std::size_t refused = 0;
    std::vector<Refusal> refusals;
    std::size_t pulled = 0;         // field states received
    std::size_t pulledApplied = 0;  // of those, states this device did not hold yet
    std::size_t keptLocal = 0;      // fields whose local edit waits to be pushed
    std::vector<std::string> casesAdded;
    std::vector<std::string> casesPurged;
    std::size_t conflictsOpen = 0;  // after the round
    std::size_t quarantined = 0;    // changes in quarantine after the round
    std::size_t pendingAfter = 0;   // outbox rows left (edited during the round)
    std::size_t auditUploaded = 0;
    std::vector<std::string> warnings;
    // Set when this round first re-stamped changes made while the device clock ran ahead.
    std::optional<ClockRecovery> clockRecovery;
};

class SyncRound {
public:
    SyncRound(vault::Vault& vault, Transport& transport) : m_vault(vault), m_transport(transport) {}

    // Throws SyncError (after wiping the vault when the device was revoked).
    SyncReport run();

private:
    SyncReport runOnce();
    void push(ServerApi& api, SyncReport& report);
    bool pushBatch(ServerApi& api, SyncReport& report);
    // Takes the outbox's next batch and stores it as the one to send (in the caller's
    // transaction); changes that cannot be encoded go to quarantine. False: the outbox is empty.
    bool storeNextBatch(SyncReport& report);
    void settle(const PushRequest& sent, const PushResponse& answer, SyncReport& report);
    void refuseWholeBatch(const PushRequest& sent, const std::string& reason, SyncReport& report);
    std::vector<std::string> pull(ServerApi& api, SyncReport& report);
    // Pulled pages, oldest first, in one transaction with the newest page's cursor.
    void applyPages(std::span<const PullResponse> pages, SyncReport& report, bool storeCursor,
                    const std::vector<std::string>& nowKnown);
    void fetchNewCases(ServerApi& api, const std::vector<std::string>& scope, SyncReport& report);
    void keepSupervisorAccess(const std::vector<std::string>& scope);
    void purgeOutOfScope(const std::vector<std::string>& scope, SyncReport& report);
    std::set<std::string> liveCases();

    // Batch ids the server said were used already, this round (bounded: each costs a request).
    static constexpr int kMaxRenumbered = 1000;
    int m_renumbered = 0;
    // The settled batches this round's pulls name (SyncState::pushedBatches, read when the pull
    // starts; the stored list is cleared with the pull's last page, the case fetches still use it).
    std::vector<std::int64_t> m_pushed;
    vault::Vault& m_vault;
    Transport& m_transport;
};

// One round against a transport: what the CLI, the app and the tests call.
SyncReport runSyncRound(vault::Vault& vault, Transport& transport);

}  // namespace veldwerk::sync
