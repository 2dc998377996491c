// The fields one push batch reads and writes, as the batch sees them. The states of every field
// the batch names are read up front in a few statements (preload); the batch's writes are
// collected and written in bulk at the end (flush), while its own later reads already see them
// (two changes of one field in a batch, a record created earlier in the batch). A read that must
// go to the database for a field with writes still collected (its history: siblings, base
// values) flushes first. Lives inside the push's write transaction; a retried transaction starts
// a new one.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "sync/server/fields/field_store.h"

namespace veldwerk::sync::server {

class FieldBatch {
public:
    explicit FieldBatch(SqlConnection& db) : m_store(db) {}

    // Reads the current states of these fields (those not read yet) in bulk.
    void preload(const std::vector<FieldKey>& keys);

    std::optional<FieldState> find(const FieldKey& key);
    std::vector<Sibling> siblings(const FieldKey& key);
    std::optional<std::optional<std::string>> valueAt(const FieldKey& key, std::int64_t version);
    std::optional<std::string> caseOfEntity(const std::string& entity, const std::string& entityId);

    // The field's new latest state (a new row, or replacing the existing one).
    void put(const FieldKey& key, const FieldState& state);
    void addHistory(const FieldKey& key, const std::string& caseId, const HistoryEntry& entry);
    void markSibling(const FieldKey& key, std::int64_t version);
    std::vector<std::int64_t> closeConflict(const FieldKey& key);
    // These versions are no longer sides of the field's open conflict.
    void unmarkSiblings(const FieldKey& key, const std::vector<std::int64_t>& versions);

    // Writes everything collected (call before the transaction commits).
    void flush();

private:
    void flushIfPending(const FieldKey& key);

    FieldStore m_store;
    // Known latest states; nullopt: the field does not exist.
    std::map<FieldKey, std::optional<FieldState>> m_known;

    // Collected writes.
    std::map<FieldKey, bool> m_putKeys;  // key -> its row exists in the database (replace it)
    std::vector<HistoryRow> m_history;
    std::map<std::pair<FieldKey, std::int64_t>, std::size_t> m_historyIndex;
    std::vector<VersionRef> m_siblingMarks;
    std::set<FieldKey> m_pendingKeys;  // keys with any collected write
    std::map<std::pair<std::string, std::string>, std::string> m_newRecords;  // -> case
};

}  // namespace veldwerk::sync::server
