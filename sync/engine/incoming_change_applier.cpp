#include "sync/engine/incoming_change_applier.h"

#include <algorithm>

#include "core/vault/field_conflicts.h"
#include "core/vault/settled_conflicts.h"
#include "sync/engine/case_materializer.h"

namespace veldwerk::sync {

namespace {
vault::ConflictSide sideOf(const Sibling& s) {
    return {s.version, s.value, s.author, s.role, s.device, clock::Hlc::fromPacked(s.hlc)};
}

std::vector<vault::ConflictSide> sidesOf(const IncomingChange& c) {
    std::vector<vault::ConflictSide> out;
    for (const auto& s : c.conflict) {
        out.push_back(sideOf(s));
    }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.version < b.version; });
    return out;
}

// The field's closed disagreements, as the server tells of them: history, kept whatever this
// device holds as the field's value (a pending local edit does not change what happened).
void recordSettled(vault::Database& db, const IncomingChange& c) {
    vault::SettledConflicts settled(db);
    for (const auto& r : c.resolved) {
        vault::SettledConflict s{
            c.caseId, c.entity, c.entityId,
            c.field,  r.kind,   sideOf({r.version, r.value, r.author, r.role, r.device, r.hlc}),
            {}};
        for (const auto& side : r.sides) {
            s.sides.push_back(sideOf(side));
        }
        settled.record(s);
    }
}
}  // namespace

void IncomingChangeApplier::startPage() {
    auto& db = m_vault.db();
    for (auto* keys : {&m_pending, &m_inConflict}) {
        keys->emplace();
        auto st = db.prepare(keys == &m_pending
                                 ? "SELECT entity, entity_id, field FROM outbox"
                                 : "SELECT DISTINCT entity, entity_id, field FROM conflicts");
        while (st.step()) {
            (*keys)->emplace(st.text(0), st.text(1), st.text(2));
        }
    }
}

bool IncomingChangeApplier::mayBeInConflict(const IncomingChange& c) const {
    return !m_inConflict || m_inConflict->count({c.entity, c.entityId, c.field}) > 0;
}

bool IncomingChangeApplier::hasPendingEdit(const IncomingChange& c) {
    if (m_pending) {
        return m_pending->count({c.entity, c.entityId, c.field}) > 0;
    }
    auto st = m_vault.db().prepare(
        "SELECT 1 FROM outbox WHERE entity = ?1 AND entity_id = ?2 AND field = ?3");
    st.bind(1, c.entity).bind(2, c.entityId).bind(3, c.field);
    return st.step();
}

ApplyOutcome IncomingChangeApplier::apply(const IncomingChange& c) {
    // Remote times move our clock forward (bounded: an absurd one is simply not adopted).
    try {
        m_vault.clock().observe(clock::Hlc::fromPacked(c.hlc));
    } catch (const clock::ClockDriftError&) {
    }
    recordSettled(m_vault.db(), c);
    if (hasPendingEdit(c)) {
        return ApplyOutcome::KeptLocal;
    }
    auto& changes = m_vault.changes();
    const vault::FieldWrite write{c.caseId, c.entity, c.entityId, c.field, c.value};
    // Read once: what the device holds decides, and the change record is told it.
    const auto held = changes.fieldVersion(c.entity, c.entityId, c.field);
    const auto known = held.serverVersion;
    if (c.version < known) {
        return ApplyOutcome::Stale;
    }
    vault::FieldConflicts conflicts(m_vault.db());
    const auto before =
        mayBeInConflict(c) ? conflicts.find(c.entity, c.entityId, c.field) : std::nullopt;
    const auto sides = sidesOf(c);
    if (c.version == known) {
        const auto latest = changes.latest(c.entity, c.entityId, c.field);
        const bool sameSides =
            before ? (!before->resolving && before->sides == sides) : sides.empty();
        if (latest && latest->write.value == c.value && sameSides) {
            return ApplyOutcome::Unchanged;
        }
    }
    CaseMaterializer(m_vault.db()).apply(write, clock::Hlc::fromPacked(c.hlc), c.author, c.role);
    // A state with sides is a conflict; one without that replaces a conflict is its resolution.
    const char* kind = !sides.empty() ? "conflict" : before ? "resolution" : "write";
    changes.recordServerState(
        {write, c.version, clock::Hlc::fromPacked(c.hlc), c.author, c.role, c.device}, kind, held);
    for (const auto& s : sides) {
        changes.recordSibling({vault::FieldWrite{c.caseId, c.entity, c.entityId, c.field, s.value},
                               s.version, s.hlc, s.author, s.role, s.device});
    }
    if (before || !sides.empty()) {
        conflicts.replace(c.caseId, c.entity, c.entityId, c.field, sides);
    }
    if (m_inConflict) {
        if (sides.empty()) {
            m_inConflict->erase({c.entity, c.entityId, c.field});
        } else {
            m_inConflict->emplace(c.entity, c.entityId, c.field);
        }
    }
    return ApplyOutcome::Applied;
}

void IncomingChangeApplier::takeBack(const vault::FieldWrite& write) {
    auto& changes = m_vault.changes();
    const auto version = changes.serverVersion(write.entity, write.entityId, write.field);
    if (version == 0) {
        // The server never had this field: nothing of it stays on show.
        auto gone = write;
        gone.value = std::nullopt;
        CaseMaterializer(m_vault.db()).apply(gone, m_vault.clock().last(), "", "");
        return;
    }
    // The server's state is in the history (pulled, or a local write it acknowledged).
    for (const auto& h : changes.history(write.entity, write.entityId, write.field)) {
        if (h.serverVersion == version && h.origin != "sibling" && h.kind != "refused") {
            CaseMaterializer(m_vault.db()).apply(h.write, h.hlc, h.author, h.authorRole);
        }
    }
}

}  // namespace veldwerk::sync
