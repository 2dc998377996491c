#include "core/statement/statement_fields.h"

#include <algorithm>
#include <array>

namespace veldwerk::statement {

namespace {
constexpr std::array<std::string_view, 7> kFields = {
    "case_id", "assessment_id", "kind", "person_id", "relation", "said_on", "text"};
}  // namespace

bool isStatementField(std::string_view field) {
    return std::find(kFields.begin(), kFields.end(), field) != kFields.end();
}

bool isStatementKind(std::string_view kind) {
    return kind == kClientKind || kind == kGiDisagreementKind;
}

bool applyStatementField(vault::Database& db, const vault::FieldWrite& w, const std::string& author,
                         const std::string& role, std::int64_t atMs) {
    if (!isStatementField(w.field)) {
        return false;
    }
    db.prepare(
          "INSERT OR IGNORE INTO statements (id, case_id, recorded_by, recorded_role, "
          "recorded_at) VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, w.entityId)
        .bind(2, w.caseId)
        .bind(3, author)
        .bind(4, role)
        .bind(5, atMs)
        .run();
    if (w.field == "case_id") {
        return true;  // the row's case is the change's own (the server checks they agree)
    }
    // The column names are the field names (checked above), never text from the change.
    db.prepare("UPDATE statements SET " + std::string(w.field) + " = ?2 WHERE id = ?1")
        .bind(1, w.entityId)
        .bind(2, w.value)
        .run();
    return true;
}

}  // namespace veldwerk::statement
