#include "core/vault/change_record.h"

#include "core/vault/field_conflicts.h"

namespace veldwerk::vault {

namespace {
FieldChange readChange(const Statement& st) {
    FieldChange c;
    c.seq = st.int64(0);
    c.write = FieldWrite{st.text(11), st.text(1), st.text(2), st.text(3), st.optionalText(4)};
    c.baseVersion = st.int64(5);
    c.version = st.int64(6);
    c.hlc = clock::Hlc::fromPacked(static_cast<std::uint64_t>(st.int64(7)));
    c.author = st.text(8);
    c.device = st.text(9);
    c.authorRole = st.text(10);
    c.origin = st.text(12);
    c.serverVersion = st.int64(13);
    c.kind = st.text(14);
    return c;
}
constexpr const char* kColumns =
    "seq, entity, entity_id, field, value, base_version, version, hlc, author, device, "
    "author_role, case_id, origin, server_version, kind";

using VersionRow = FieldVersion;

VersionRow versionRow(Database& db, const FieldWrite& w) {
    auto st = db.prepare(
        "SELECT version, server_version FROM field_versions WHERE entity = ?1 AND "
        "entity_id = ?2 AND field = ?3");
    st.bind(1, w.entity).bind(2, w.entityId).bind(3, w.field);
    if (!st.step()) {
        return {};
    }
    return {true, st.int64(0), st.int64(1)};
}

// One row per field: who wrote its current state, when, on which device, and the server's version
// of it. INSERT OR REPLACE would be wrong here (it resets columns the caller does not name), and
// SQLite 3.15 has no UPSERT: UPDATE, then INSERT when there was no row.
void storeVersion(Database& db, const FieldWrite& w, const VersionRow& row, std::int64_t version,
                  std::int64_t hlc, const std::string& author, const std::string& device,
                  const std::string& role, std::int64_t serverVersion) {
    auto st = db.prepare(
        row.held
            ? "UPDATE field_versions SET version = ?4, hlc = ?5, author = ?6, device = ?7, "
              "author_role = ?8, case_id = ?9, server_version = ?10 WHERE entity = ?1 AND "
              "entity_id = ?2 AND field = ?3"
            : "INSERT INTO field_versions (entity, entity_id, field, version, hlc, author, device, "
              "author_role, case_id, server_version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
              "?10)");
    st.bind(1, w.entity)
        .bind(2, w.entityId)
        .bind(3, w.field)
        .bind(4, version)
        .bind(5, hlc)
        .bind(6, author)
        .bind(7, device)
        .bind(8, role)
        .bind(9, w.caseId)
        .bind(10, serverVersion)
        .run();
}

std::int64_t appendChange(Database& db, const FieldWrite& w, std::int64_t base,
                          std::int64_t version, std::int64_t hlc, const std::string& author,
                          const std::string& device, const std::string& role,
                          const std::string& origin, std::int64_t serverVersion,
                          const std::string& kind) {
    db.prepare(
          "INSERT INTO field_changes (entity, entity_id, field, value, base_version, version, "
          "hlc, author, device, author_role, case_id, origin, server_version, kind) VALUES (?1, "
          "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
        .bind(1, w.entity)
        .bind(2, w.entityId)
        .bind(3, w.field)
        .bind(4, w.value)
        .bind(5, base)
        .bind(6, version)
        .bind(7, hlc)
        .bind(8, author)
        .bind(9, device)
        .bind(10, role)
        .bind(11, w.caseId)
        .bind(12, origin)
        .bind(13, serverVersion)
        .bind(14, kind)
        .run();
    return db.lastInsertRowId();
}

// The outbox keeps one pending change per field: keystrokes are not history, the synced value
// is. A later edit replaces value, time and sequence but keeps the base of the first unpushed
// edit, so the server still sees what this device had seen.
void queue(Database& db, const FieldWrite& w, const domain::Actor& actor, std::int64_t hlc,
           std::int64_t seq, std::int64_t base) {
    db.prepare(
          "UPDATE outbox SET case_id = ?4, value = ?5, hlc = ?6, author = ?7, role = ?8, "
          "local_seq = ?9 WHERE entity = ?1 AND entity_id = ?2 AND field = ?3")
        .bind(1, w.entity)
        .bind(2, w.entityId)
        .bind(3, w.field)
        .bind(4, w.caseId)
        .bind(5, w.value)
        .bind(6, hlc)
        .bind(7, actor.userId)
        .bind(8, actor.role)
        .bind(9, seq)
        .run();
    if (db.changes() > 0) {
        return;
    }
    db.prepare(
          "INSERT INTO outbox (entity, entity_id, field, case_id, value, base_version, hlc, "
          "author, role, local_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        .bind(1, w.entity)
        .bind(2, w.entityId)
        .bind(3, w.field)
        .bind(4, w.caseId)
        .bind(5, w.value)
        .bind(6, base)
        .bind(7, hlc)
        .bind(8, actor.userId)
        .bind(9, actor.role)
        .bind(10, seq)
        .run();
}
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
    return fieldVersion(entity, entityId, field).version;
}

std::int64_t ChangeRecord::serverVersion(const std::string& entity, const std::string& entityId,
                                         const std::string& field) {
    return fieldVersion(entity, entityId, field).serverVersion;
}

std::int64_t ChangeRecord::record(const FieldWrite& write, const domain::Actor& actor) {
    const auto row = versionRow(m_db, write);
    const auto version = row.version + 1;
    const auto hlc = static_cast<std::int64_t>(m_clock.now().packed());
    // Only a JGT member's write resolves a conflict (the server refuses anyone else's).
    const bool resolves = actor.role == "jgt" && FieldConflicts(m_db).markResolving(
                                                     write.entity, write.entityId, write.field);
    storeVersion(m_db, write, row, version, hlc, actor.userId, actor.deviceId, actor.role,
                 row.serverVersion);
    const auto seq =
        appendChange(m_db, write, row.version, version, hlc, actor.userId, actor.deviceId,
                     actor.role, "local", 0, resolves ? "resolution" : "write");
    queue(m_db, write, actor, hlc, seq, row.serverVersion);
    saveClockMark(m_db, m_clock.last());
    return version;
}

void ChangeRecord::acknowledge(std::int64_t seq, const FieldWrite& write,
                               std::int64_t serverVersion, bool seenHere) {
    m_db.prepare("UPDATE field_changes SET server_version = ?2 WHERE seq = ?1")
        .bind(1, seq)
        .bind(2, serverVersion)
        .run();
    if (!seenHere) {
        return;
    }
    // Versions only move forward.
    m_db.prepare(
            "UPDATE field_versions SET server_version = ?4 WHERE entity = ?1 AND entity_id = ?2 "
            "AND field = ?3 AND server_version < ?4")
        .bind(1, write.entity)
        .bind(2, write.entityId)
        .bind(3, write.field)
        .bind(4, serverVersion)
        .run();
}

void ChangeRecord::markRefused(std::int64_t seq) {
    // Earlier local writes of the field that never reached the server were folded into this one
    // in the outbox (edited again before a sync): refused with it, so none is taken as on show.
    m_db.prepare(
            "UPDATE field_changes SET kind = 'refused' WHERE seq = ?1 OR (origin = 'local' AND "
            "server_version = 0 AND seq < ?1 AND kind != 'refused' AND (entity, entity_id, field) "
            "IN (SELECT entity, entity_id, field FROM field_changes WHERE seq = ?1))")
        .bind(1, seq)
        .run();
}

bool ChangeRecord::historyHas(const FieldWrite& write, std::int64_t serverVersion) {
    auto st = m_db.prepare(
        "SELECT value FROM field_changes WHERE entity = ?1 AND entity_id = ?2 AND field = ?3 AND "
        "server_version = ?4");
    st.bind(1, write.entity).bind(2, write.entityId).bind(3, write.field).bind(4, serverVersion);
    while (st.step()) {
        if (st.optionalText(0) == write.value) {
            return true;
        }
    }
    return false;
}

FieldVersion ChangeRecord::fieldVersion(const std::string& entity, const std::string& entityId,
                                        const std::string& field) {
    return versionRow(m_db, FieldWrite{"", entity, entityId, field, std::nullopt});
}

void ChangeRecord::recordServerState(const ServerState& state, const std::string& kind) {
    recordServerState(state, kind, versionRow(m_db, state.write));
}

void ChangeRecord::recordServerState(const ServerState& state, const std::string& kind,
                                     const FieldVersion& row) {
    const auto version = row.version + 1;
    const auto hlc = static_cast<std::int64_t>(state.hlc.packed());
    storeVersion(m_db, state.write, row, version, hlc, state.author, state.device, state.role,
                 state.version);
    // One row per state on show: none when the latest is already this version with this value
    // (our own acknowledged write). An older row with the same version and value is not enough: a
    // later local write the server took as a concurrent no-op left that row behind the screen.
    // A field without a version row has no history on show (every local write and every server
    // state stores one): nothing to look up.
    const auto shown = row.held
                           ? latest(state.write.entity, state.write.entityId, state.write.field)
                           : std::nullopt;
    if (!shown || shown->serverVersion != state.version ||
        shown->write.value != state.write.value) {
        appendChange(m_db, state.write, row.version, version, hlc, state.author, state.device,
                     state.role, "server", state.version, kind);
    }
}

void ChangeRecord::recordSibling(const ServerState& side) {
    if (historyHas(side.write, side.version)) {
        return;
    }
    // The same write may already be here under another version (as written locally, or as the
    // state on show): one row per write.
    auto same = m_db.prepare(
        "SELECT value FROM field_changes WHERE entity = ?1 AND entity_id = ?2 AND field = ?3 AND "
        "author = ?4 AND hlc = ?5");
    same.bind(1, side.write.entity)
        .bind(2, side.write.entityId)
        .bind(3, side.write.field)
        .bind(4, side.author)
        .bind(5, static_cast<std::int64_t>(side.hlc.packed()));
    while (same.step()) {
        if (same.optionalText(0) == side.write.value) {
            return;
        }
    }
    const auto row = versionRow(m_db, side.write);
    appendChange(m_db, side.write, row.version, row.version,
                 static_cast<std::int64_t>(side.hlc.packed()), side.author, side.device, side.role,
                 "sibling", side.version, "conflict");
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

std::optional<FieldChange> ChangeRecord::latest(const std::string& entity,
                                                const std::string& entityId,
                                                const std::string& field) {
    auto st =
        m_db.prepare(std::string("SELECT ") + kColumns +
                     " FROM field_changes WHERE entity = ?1 AND entity_id = ?2 AND "
                     "field = ?3 AND origin != 'sibling' AND kind != 'refused' ORDER BY seq DESC "
                     "LIMIT 1");
    st.bind(1, entity).bind(2, entityId).bind(3, field);
    return st.step() ? std::optional<FieldChange>(readChange(st)) : std::nullopt;
}

std::vector<FieldChange> ChangeRecord::since(std::int64_t seq, int limit) {
    auto st = m_db.prepare(std::string("SELECT ") + kColumns +
                           " FROM field_changes WHERE seq > ?1 AND origin = 'local' ORDER BY seq "
                           "LIMIT ?2");
    st.bind(1, seq).bind(2, limit);
    std::vector<FieldChange> out;
    while (st.step()) {
        out.push_back(readChange(st));
    }
    return out;
}

}  // namespace veldwerk::vault
