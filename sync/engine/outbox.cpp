#include "sync/engine/outbox.h"

#include "core/vault/field_conflicts.h"

namespace veldwerk::sync {

namespace {
// Removes the field's pending row when it still holds the change sent (not edited again since).
// Returns whether it did.
bool deleteSent(vault::Database& db, const OutgoingChange& c) {
    db.prepare(
          "DELETE FROM outbox WHERE entity = ?1 AND entity_id = ?2 AND field = ?3 AND "
          "local_seq = ?4")
        .bind(1, c.entity)
        .bind(2, c.entityId)
        .bind(3, c.field)
        .bind(4, c.clientSeq)
        .run();
    return db.changes() > 0;
}
}  // namespace

vault::FieldWrite writeOf(const OutgoingChange& change) {
    return {change.caseId, change.entity, change.entityId, change.field, change.value};
}

std::vector<OutgoingChange> Outbox::take(std::size_t limit) {
    auto st = m_vault.db().prepare(
        "SELECT local_seq, case_id, entity, entity_id, field, value, base_version, hlc, author, "
        "role FROM outbox ORDER BY local_seq LIMIT ?1");
    st.bind(1, static_cast<std::int64_t>(limit));
    std::vector<OutgoingChange> out;
    while (st.step()) {
        OutgoingChange c;
        c.clientSeq = st.int64(0);
        c.caseId = st.text(1);
        c.entity = st.text(2);
        c.entityId = st.text(3);
        c.field = st.text(4);
        c.value = st.optionalText(5);
        c.baseVersion = st.int64(6);
        c.hlc = static_cast<std::uint64_t>(st.int64(7));
        c.author = st.text(8);
        c.role = st.text(9);
        out.push_back(std::move(c));
    }
    return out;
}

std::size_t Outbox::size() {
    auto st = m_vault.db().prepare("SELECT count(*) FROM outbox");
    st.step();
    return static_cast<std::size_t>(st.int64(0));
}

std::size_t Outbox::sizeFor(const std::string& caseId) {
    auto st = m_vault.db().prepare("SELECT count(*) FROM outbox WHERE case_id = ?1");
    st.bind(1, caseId);
    st.step();
    return static_cast<std::size_t>(st.int64(0));
}

void Outbox::acknowledge(const OutgoingChange& sent, const PushResult& result) {
    auto& db = m_vault.db();
    vault::FieldConflicts conflicts(db);
    // Is the server's new state what this device shows? Yes when it applied our write, or found
    // it equal to what we had seen. Not after a conflict, a set merge or a concurrent "unchanged"
    // (a set merge that added nothing, a side already in a conflict): the server holds values
    // nobody here has seen, and whatever the user writes before a pull brings them is concurrent
    // with them. Taking the new version as its base would make a later edit the resolution of a
    // conflict nobody here saw, or drop the options a merge added: a silent overwrite.
    const bool inConflict = mayBeInConflict(sent);
    const bool seenHere =
        result.outcome == PushOutcome::Applied ||
        (result.outcome == PushOutcome::Unchanged && result.version == sent.baseVersion &&
         !(inConflict && conflicts.find(sent.entity, sent.entityId, sent.field)));
    m_vault.changes().acknowledge(sent.clientSeq, writeOf(sent), result.version, seenHere);
    // A row that stays was edited again meanwhile (or is gone: the update then finds nothing).
    if (!deleteSent(db, sent) && seenHere) {
        // Edited again while the batch was out: that edit was made on what the server now has.
        db.prepare(
              "UPDATE outbox SET base_version = ?4 WHERE entity = ?1 AND entity_id = ?2 AND "
              "field = ?3")
            .bind(1, sent.entity)
            .bind(2, sent.entityId)
            .bind(3, sent.field)
            .bind(4, result.version)
            .run();
    }
    if (!inConflict) {
        return;
    }
    if (result.outcome == PushOutcome::Applied || result.outcome == PushOutcome::Merged) {
        // A write on the latest version: if the field was in conflict, this resolved it.
        conflicts.remove(sent.entity, sent.entityId, sent.field);
    } else {
        // Concurrent with what the server has: any conflict stays (the pull brings its sides).
        conflicts.clearResolving(sent.entity, sent.entityId, sent.field);
    }
}

void Outbox::startSettling() {
    m_inConflict.emplace();
    auto st = m_vault.db().prepare("SELECT DISTINCT entity, entity_id, field FROM conflicts");
    while (st.step()) {
        m_inConflict->emplace(st.text(0), st.text(1), st.text(2));
    }
}

bool Outbox::mayBeInConflict(const OutgoingChange& sent) const {
    return !m_inConflict || m_inConflict->count({sent.entity, sent.entityId, sent.field}) > 0;
}

bool Outbox::dropRefused(const OutgoingChange& sent) {
    auto& db = m_vault.db();
    if (mayBeInConflict(sent)) {
        vault::FieldConflicts(db).clearResolving(sent.entity, sent.entityId, sent.field);
    }
    return deleteSent(db, sent);
}

}  // namespace veldwerk::sync
