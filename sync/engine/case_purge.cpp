#include "sync/engine/case_purge.h"

namespace veldwerk::sync {

namespace {
// The statements that remove one case (?1); assessments last, since the rows of answers,
// entries and events are found through them.
constexpr const char* kPurge[] = {
    "DELETE FROM answers WHERE assessment_id IN (SELECT id FROM assessments WHERE case_id = ?1 "
    "UNION SELECT entity_id FROM field_versions WHERE case_id = ?1 AND entity IN ('assessment', "
    "'answer'))",
    "DELETE FROM group_entries WHERE assessment_id IN (SELECT id FROM assessments WHERE case_id = "
    "?1 UNION SELECT entity_id FROM field_versions WHERE case_id = ?1 AND entity IN "
    "('assessment', 'answer'))",
    "DELETE FROM justifications WHERE assessment_id IN (SELECT id FROM assessments WHERE case_id "
    "= ?1 UNION SELECT entity_id FROM field_versions WHERE case_id = ?1 AND entity = "
    "'assessment')",
    "DELETE FROM assessment_events WHERE case_id = ?1 OR assessment_id IN (SELECT id FROM "
    "assessments WHERE case_id = ?1)",
    "DELETE FROM assessments WHERE case_id = ?1",
    "DELETE FROM persons WHERE case_id = ?1",
    "DELETE FROM consents WHERE case_id = ?1",
    "DELETE FROM case_members WHERE case_id = ?1",
    "DELETE FROM visit_professionals WHERE case_id = ?1",
    "DELETE FROM visits WHERE case_id = ?1",
    "DELETE FROM statements WHERE case_id = ?1",
    // A consultation is its own unit (?1 its id), and part of the case it is linked to; the
    // asker's note of the case a question came from goes with that case.
    "DELETE FROM consultations WHERE id = ?1 OR case_link = ?1",
    "UPDATE consultations SET origin_case = NULL WHERE origin_case = ?1",
    "DELETE FROM escalations WHERE case_id = ?1",
    "DELETE FROM cases WHERE id = ?1",
    "DELETE FROM field_changes WHERE case_id = ?1",
    "DELETE FROM field_versions WHERE case_id = ?1",
    "DELETE FROM outbox WHERE case_id = ?1",
    "DELETE FROM conflicts WHERE case_id = ?1",
    "DELETE FROM settled_conflicts WHERE case_id = ?1",
    "DELETE FROM settled_conflict_sides WHERE case_id = ?1",
    "DELETE FROM known_cases WHERE case_id = ?1",
};
}  // namespace

std::vector<std::string> CasePurge::heldCases() {
    auto st = m_vault.db().prepare(
        "SELECT id FROM cases UNION SELECT case_id FROM known_cases UNION SELECT case_id FROM "
        "case_members UNION SELECT case_id FROM persons UNION SELECT case_id FROM consents UNION "
        "SELECT case_id FROM assessments UNION SELECT case_id FROM field_versions WHERE case_id != "
        "'' UNION SELECT case_id FROM outbox UNION SELECT case_id FROM conflicts UNION SELECT "
        "case_id "
        "FROM statements");
    std::vector<std::string> out;
    while (st.step()) {
        out.push_back(st.text(0));
    }
    return out;
}

void CasePurge::purge(const std::string& caseId) {
    auto& db = m_vault.db();
    vault::Transaction tx(db);
    auto unit = db.prepare(
        "SELECT 1 FROM field_versions WHERE case_id = ?1 AND entity = 'consultation' LIMIT 1");
    unit.bind(1, caseId);
    const bool consultation = unit.step();
    for (const char* sql : kPurge) {
        db.prepare(sql).bind(1, caseId).run();
    }
    if (consultation) {
        m_vault.audit().append(m_vault.owner(),
                               {audit::AuditAction::Delete, "consultation", caseId, std::nullopt});
    } else {
        m_vault.audit().append(m_vault.owner(),
                               {audit::AuditAction::Delete, "case", caseId, caseId});
    }
    tx.commit();
}

}  // namespace veldwerk::sync
