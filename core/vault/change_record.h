// The per-field change record: every write of a client-data field goes through here, inside the
// caller's transaction, stamped with a hybrid logical clock time, author, device and the version
// it was made on. Sync reads this log to push and uses the versions to detect concurrency.
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
    std::string entity;  // table-level name: "case", "person", "answer", ...
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
};

// Persists the clock's high-water mark so local time never runs backwards across restarts.
void saveClockMark(Database& db, clock::Hlc hlc);
clock::Hlc loadClockMark(Database& db);

class ChangeRecord {
public:
    ChangeRecord(Database& db, clock::HybridClock& clock) : m_db(db), m_clock(clock) {}

    // Records one field write; returns the new version of that field. Call inside a transaction.
    std::int64_t record(const FieldWrite& write, const domain::Actor& actor);
    // The current version of a field (0 when never written).
    std::int64_t currentVersion(const std::string& entity, const std::string& entityId,
                                const std::string& field);
    // Every change of one field, oldest first.
    std::vector<FieldChange> history(const std::string& entity, const std::string& entityId,
                                     const std::string& field);
    // Changes after a local sequence number, oldest first (what a sync engine pushes).
    std::vector<FieldChange> since(std::int64_t seq, int limit);

private:
    Database& m_db;
    clock::HybridClock& m_clock;
};

}  // namespace veldwerk::vault
