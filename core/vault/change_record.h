// The per-field change record: every write of a client-data field goes through here, inside the
// caller's transaction, stamped with a hybrid logical clock time, author, device and the version
// it was made on. Each write also lands in the sync outbox (at most one pending row per field:
// the latest value, with the server version the first unpushed edit was made on). The sync
// engine records here what it learns from the server: the field's server version and the states
// it pulled, so a field's history holds every value anyone gave it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock/hlc.h"
#include "core/domain/actor.h"
#include "core/vault/database.h"

namespace veldwerk::vault {

struct FieldWrite {
    std::string caseId;  // the case the field belongs to: the unit of access, sync and purge
    std::string entity;  // "case", "person", "consent", "member", "assessment", "answer", "event"
    std::string entityId;
    std::string field;
    std::optional<std::string> value;  // nullopt: the field was cleared / the record deleted
};

struct FieldChange {
    std::int64_t seq = 0;
    FieldWrite write;
    std::int64_t baseVersion = 0;
    std::int64_t version = 0;
    clock::Hlc hlc;
    std::string author;
    std::string authorRole;
    std::string device;
    std::string origin = "local";    // local | server (pulled) | sibling (a side of a conflict)
    std::int64_t serverVersion = 0;  // the server's version of this state (0: not yet known)
    std::string kind = "write";      // write | conflict | resolution | refused
};

// A field's version row as this device holds it.
struct FieldVersion {
    bool held = false;               // the device has a state of the field (a write or a pull)
    std::int64_t version = 0;        // its local version
    std::int64_t serverVersion = 0;  // the server's version it last knew
};

// A field's state as the server holds it (from a pull or a conflict's side).
struct ServerState {
    FieldWrite write;
    std::int64_t version = 0;
    clock::Hlc hlc;
    std::string author;
    std::string role;
    std::string device;
};

// Persists the clock's high-water mark so local time never runs backwards across restarts.
void saveClockMark(Database& db, clock::Hlc hlc);
clock::Hlc loadClockMark(Database& db);

class ChangeRecord {
public:
    ChangeRecord(Database& db, clock::HybridClock& clock) : m_db(db), m_clock(clock) {}

    // Records one local field write and queues it in the outbox; returns the new local version of
    // the field. A JGT write on a field in conflict is its resolution. Call inside a transaction.
    std::int64_t record(const FieldWrite& write, const domain::Actor& actor);
    // The current local version of a field (0 when never written).
    std::int64_t currentVersion(const std::string& entity, const std::string& entityId,
                                const std::string& field);
    // The field's version row (held false when the device has none).
    FieldVersion fieldVersion(const std::string& entity, const std::string& entityId,
                              const std::string& field);
    // The last version of the field this device knows the server has (0: never synced).
    std::int64_t serverVersion(const std::string& entity, const std::string& entityId,
                               const std::string& field);
    // Every change of one field, oldest first.
    std::vector<FieldChange> history(const std::string& entity, const std::string& entityId,
                                     const std::string& field);
    // The field's latest state on this device (written here and not refused, or pulled).
    std::optional<FieldChange> latest(const std::string& entity, const std::string& entityId,
                                      const std::string& field);
    // Changes after a local sequence number, oldest first.
    std::vector<FieldChange> since(std::int64_t seq, int limit);

    // Sync: the server acknowledged the local write `seq` as `serverVersion` of its field. With
    // `seenHere` the server's latest state is what this device shows (its own write applied, or an
    // equal value), so the device's next write of the field is made on that version. Without it (a
    // conflict, a set merge) the server holds values nobody here has seen yet: the field keeps the
    // version the device last saw, so its next write meets the server's merge as concurrent, until
    // a pull brings the server's state.
    void acknowledge(std::int64_t seq, const FieldWrite& write, std::int64_t serverVersion,
                     bool seenHere = true);
    // Sync: the server refused the local write `seq` (it stays in the history, marked refused),
    // and with it the earlier unsent writes of the field that the outbox folded into it.
    void markRefused(std::int64_t seq);
    // Sync: the device now holds the server's state of a field (kind: write or resolution).
    // The history gains a row unless its latest row is this server version with this value.
    void recordServerState(const ServerState& state, const std::string& kind);
    // The same, for a caller that read the field's version row in this transaction.
    void recordServerState(const ServerState& state, const std::string& kind,
                           const FieldVersion& held);
    // Sync: a side of a conflict, kept in the history once per server version.
    void recordSibling(const ServerState& side);

private:
    bool historyHas(const FieldWrite& write, std::int64_t serverVersion);
    Database& m_db;
    clock::HybridClock& m_clock;
};

}  // namespace veldwerk::vault
