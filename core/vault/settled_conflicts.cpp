#include "core/vault/settled_conflicts.h"

namespace veldwerk::vault {

namespace {
clock::Hlc hlcOf(std::int64_t packed) {
    return clock::Hlc::fromPacked(static_cast<std::uint64_t>(packed));
}
}  // namespace

void SettledConflicts::record(const SettledConflict& s) {
    const auto& c = s.closing;
    m_db.prepare(
            "DELETE FROM settled_conflict_sides WHERE entity = ?1 AND entity_id = ?2 AND field = "
            "?3 AND version = ?4")
        .bind(1, s.entity)
        .bind(2, s.entityId)
        .bind(3, s.field)
        .bind(4, c.version)
        .run();
    m_db.prepare(
            "INSERT OR REPLACE INTO settled_conflicts (entity, entity_id, field, version, case_id, "
            "kind, value, author, role, device, hlc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
            "?10, ?11)")
        .bind(1, s.entity)
        .bind(2, s.entityId)
        .bind(3, s.field)
        .bind(4, c.version)
        .bind(5, s.caseId)
        .bind(6, s.kind)
        .bind(7, c.value)
        .bind(8, c.author)
        .bind(9, c.role)
        .bind(10, c.device)
        .bind(11, static_cast<std::int64_t>(c.hlc.packed()))
        .run();
    for (const auto& side : s.sides) {
        m_db.prepare(
                "INSERT OR REPLACE INTO settled_conflict_sides (entity, entity_id, field, version, "
                "side_version, case_id, value, author, role, device, hlc) VALUES (?1, ?2, ?3, ?4, "
                "?5, ?6, ?7, ?8, ?9, ?10, ?11)")
            .bind(1, s.entity)
            .bind(2, s.entityId)
            .bind(3, s.field)
            .bind(4, c.version)
            .bind(5, side.version)
            .bind(6, s.caseId)
            .bind(7, side.value)
            .bind(8, side.author)
            .bind(9, side.role)
            .bind(10, side.device)
            .bind(11, static_cast<std::int64_t>(side.hlc.packed()))
            .run();
    }
}

std::vector<SettledConflict> SettledConflicts::of(const std::string& entity,
                                                  const std::string& entityId) {
    std::vector<SettledConflict> out;
    auto st = m_db.prepare(
        "SELECT case_id, field, version, kind, value, author, role, device, hlc FROM "
        "settled_conflicts WHERE entity = ?1 AND entity_id = ?2 ORDER BY field, version");
    st.bind(1, entity).bind(2, entityId);
    while (st.step()) {
        SettledConflict s;
        s.caseId = st.text(0);
        s.entity = entity;
        s.entityId = entityId;
        s.field = st.text(1);
        s.kind = st.text(3);
        s.closing = {st.int64(2), st.optionalText(4), st.text(5),
                     st.text(6),  st.text(7),         hlcOf(st.int64(8))};
        out.push_back(std::move(s));
    }
    for (auto& s : out) {
        auto sides = m_db.prepare(
            "SELECT side_version, value, author, role, device, hlc FROM settled_conflict_sides "
            "WHERE entity = ?1 AND entity_id = ?2 AND field = ?3 AND version = ?4 ORDER BY "
            "side_version");
        sides.bind(1, entity).bind(2, entityId).bind(3, s.field).bind(4, s.closing.version);
        while (sides.step()) {
            s.sides.push_back({sides.int64(0), sides.optionalText(1), sides.text(2), sides.text(3),
                               sides.text(4), hlcOf(sides.int64(5))});
        }
    }
    return out;
}

}  // namespace veldwerk::vault
