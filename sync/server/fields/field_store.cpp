#include "sync/server/fields/field_store.h"

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

}  // namespace

std::optional<FieldState> FieldStore::find(const FieldKey& key) {
    const auto rows = m_db.query(
        "SELECT case_id, value, version, hlc, author, role, device, seq, in_conflict FROM fields "
        "WHERE entity = ? AND entity_id = ? AND field = ?",
        {key.entity, key.entityId, key.field});
    if (rows.empty()) {
        return std::nullopt;
    }
    const auto& r = rows[0];
    return FieldState{asText(r[0]), asOptionalText(r[1]),
                      asInt(r[2]),  {hlcOf(r[3]), asText(r[4]), asText(r[5]), asText(r[6])},
                      asInt(r[7]),  asInt(r[8]) != 0};
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

void FieldStore::put(const FieldKey& key, const FieldState& s, bool isNew) {
    if (isNew) {
        m_db.query(
            "INSERT INTO fields (entity, entity_id, field, case_id, value, version, hlc, author, "
            "role, device, seq, in_conflict) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {key.entity, key.entityId, key.field, s.caseId, sqlText(s.value), s.version,
             hlcParam(s.by.hlc), s.by.author, s.by.role, s.by.device, s.seq,
             std::int64_t{s.inConflict ? 1 : 0}});
        return;
    }
    m_db.query(
        "UPDATE fields SET value = ?, version = ?, hlc = ?, author = ?, role = ?, device = ?, "
        "seq = ?, in_conflict = ? WHERE entity = ? AND entity_id = ? AND field = ?",
        {sqlText(s.value), s.version, hlcParam(s.by.hlc), s.by.author, s.by.role, s.by.device,
         s.seq, std::int64_t{s.inConflict ? 1 : 0}, key.entity, key.entityId, key.field});
}

void FieldStore::addHistory(const FieldKey& key, const std::string& caseId, const HistoryEntry& e) {
    m_db.query(
        "INSERT INTO field_history (entity, entity_id, field, version, case_id, value, hlc, "
        "author, role, device, seq, base_version, kind, resolves, sibling) VALUES (?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {key.entity, key.entityId, key.field, e.version, caseId, sqlText(e.value),
         hlcParam(e.by.hlc), e.by.author, e.by.role, e.by.device, e.seq, e.baseVersion, e.kind,
         sqlText(e.resolves), std::int64_t{e.sibling ? 1 : 0}});
}

void FieldStore::markSibling(const FieldKey& key, std::int64_t version) {
    m_db.query(
        "UPDATE field_history SET sibling = 1 WHERE entity = ? AND entity_id = ? AND field = ? "
        "AND version = ?",
        {key.entity, key.entityId, key.field, version});
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
