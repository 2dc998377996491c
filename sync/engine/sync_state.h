// What the device remembers about its server, in the encrypted vault (the device token lives
// nowhere else): address, token, extra CA certificates, the pull cursor, the batch counter, the
// push batch that awaits its answer (resent byte for byte until answered) and how much of the
// local audit log has been uploaded. Writes belong in the caller's transaction.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/vault/database.h"

namespace veldwerk::sync {

struct PendingBatch {
    std::string id;    // "DEVICEID-N"
    std::string body;  // the encoded PushRequest, exactly as first sent
};

// The last time the device re-stamped its changes after its clock had run ahead (clock_recovery.h),
// kept to tell the user what happened.
struct ClockRecoveryNote {
    std::int64_t atMs = 0;     // device wall clock, corrected
    std::int64_t aheadMs = 0;  // how far the clock had run ahead
    std::int64_t changes = 0;  // pending changes given a new time
};

class SyncState {
public:
    explicit SyncState(vault::Database& db) : m_db(db) {}

    bool enrolled();
    std::string serverUrl();
    std::string deviceToken();
    std::optional<std::string> extraCaPem();
    void enrol(const std::string& serverUrl, const std::string& token,
               const std::optional<std::string>& extraCaPem, std::int64_t auditUploadedSeq);

    std::int64_t cursor();
    void setCursor(std::int64_t cursor);

    // The next batch number (1, 2, ...), stored at once.
    std::int64_t nextBatchNumber();
    std::optional<PendingBatch> pendingBatch();
    void setPendingBatch(const PendingBatch& batch);
    void clearPendingBatch();

    // Push batches (their numbers) settled since the last completed pull: the next pull names them
    // so the server leaves out what it applied from them exactly as sent. Only a settled batch is
    // named (a vault restored from an older copy never names a batch it did not settle itself).
    // Holds the latest kMaxPulledOwnBatches; a batch dropped from it only comes down again.
    std::vector<std::int64_t> pushedBatches();
    void addPushedBatch(std::int64_t number);
    void clearPushedBatches();

    std::int64_t auditUploadedSeq();
    void setAuditUploadedSeq(std::int64_t seq);

    // When the last round completed (device wall clock, ms; 0: never), for "last synced" on screen.
    std::int64_t lastCompletedMs();
    void setLastCompletedMs(std::int64_t ms);

    std::optional<ClockRecoveryNote> clockRecovery();
    void setClockRecovery(const ClockRecoveryNote& note);

private:
    std::optional<std::string> get(const std::string& key);
    void set(const std::string& key, const std::string& value);
    void erase(const std::string& key);
    std::int64_t number(const std::string& key);
    vault::Database& m_db;
};

}  // namespace veldwerk::sync
