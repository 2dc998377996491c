#include "sync/engine/quarantine.h"

namespace veldwerk::sync {

void Quarantine::add(const OutgoingChange& c, const std::string& batchId, const std::string& reason,
                     std::int64_t atMs) {
    m_db.prepare(
            "INSERT INTO quarantine (case_id, entity, entity_id, field, value, base_version, hlc, "
            "author, role, local_seq, batch_id, reason, refused_at) VALUES (?1, ?2, ?3, ?4, ?5, "
            "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
        .bind(1, c.caseId)
        .bind(2, c.entity)
        .bind(3, c.entityId)
        .bind(4, c.field)
        .bind(5, c.value)
        .bind(6, c.baseVersion)
        .bind(7, static_cast<std::int64_t>(c.hlc))
        .bind(8, c.author)
        .bind(9, c.role)
        .bind(10, c.clientSeq)
        .bind(11, batchId)
        .bind(12, reason.empty() ? std::string("refused without a reason") : reason)
        .bind(13, atMs)
        .run();
}

namespace {
constexpr const char* kSelect =
    "SELECT id, case_id, entity, entity_id, field, value, base_version, hlc, author, role, "
    "local_seq, batch_id, reason, refused_at FROM quarantine ";

QuarantinedChange rowOf(vault::Statement& st) {
    QuarantinedChange q;
    q.id = st.int64(0);
    q.change.caseId = st.text(1);
    q.change.entity = st.text(2);
    q.change.entityId = st.text(3);
    q.change.field = st.text(4);
    q.change.value = st.optionalText(5);
    q.change.baseVersion = st.int64(6);
    q.change.hlc = static_cast<std::uint64_t>(st.int64(7));
    q.change.author = st.text(8);
    q.change.role = st.text(9);
    q.change.clientSeq = st.int64(10);
    q.batchId = st.text(11);
    q.reason = st.text(12);
    q.refusedAtMs = st.int64(13);
    return q;
}
}  // namespace

std::vector<QuarantinedChange> Quarantine::list() {
    auto st = m_db.prepare(std::string(kSelect) + "ORDER BY id");
    std::vector<QuarantinedChange> out;
    while (st.step()) {
        out.push_back(rowOf(st));
    }
    return out;
}

std::optional<QuarantinedChange> Quarantine::find(std::int64_t id) {
    auto st = m_db.prepare(std::string(kSelect) + "WHERE id = ?1");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return rowOf(st);
}

void Quarantine::remove(std::int64_t id) {
    m_db.prepare("DELETE FROM quarantine WHERE id = ?1").bind(1, id).run();
}

std::size_t Quarantine::size() {
    auto st = m_db.prepare("SELECT count(*) FROM quarantine");
    st.step();
    return static_cast<std::size_t>(st.int64(0));
}

}  // namespace veldwerk::sync
