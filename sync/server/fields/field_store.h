// The server's record of client data, field by field: `fields` holds the canonical latest state
// of each field (what a pull sends), `field_history` every accepted version of it, including
// the sides of a conflict and the resolution that closed it. Written only inside a push's write
// transaction, in bulk (a push batch collects its writes in FieldBatch): one statement per piece
// of rows rather than one per row, which on PostgreSQL is one round trip instead of hundreds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sync/protocol/messages.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

struct FieldKey {
    std::string entity;
    std::string entityId;
    std::string field;

    auto operator<=>(const FieldKey&) const = default;
};

// Who wrote a version, when and from where.
struct Authorship {
    std::uint64_t hlc = 0;
    std::string author;
    std::string role;
    std::string device;
};

struct FieldState {
    std::string caseId;
    std::optional<std::string> value;
    std::int64_t version = 0;
    Authorship by;
    std::int64_t seq = 0;
    bool inConflict = false;
    // The number N of the writer's push batch "DEVICE-N" when this state is that device's change
    // exactly as it sent it (applied, not merged); 0 otherwise. A pull naming the batch skips it.
    std::int64_t sentBatch = 0;
};

struct HistoryEntry {
    std::int64_t version = 0;
    std::optional<std::string> value;
    Authorship by;
    std::int64_t seq = 0;
    std::int64_t baseVersion = 0;
    std::string kind;                     // applied | merged | conflict | resolution | removed
    std::optional<std::string> resolves;  // resolution: "3,4"
    bool sibling = false;
};

struct FieldRow {
    FieldKey key;
    FieldState state;
};

struct HistoryRow {
    FieldKey key;
    std::string caseId;
    HistoryEntry entry;
};

struct VersionRef {
    FieldKey key;
    std::int64_t version = 0;
};

class FieldStore {
public:
    explicit FieldStore(SqlConnection& db) : m_db(db) {}

    std::optional<FieldState> find(const FieldKey& key);
    // The sides of the field's open conflict, oldest version first.
    std::vector<Sibling> siblings(const FieldKey& key);
    // The value of the field at `version` (from its history); nullopt when there is no such
    // version.
    std::optional<std::optional<std::string>> valueAt(const FieldKey& key, std::int64_t version);
    // The case an entity's fields belong to, if the server has any field of it.
    std::optional<std::string> caseOfEntity(const std::string& entity, const std::string& entityId);

    // Of one record (entity, entityId), the named fields that exist, with their states.
    std::vector<FieldRow> findMany(const std::string& entity, const std::string& entityId,
                                   const std::vector<std::string>& fields);

    // These versions leave the field's open conflict (their history rows stay).
    void unmarkSiblings(const FieldKey& key, const std::vector<std::int64_t>& versions);
    // Closes the open conflict; returns the versions that were its sides, ascending.
    std::vector<std::int64_t> closeConflict(const FieldKey& key);

    // Bulk writes. insertMany needs the keys free: removeMany first for rows being replaced.
    void insertMany(const std::vector<FieldRow>& rows);
    void removeMany(const std::vector<FieldKey>& keys);
    void addHistoryMany(const std::vector<HistoryRow>& rows);
    // Marks these history versions as sides of their field's open conflict.
    void markSiblings(const std::vector<VersionRef>& versions);

private:
    SqlConnection& m_db;
};

// A SqlValue for an optional text.
SqlValue sqlText(const std::optional<std::string>& v);

}  // namespace veldwerk::sync::server
