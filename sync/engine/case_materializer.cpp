#include "sync/engine/case_materializer.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string_view>

#include "core/assessment/justification_field.h"
#include "core/consultation/consultation_fields.h"
#include "core/phase/phase_fields.h"
#include "core/statement/statement_fields.h"
#include "core/visit/visit_fields.h"

namespace veldwerk::sync {

namespace {
std::optional<std::int64_t> parseMs(const std::optional<std::string>& text) {
    if (!text || text->empty() || text->size() > 18 ||
        text->find_first_not_of("0123456789") != std::string::npos) {
        return std::nullopt;
    }
    return std::stoll(*text);
}

// "risicotaxatie.v1" -> ("risicotaxatie", 1)
std::optional<std::pair<std::string, std::int64_t>> parseForm(const std::string& text) {
    const auto dot = text.rfind(".v");
    if (dot == std::string::npos || dot == 0) {
        return std::nullopt;
    }
    const auto version = parseMs(text.substr(dot + 2));
    if (!version || *version < 1 || *version > 1000000) {
        return std::nullopt;
    }
    return std::make_pair(text.substr(0, dot), *version);
}

// A field that maps onto one column: UPDATE ... SET column from ?2 WHERE id = ?1.
struct ColumnUpdate {
    std::string_view field;
    const char* sql;
};

constexpr ColumnUpdate kPersonColumns[] = {
    {"case_id", "UPDATE persons SET case_id = COALESCE(?2, case_id) WHERE id = ?1"},
    {"role", "UPDATE persons SET role = COALESCE(?2, '') WHERE id = ?1"},
    {"name", "UPDATE persons SET name = COALESCE(?2, ''), deleted = (?2 IS NULL) WHERE id = ?1"},
    {"born", "UPDATE persons SET born = ?2 WHERE id = ?1"},
};

constexpr ColumnUpdate kConsentColumns[] = {
    {"case_id", "UPDATE consents SET case_id = COALESCE(?2, case_id) WHERE id = ?1"},
    {"for_role", "UPDATE consents SET for_role = COALESCE(?2, '') WHERE id = ?1"},
    {"given_by", "UPDATE consents SET given_by = COALESCE(?2, '') WHERE id = ?1"},
};

constexpr ColumnUpdate kAssessmentColumns[] = {
    {"case_id", "UPDATE assessments SET case_id = COALESCE(?2, case_id) WHERE id = ?1"},
    {"subject_person_id", "UPDATE assessments SET subject_person_id = ?2 WHERE id = ?1"},
    {"addendum_of", "UPDATE assessments SET addendum_of = ?2 WHERE id = ?1"},
    {"status", "UPDATE assessments SET status = COALESCE(?2, 'draft') WHERE id = ?1"},
};

// False for a field the table does not know (the caller reports it as not materialized).
bool updateColumn(vault::Database& db, std::span<const ColumnUpdate> columns,
                  const vault::FieldWrite& w) {
    for (const auto& c : columns) {
        if (c.field == w.field) {
            db.prepare(c.sql).bind(1, w.entityId).bind(2, w.value).run();
            return true;
        }
    }
    return false;
}

std::string stringOr(const nlohmann::json& j, const char* key, const std::string& fallback) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : fallback;
}
}  // namespace

bool CaseMaterializer::apply(const vault::FieldWrite& w, clock::Hlc hlc, const std::string& author,
                             const std::string& role) {
    const auto atMs = static_cast<std::int64_t>(hlc.wallMs);
    if (w.entity == "case") {
        return caseField(w, atMs);
    }
    if (w.entity == "person") {
        return personField(w);
    }
    if (w.entity == "consent") {
        return consentField(w, atMs, author);
    }
    if (w.entity == "member") {
        return memberField(w, atMs);
    }
    if (w.entity == "assessment") {
        return assessmentField(w, atMs, author);
    }
    if (w.entity == "answer") {
        return answerField(w);
    }
    if (w.entity == "event") {
        return eventField(w, hlc, author, role);
    }
    if (w.entity == "visit") {
        return visit::applyVisitField(m_db, w);
    }
    if (w.entity == "consultation") {
        return consultation::applyConsultationField(m_db, w);
    }
    if (w.entity == "statement") {
        return statement::applyStatementField(m_db, w, author, role, atMs);
    }
    if (w.entity == "escalation") {
        return phase::applyEscalationField(m_db, w, atMs, author);
    }
    return false;
}

bool CaseMaterializer::caseField(const vault::FieldWrite& w, std::int64_t atMs) {
    m_db.prepare("INSERT OR IGNORE INTO cases (id, name, created_at) VALUES (?1, '', ?2)")
        .bind(1, w.entityId)
        .bind(2, atMs)
        .run();
    if (w.field == "name") {
        if (w.value) {
            m_db.prepare("UPDATE cases SET name = ?2, deleted = 0 WHERE id = ?1")
                .bind(1, w.entityId)
                .bind(2, *w.value)
                .run();
        } else {
            m_db.prepare("UPDATE cases SET deleted = 1 WHERE id = ?1").bind(1, w.entityId).run();
        }
        return true;
    }
    if (w.field == "closed_at") {
        auto st = m_db.prepare("UPDATE cases SET closed_at = ?2 WHERE id = ?1");
        st.bind(1, w.entityId);
        if (const auto ms = parseMs(w.value)) {
            st.bind(2, *ms);
        } else {
            st.bindNull(2);
        }
        st.run();
        return true;
    }
    return phase::applyCasePhaseField(m_db, w);
}

bool CaseMaterializer::personField(const vault::FieldWrite& w) {
    m_db.prepare("INSERT OR IGNORE INTO persons (id, case_id, role, name) VALUES (?1, ?2, '', '')")
        .bind(1, w.entityId)
        .bind(2, w.caseId)
        .run();
    return updateColumn(m_db, kPersonColumns, w);
}

bool CaseMaterializer::consentField(const vault::FieldWrite& w, std::int64_t atMs,
                                    const std::string& author) {
    m_db.prepare(
            "INSERT OR IGNORE INTO consents (id, case_id, for_role, given_by, recorded_by, "
            "recorded_at) VALUES (?1, ?2, '', '', ?3, ?4)")
        .bind(1, w.entityId)
        .bind(2, w.caseId)
        .bind(3, author)
        .bind(4, atMs)
        .run();
    if (w.field == "withdrawn_at") {
        auto st = m_db.prepare(
            "UPDATE consents SET withdrawn_at = ?2, withdrawn_by = CASE WHEN ?2 IS NULL THEN NULL "
            "ELSE ?3 END WHERE id = ?1");
        st.bind(1, w.entityId).bind(3, author);
        if (const auto ms = parseMs(w.value)) {
            st.bind(2, *ms);
        } else {
            st.bindNull(2);
        }
        st.run();
        return true;
    }
    return updateColumn(m_db, kConsentColumns, w);
}

bool CaseMaterializer::memberField(const vault::FieldWrite& w, std::int64_t atMs) {
    const auto colon = w.entityId.find(':');
    if (w.field != "role" || colon == std::string::npos) {
        return false;
    }
    const auto caseId = w.entityId.substr(0, colon);
    const auto userId = w.entityId.substr(colon + 1);
    if (w.value) {
        m_db.prepare(
                "INSERT OR IGNORE INTO case_members (case_id, user_id, role, added_at) VALUES "
                "(?1, ?2, ?3, ?4)")
            .bind(1, caseId)
            .bind(2, userId)
            .bind(3, *w.value)
            .bind(4, atMs)
            .run();
        m_db.prepare(
                "UPDATE case_members SET role = ?3, removed_at = NULL WHERE case_id = ?1 AND "
                "user_id = ?2")
            .bind(1, caseId)
            .bind(2, userId)
            .bind(3, *w.value)
            .run();
    } else {
        m_db.prepare(
                "UPDATE case_members SET removed_at = ?3 WHERE case_id = ?1 AND user_id = ?2 AND "
                "removed_at IS NULL")
            .bind(1, caseId)
            .bind(2, userId)
            .bind(3, atMs)
            .run();
    }
    return true;
}

bool CaseMaterializer::assessmentField(const vault::FieldWrite& w, std::int64_t atMs,
                                       const std::string& author) {
    m_db.prepare(
            "INSERT OR IGNORE INTO assessments (id, case_id, form_id, form_version, status, "
            "created_by, created_at) VALUES (?1, ?2, '', 1, 'draft', ?3, ?4)")
        .bind(1, w.entityId)
        .bind(2, w.caseId)
        .bind(3, author)
        .bind(4, atMs)
        .run();
    if (w.field == "form") {
        const auto form = w.value ? parseForm(*w.value) : std::nullopt;
        if (!form) {
            return false;
        }
        m_db.prepare("UPDATE assessments SET form_id = ?2, form_version = ?3 WHERE id = ?1")
            .bind(1, w.entityId)
            .bind(2, form->first)
            .bind(3, form->second)
            .run();
        return true;
    }
    if (const auto rule = assessment::justifiedKey(w.field)) {
        if (w.value) {
            m_db.prepare(
                    "INSERT OR REPLACE INTO justifications (assessment_id, rule_id, text) VALUES "
                    "(?1, ?2, ?3)")
                .bind(1, w.entityId)
                .bind(2, *rule)
                .bind(3, *w.value)
                .run();
        } else {
            m_db.prepare("DELETE FROM justifications WHERE assessment_id = ?1 AND rule_id = ?2")
                .bind(1, w.entityId)
                .bind(2, *rule)
                .run();
        }
        return true;
    }
    return updateColumn(m_db, kAssessmentColumns, w);
}

bool CaseMaterializer::answerField(const vault::FieldWrite& w) {
    const auto slash = w.field.find('/');
    if (slash != std::string::npos && w.field.find('/', slash + 1) == std::string::npos) {
        // GROUP/ENTRY: an entry of a repeated group exists ("entry") or was removed (null).
        const auto group = w.field.substr(0, slash);
        const auto entry = w.field.substr(slash + 1);
        if (w.value) {
            m_db.prepare(
                    "INSERT OR IGNORE INTO group_entries (assessment_id, group_id, entry_id, "
                    "position) VALUES (?1, ?2, ?3, (SELECT COALESCE(MAX(position), 0) + 1 FROM "
                    "group_entries WHERE assessment_id = ?1 AND group_id = ?2))")
                .bind(1, w.entityId)
                .bind(2, group)
                .bind(3, entry)
                .run();
        }
        m_db.prepare(
                "UPDATE group_entries SET deleted = ?4 WHERE assessment_id = ?1 AND group_id = ?2 "
                "AND entry_id = ?3")
            .bind(1, w.entityId)
            .bind(2, group)
            .bind(3, entry)
            .bind(4, w.value ? 0 : 1)
            .run();
        return true;
    }
    // ITEM, GROUP/ENTRY/FIELD, or ITEM@AUTHOR for a perspective item.
    const auto at = w.field.find('@');
    const auto item = w.field.substr(0, at);
    const auto author = at == std::string::npos ? std::string() : w.field.substr(at + 1);
    if (item.empty()) {
        return false;
    }
    m_db.prepare(
            "INSERT OR REPLACE INTO answers (assessment_id, item, author, value) VALUES (?1, ?2, "
            "?3, ?4)")
        .bind(1, w.entityId)
        .bind(2, item)
        .bind(3, author)
        .bind(4, w.value)
        .run();
    return true;
}

bool CaseMaterializer::eventField(const vault::FieldWrite& w, clock::Hlc hlc,
                                  const std::string& author, const std::string& role) {
    if (w.field != "data") {
        return false;
    }
    if (!w.value) {
        return true;  // events are history: never rewritten or removed
    }
    const auto j = nlohmann::json::parse(*w.value, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        return false;
    }
    const auto assessment = stringOr(j, "assessment", "");
    const auto kind = stringOr(j, "kind", "");
    if (assessment.empty() || kind.empty() || author.empty()) {
        return false;
    }
    // An event about an assessment of another case is not shown here (the server refuses it).
    auto owner = m_db.prepare("SELECT case_id FROM assessments WHERE id = ?1");
    owner.bind(1, assessment);
    if (owner.step() && owner.text(0) != w.caseId) {
        return false;
    }
    std::int64_t atMs = static_cast<std::int64_t>(hlc.wallMs);
    if (const auto it = j.find("at"); it != j.end() && it->is_number_integer()) {
        atMs = it->get<std::int64_t>();
    }
    auto st = m_db.prepare(
        "INSERT OR IGNORE INTO assessment_events (event_id, assessment_id, kind, user_id, role, "
        "at_ms, hlc, comment, data, case_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    st.bind(1, w.entityId)
        .bind(2, assessment)
        .bind(3, kind)
        .bind(4, author)
        .bind(5, role)
        .bind(6, atMs)
        .bind(7, static_cast<std::int64_t>(hlc.packed()));
    const auto comment = j.find("comment");
    st.bind(8, comment != j.end() && comment->is_string()
                   ? std::optional<std::string>(comment->get<std::string>())
                   : std::nullopt);
    const auto data = j.find("data");
    st.bind(9, data != j.end() && data->is_string()
                   ? std::optional<std::string>(data->get<std::string>())
                   : std::nullopt);
    st.bind(10, w.caseId);
    st.run();
    return true;
}

}  // namespace veldwerk::sync
