#include "sync/server/fields/field_batch.h"

namespace veldwerk::sync::server {

void FieldBatch::preload(const std::vector<FieldKey>& keys) {
    // Per record, the names not known yet (each once).
    std::map<std::pair<std::string, std::string>, std::vector<std::string>> wanted;
    std::vector<std::pair<std::string, std::string>> order;
    for (const auto& key : keys) {
        if (m_known.count(key) != 0) {
            continue;
        }
        m_known.emplace(key, std::nullopt);  // absent unless the read finds it
        const auto record = std::make_pair(key.entity, key.entityId);
        auto& names = wanted[record];
        if (names.empty()) {
            order.push_back(record);
        }
        names.push_back(key.field);
    }
    for (const auto& record : order) {
        for (auto& row : m_store.findMany(record.first, record.second, wanted[record])) {
            m_known[row.key] = std::move(row.state);
        }
    }
}

std::optional<FieldState> FieldBatch::find(const FieldKey& key) {
    const auto it = m_known.find(key);
    if (it != m_known.end()) {
        return it->second;
    }
    return m_known[key] = m_store.find(key);
}

std::vector<Sibling> FieldBatch::siblings(const FieldKey& key) {
    flushIfPending(key);
    return m_store.siblings(key);
}

std::optional<std::optional<std::string>> FieldBatch::valueAt(const FieldKey& key,
                                                              std::int64_t version) {
    flushIfPending(key);
    return m_store.valueAt(key, version);
}

std::optional<std::string> FieldBatch::caseOfEntity(const std::string& entity,
                                                    const std::string& entityId) {
    const auto it = m_newRecords.find({entity, entityId});
    if (it != m_newRecords.end()) {
        return it->second;
    }
    return m_store.caseOfEntity(entity, entityId);
}

void FieldBatch::put(const FieldKey& key, const FieldState& state) {
    auto& known = m_known[key];
    if (m_putKeys.count(key) == 0) {
        // Not written in this batch yet: what is known is what the database holds.
        m_putKeys.emplace(key, known.has_value());
    }
    known = state;
    m_pendingKeys.insert(key);
    m_newRecords.emplace(std::make_pair(key.entity, key.entityId), state.caseId);
}

void FieldBatch::addHistory(const FieldKey& key, const std::string& caseId,
                            const HistoryEntry& entry) {
    m_historyIndex[{key, entry.version}] = m_history.size();
    m_history.push_back({key, caseId, entry});
    m_pendingKeys.insert(key);
}

void FieldBatch::markSibling(const FieldKey& key, std::int64_t version) {
    const auto it = m_historyIndex.find({key, version});
    if (it != m_historyIndex.end()) {
        m_history[it->second].entry.sibling = true;  // written in this batch: not stored yet
        return;
    }
    m_siblingMarks.push_back({key, version});
    m_pendingKeys.insert(key);
}

std::vector<std::int64_t> FieldBatch::closeConflict(const FieldKey& key) {
    flushIfPending(key);
    return m_store.closeConflict(key);
}

void FieldBatch::unmarkSiblings(const FieldKey& key, const std::vector<std::int64_t>& versions) {
    if (versions.empty()) {
        return;
    }
    flushIfPending(key);  // rare (a conflict met by a write that replaces a side): one statement
    m_store.unmarkSiblings(key, versions);
}

void FieldBatch::flushIfPending(const FieldKey& key) {
    if (m_pendingKeys.count(key) != 0) {
        flush();
    }
}

void FieldBatch::flush() {
    std::vector<FieldKey> replaced;
    std::vector<FieldRow> rows;
    rows.reserve(m_putKeys.size());
    for (const auto& [key, exists] : m_putKeys) {
        if (exists) {
            replaced.push_back(key);
        }
        rows.push_back({key, *m_known.at(key)});
    }
    // Rows being replaced go first, so the new ones find their keys (and seq values) free.
    m_store.removeMany(replaced);
    m_store.insertMany(rows);
    m_store.addHistoryMany(m_history);
    m_store.markSiblings(m_siblingMarks);
    m_putKeys.clear();
    m_history.clear();
    m_historyIndex.clear();
    m_siblingMarks.clear();
    m_pendingKeys.clear();
    // m_known stays: it now matches the database. m_newRecords too: those records now exist.
}

}  // namespace veldwerk::sync::server
