#include "core/vault/field_conflicts.h"

namespace veldwerk::vault {

std::vector<FieldConflict> FieldConflicts::query(const std::string& where,
                                                 const std::vector<std::string>& args) {
    auto st = m_db.prepare(
        "SELECT case_id, entity, entity_id, field, resolving, version, value, author, role, "
        "device, hlc FROM conflicts WHERE " +
        where + " ORDER BY case_id, entity, entity_id, field, version");
    int i = 1;
    for (const auto& a : args) {
        st.bind(i++, a);
    }
    std::vector<FieldConflict> out;
    while (st.step()) {
        if (out.empty() || out.back().entity != st.text(1) || out.back().entityId != st.text(2) ||
            out.back().field != st.text(3)) {
            FieldConflict c;
            c.caseId = st.text(0);
            c.entity = st.text(1);
            c.entityId = st.text(2);
            c.field = st.text(3);
            out.push_back(std::move(c));
        }
        auto& c = out.back();
        c.resolving = c.resolving || st.int64(4) != 0;
        c.sides.push_back({st.int64(5), st.optionalText(6), st.text(7), st.text(8), st.text(9),
                           clock::Hlc::fromPacked(static_cast<std::uint64_t>(st.int64(10)))});
    }
    return out;
}

std::vector<FieldConflict> FieldConflicts::open() {
    std::vector<FieldConflict> out;
    for (auto& c : query("1 = 1", {})) {
        if (!c.resolving) {
            out.push_back(std::move(c));
        }
    }
    return out;
}

std::vector<FieldConflict> FieldConflicts::openFor(const std::string& entity,
                                                   const std::string& entityId) {
    std::vector<FieldConflict> out;
    for (auto& c : query("entity = ?1 AND entity_id = ?2", {entity, entityId})) {
        if (!c.resolving) {
            out.push_back(std::move(c));
        }
    }
    return out;
}

std::optional<FieldConflict> FieldConflicts::find(const std::string& entity,
                                                  const std::string& entityId,
                                                  const std::string& field) {
    auto found = query("entity = ?1 AND entity_id = ?2 AND field = ?3", {entity, entityId, field});
    if (found.empty()) {
        return std::nullopt;
    }
    return found.front();
}

void FieldConflicts::replace(const std::string& caseId, const std::string& entity,
                             const std::string& entityId, const std::string& field,
                             const std::vector<ConflictSide>& sides) {
    remove(entity, entityId, field);
    for (const auto& s : sides) {
        m_db.prepare(
                "INSERT OR REPLACE INTO conflicts (entity, entity_id, field, case_id, version, "
                "value, author, role, device, hlc) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                "?10)")
            .bind(1, entity)
            .bind(2, entityId)
            .bind(3, field)
            .bind(4, caseId)
            .bind(5, s.version)
            .bind(6, s.value)
            .bind(7, s.author)
            .bind(8, s.role)
            .bind(9, s.device)
            .bind(10, static_cast<std::int64_t>(s.hlc.packed()))
            .run();
    }
}

bool FieldConflicts::markResolving(const std::string& entity, const std::string& entityId,
                                   const std::string& field) {
    m_db.prepare(
            "UPDATE conflicts SET resolving = 1 WHERE entity = ?1 AND entity_id = ?2 AND "
            "field = ?3")
        .bind(1, entity)
        .bind(2, entityId)
        .bind(3, field)
        .run();
    return m_db.changes() > 0;
}

void FieldConflicts::clearResolving(const std::string& entity, const std::string& entityId,
                                    const std::string& field) {
    m_db.prepare(
            "UPDATE conflicts SET resolving = 0 WHERE entity = ?1 AND entity_id = ?2 AND "
            "field = ?3")
        .bind(1, entity)
        .bind(2, entityId)
        .bind(3, field)
        .run();
}

void FieldConflicts::remove(const std::string& entity, const std::string& entityId,
                            const std::string& field) {
    m_db.prepare("DELETE FROM conflicts WHERE entity = ?1 AND entity_id = ?2 AND field = ?3")
        .bind(1, entity)
        .bind(2, entityId)
        .bind(3, field)
        .run();
}

}  // namespace veldwerk::vault
