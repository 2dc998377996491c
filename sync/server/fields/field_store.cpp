#include "sync/server/fields/field_store.h"

#include <algorithm>
#include <map>
#include <utility>

#include "sync/server/fields/sql_chunks.h"

namespace veldwerk::sync::server {

SqlValue sqlText(const std::optional<std::string>& v) {
    return v ? SqlValue(*v) : SqlValue(std::monostate{});
}

namespace {

std::int64_t hlcParam(std::uint64_t hlc) {
    return static_cast<std::int64_t>(hlc);  // the server refuses clocks beyond 2^63 (see push)
}

std::uint64_t hlcOf(const SqlValue& v) {
    return static_cast<std::uint64_t>(asInt(v));
}

constexpr const char* kStateColumns =
    "case_id, value, version, hlc, author, role, device, seq, in_conflict";

// A FieldState from kStateColumns starting at column `at`.
FieldState stateOf(const SqlRow& r, std::size_t at) {
    return FieldState{asText(r[at]),
                      asOptionalText(r[at + 1]),
                      asInt(r[at + 2]),
                      {hlcOf(r[at + 3]), asText(r[at + 4]), asText(r[at + 5]), asText(r[at + 6])},
                      asInt(r[at + 7]),
                      asInt(r[at + 8]) != 0,
                      0};  // the batch mark is only written: a new state always sets its own
}

// Items grouped by their record (entity, entity id), records in first-seen order: the bulk reads
// and deletes go through the primary key's (entity, entity_id, field) prefix.
template <typename T, typename KeyOf>
std::vector<std::vector<const T*>> byRecord(const std::vector<T>& items, KeyOf keyOf) {
    std::map<std::pair<std::string, std::string>, std::size_t> index;
    std::vector<std::vector<const T*>> groups;
    for (const auto& item : items) {
        const FieldKey& k = keyOf(item);
        const auto [it, added] = index.emplace(std::make_pair(k.entity, k.entityId), groups.size());
        if (added) {
            groups.emplace_back();
        }
        groups[it->second].push_back(&item);
    }
    return groups;
}

// Runs `statement(first, count)` over [0, n) in pieces of powers of two.
template <typename Statement>
void inPieces(std::size_t n, std::size_t maxRows, Statement statement) {
    std::size_t first = 0;
    for (const auto piece : powerOfTwoPieces(n, maxRows)) {
        statement(first, piece);
        first += piece;
    }
}

}  // namespace

std::optional<FieldState> FieldStore::find(const FieldKey& key) {
    const auto rows =
        m_db.query(std::string("SELECT ") + kStateColumns +
                       " FROM fields WHERE entity = ? AND entity_id = ? AND field = ?",
                   {key.entity, key.entityId, key.field});
    if (rows.empty()) {
        return std::nullopt;
    }
    return stateOf(rows[0], 0);
}

std::vector<FieldRow> FieldStore::findMany(const std::string& entity, const std::string& entityId,
                                           const std::vector<std::string>& fields) {
    std::vector<FieldRow> out;
    const auto maxRows = maxRowsPerStatement(m_db.dialect(), 1, 2);
    for (std::size_t first = 0; first < fields.size(); first += maxRows) {
        const auto n = std::min(maxRows, fields.size() - first);
        // Padded with the last name again, so only a few statement texts exist.
        const auto padded = paddedSize(n);
        std::vector<SqlValue> params{entity, entityId};
        for (std::size_t i = 0; i < padded; ++i) {
            params.emplace_back(fields[first + std::min(i, n - 1)]);
        }
        for (const auto& r : m_db.query(std::string("SELECT field, ") + kStateColumns +
                                            " FROM fields WHERE entity = ? AND entity_id = ? AND "
                                            "field IN (" +
                                            placeholderList(padded) + ")",
                                        params)) {
            out.push_back({{entity, entityId, asText(r[0])}, stateOf(r, 1)});
        }
    }
    return out;
}

std::vector<Sibling> FieldStore::siblings(const FieldKey& key) {
    std::vector<Sibling> out;
    for (const auto& r : m_db.query(
             "SELECT version, value, author, role, device, hlc FROM field_history WHERE entity = "
             "? AND entity_id = ? AND field = ? AND sibling = 1 ORDER BY version",
             {key.entity, key.entityId, key.field})) {
        out.push_back({asInt(r[0]), asOptionalText(r[1]), asText(r[2]), asText(r[3]), asText(r[4]),
                       hlcOf(r[5])});
    }
    return out;
}

std::optional<std::optional<std::string>> FieldStore::valueAt(const FieldKey& key,
                                                              std::int64_t version) {
    const auto rows = m_db.query(
        "SELECT value FROM field_history WHERE entity = ? AND entity_id = ? AND field = ? AND "
        "version = ?",
        {key.entity, key.entityId, key.field, version});
    if (rows.empty()) {
        return std::nullopt;
    }
    return asOptionalText(rows[0][0]);
}

std::optional<std::string> FieldStore::caseOfEntity(const std::string& entity,
                                                    const std::string& entityId) {
    const auto rows =
        m_db.query("SELECT case_id FROM fields WHERE entity = ? AND entity_id = ? LIMIT 1",
                   {entity, entityId});
    if (rows.empty()) {
        return std::nullopt;
    }
    return asText(rows[0][0]);
}

void FieldStore::insertMany(const std::vector<FieldRow>& rows) {
    constexpr std::size_t kColumns = 13;
    inPieces(rows.size(), maxRowsPerStatement(m_db.dialect(), kColumns),
             [&](std::size_t first, std::size_t n) {
                 std::vector<SqlValue> params;
                 params.reserve(n * kColumns);
                 for (auto i = first; i < first + n; ++i) {
                     const auto& [key, s] = rows[i];
                     params.insert(
                         params.end(),
                         {key.entity, key.entityId, key.field, s.caseId, sqlText(s.value),
                          s.version, hlcParam(s.by.hlc), s.by.author, s.by.role, s.by.device, s.seq,
                          std::int64_t{s.inConflict ? 1 : 0},
                          s.sentBatch == 0 ? SqlValue(std::monostate{}) : SqlValue(s.sentBatch)});
                 }
                 m_db.query(
                     "INSERT INTO fields (entity, entity_id, field, case_id, value, version, hlc, "
                     "author, role, device, seq, in_conflict, sent_batch) VALUES " +
                         placeholderRows(n, kColumns),
                     params);
             });
}

void FieldStore::removeMany(const std::vector<FieldKey>& keys) {
    const auto maxRows = maxRowsPerStatement(m_db.dialect(), 1, 2);
    for (const auto& group :
         byRecord(keys, [](const FieldKey& k) -> const FieldKey& { return k; })) {
        for (std::size_t first = 0; first < group.size(); first += maxRows) {
            const auto n = std::min(maxRows, group.size() - first);
            const auto padded = paddedSize(n);
            std::vector<SqlValue> params{group[0]->entity, group[0]->entityId};
            for (std::size_t i = 0; i < padded; ++i) {
                params.emplace_back(group[first + std::min(i, n - 1)]->field);
            }
            m_db.query("DELETE FROM fields WHERE entity = ? AND entity_id = ? AND field IN (" +
                           placeholderList(padded) + ")",
                       params);
        }
    }
}

void FieldStore::addHistoryMany(const std::vector<HistoryRow>& rows) {
    constexpr std::size_t kColumns = 15;
    inPieces(
        rows.size(), maxRowsPerStatement(m_db.dialect(), kColumns),
        [&](std::size_t first, std::size_t n) {
            std::vector<SqlValue> params;
            params.reserve(n * kColumns);
            for (auto i = first; i < first + n; ++i) {
                const auto& [key, caseId, e] = rows[i];
                params.insert(params.end(), {key.entity, key.entityId, key.field, e.version, caseId,
                                             sqlText(e.value), hlcParam(e.by.hlc), e.by.author,
                                             e.by.role, e.by.device, e.seq, e.baseVersion, e.kind,
                                             sqlText(e.resolves), std::int64_t{e.sibling ? 1 : 0}});
            }
            m_db.query(
                "INSERT INTO field_history (entity, entity_id, field, version, case_id, value, "
                "hlc, author, role, device, seq, base_version, kind, resolves, sibling) "
                "VALUES " +
                    placeholderRows(n, kColumns),
                params);
        });
}

void FieldStore::markSiblings(const std::vector<VersionRef>& versions) {
    // The IN list on `field` lets both backends search the primary key; the row values pick the
    // exact versions among that record's history.
    const auto maxRows = maxRowsPerStatement(m_db.dialect(), 3, 2);
    for (const auto& group :
         byRecord(versions, [](const VersionRef& v) -> const FieldKey& { return v.key; })) {
        inPieces(group.size(), maxRows, [&](std::size_t first, std::size_t n) {
            std::vector<SqlValue> params{group[0]->key.entity, group[0]->key.entityId};
            for (auto i = first; i < first + n; ++i) {
                params.emplace_back(group[i]->key.field);
            }
            for (auto i = first; i < first + n; ++i) {
                params.insert(params.end(), {group[i]->key.field, group[i]->version});
            }
            m_db.query(
                "UPDATE field_history SET sibling = 1 WHERE entity = ? AND entity_id = ? AND "
                "field IN (" +
                    placeholderList(n) + ") AND (field, version) IN (VALUES " +
                    placeholderRows(n, 2) + ")",
                params);
        });
    }
}

void FieldStore::unmarkSiblings(const FieldKey& key, const std::vector<std::int64_t>& versions) {
    std::vector<SqlValue> params{key.entity, key.entityId, key.field};
    params.insert(params.end(), versions.begin(), versions.end());
    m_db.query(
        "UPDATE field_history SET sibling = 0 WHERE entity = ? AND entity_id = ? AND field = ? "
        "AND version IN (" +
            placeholderList(versions.size()) + ")",
        params);
}

std::vector<std::int64_t> FieldStore::closeConflict(const FieldKey& key) {
    std::vector<std::int64_t> versions;
    for (const auto& r : m_db.query(
             "SELECT version FROM field_history WHERE entity = ? AND entity_id = ? AND field = ? "
             "AND sibling = 1 ORDER BY version",
             {key.entity, key.entityId, key.field})) {
        versions.push_back(asInt(r[0]));
    }
    m_db.query(
        "UPDATE field_history SET sibling = 0 WHERE entity = ? AND entity_id = ? AND field = ? "
        "AND sibling = 1",
        {key.entity, key.entityId, key.field});
    return versions;
}

}  // namespace veldwerk::sync::server
