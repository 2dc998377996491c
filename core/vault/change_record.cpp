#include "core/vault/change_record.h"

namespace veldwerk::vault {

namespace {
FieldChange readChange(const Statement& st) {
    FieldChange c;
    c.seq = st.int64(0);
    c.write = FieldWrite{st.text(1), st.text(2), st.text(3), st.optionalText(4)};
    c.baseVersion = st.int64(5);
    c.version = st.int64(6);
    c.hlc = clock::Hlc::fromPacked(static_cast<std::uint64_t>(st.int64(7)));
    c.author = st.text(8);
    c.device = st.text(9);
    c.authorRole = st.text(10);
    return c;
}
constexpr const char* kColumns =
    "seq, entity, entity_id, field, value, base_version, version, hlc, author, device, "
    "author_role";
}  // namespace

void saveClockMark(Database& db, clock::Hlc hlc) {
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('hlc_last', ?1)")
        .bind(1, std::to_string(hlc.packed()))
        .run();
}

clock::Hlc loadClockMark(Database& db) {
    auto st = db.prepare("SELECT value FROM meta WHERE key = 'hlc_last'");
    return st.step() ? clock::Hlc::fromPacked(std::stoull(st.text(0))) : clock::Hlc{};
}

std::int64_t ChangeRecord::currentVersion(const std::string& entity, const std::string& entityId,
                                          const std::string& field) {
    auto st = m_db.prepare(
        "SELECT version FROM field_versions WHERE entity = ?1 AND entity_id = ?2 AND field = ?3");
    st.bind(1, entity).bind(2, entityId).bind(3, field);
    return st.step() ? st.int64(0) : 0;
}

std::int64_t ChangeRecord::record(const FieldWrite& write, const domain::Actor& actor) {
    const auto base = currentVersion(write.entity, write.entityId, write.field);
    const auto version = base + 1;
    const auto hlc = m_clock.now();
    const auto packed = static_cast<std::int64_t>(hlc.packed());
    // No UPSERT on SQLite 3.15: INSERT OR REPLACE is safe here, the row is wholly ours.
    m_db.prepare(
            "INSERT OR REPLACE INTO field_versions (entity, entity_id, field, version, hlc, "
            "author, device, author_role) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .bind(1, write.entity)
        .bind(2, write.entityId)
        .bind(3, write.field)
        .bind(4, version)
        .bind(5, packed)
        .bind(6, actor.userId)
        .bind(7, actor.deviceId)
        .bind(8, actor.role)
        .run();
    m_db.prepare(
            "INSERT INTO field_changes (entity, entity_id, field, value, base_version, version, "
            "hlc, author, device, author_role) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        .bind(1, write.entity)
        .bind(2, write.entityId)
        .bind(3, write.field)
        .bind(4, write.value)
        .bind(5, base)
        .bind(6, version)
        .bind(7, packed)
        .bind(8, actor.userId)
        .bind(9, actor.deviceId)
        .bind(10, actor.role)
        .run();
    saveClockMark(m_db, hlc);
    return version;
}

std::vector<FieldChange> ChangeRecord::history(const std::string& entity,
                                               const std::string& entityId,
                                               const std::string& field) {
    auto st = m_db.prepare(std::string("SELECT ") + kColumns +
                           " FROM field_changes WHERE entity = ?1 AND entity_id = ?2 AND "
                           "field = ?3 ORDER BY seq");
    st.bind(1, entity).bind(2, entityId).bind(3, field);
    std::vector<FieldChange> out;
    while (st.step()) {
        out.push_back(readChange(st));
    }
    return out;
}

std::vector<FieldChange> ChangeRecord::since(std::int64_t seq, int limit) {
    auto st = m_db.prepare(std::string("SELECT ") + kColumns +
                           " FROM field_changes WHERE seq > ?1 ORDER BY seq LIMIT ?2");
    st.bind(1, seq).bind(2, limit);
    std::vector<FieldChange> out;
    while (st.step()) {
        out.push_back(readChange(st));
    }
    return out;
}

}  // namespace veldwerk::vault
