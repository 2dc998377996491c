#include "core/assessment/assessment_repository.h"

#include <nlohmann/json.hpp>

#include "core/assessment/justification_field.h"
#include "core/assessment/lifecycle_policy.h"

namespace veldwerk::assessment {

namespace {
constexpr const char* kColumns =
    "id, case_id, form_id, form_version, subject_person_id, status, created_by, created_at, "
    "addendum_of";

AssessmentRecord readRecord(const vault::Statement& st) {
    AssessmentRecord r;
    r.id = st.text(0);
    r.caseId = st.text(1);
    r.formId = st.text(2);
    r.formVersion = static_cast<int>(st.int64(3));
    r.subjectPersonId = st.optionalText(4);
    r.status = st.text(5);
    r.createdBy = st.text(6);
    r.createdAtMs = st.int64(7);
    r.addendumOf = st.optionalText(8);
    return r;
}

}  // namespace

std::string formField(const std::string& formId, int version) {
    return formId + ".v" + std::to_string(version);
}

std::string answerField(const std::string& path, const std::string& author) {
    return author.empty() ? path : path + "@" + author;
}

std::string AssessmentRepository::caseOf(const std::string& id) {
    auto st = m_vault.db().prepare("SELECT case_id FROM assessments WHERE id = ?1");
    st.bind(1, id);
    if (!st.step()) {
        throw std::out_of_range("no assessment " + id);
    }
    return st.text(0);
}

std::string AssessmentRepository::create(const domain::Actor& actor,
                                         const AssessmentRecord& record) {
    const auto id = vault::randomHex(16);
    auto& db = m_vault.db();
    db.prepare(std::string("INSERT INTO assessments (") + kColumns +
               ") VALUES (?1, ?2, ?3, ?4, ?5, 'draft', ?6, ?7, ?8)")
        .bind(1, id)
        .bind(2, record.caseId)
        .bind(3, record.formId)
        .bind(4, record.formVersion)
        .bind(5, record.subjectPersonId)
        .bind(6, actor.userId)
        .bind(7, m_vault.wallClock().nowMs())
        .bind(8, record.addendumOf)
        .run();
    auto& changes = m_vault.changes();
    const auto& caseId = record.caseId;
    changes.record({caseId, "assessment", id, "case_id", caseId}, actor);
    changes.record({caseId, "assessment", id, "form", formField(record.formId, record.formVersion)},
                   actor);
    changes.record({caseId, "assessment", id, "subject_person_id", record.subjectPersonId}, actor);
    changes.record({caseId, "assessment", id, "addendum_of", record.addendumOf}, actor);
    changes.record({caseId, "assessment", id, "status", std::string("draft")}, actor);
    return id;
}

std::optional<AssessmentRecord> AssessmentRepository::find(const std::string& id) {
    auto st =
        m_vault.db().prepare(std::string("SELECT ") + kColumns + " FROM assessments WHERE id = ?1");
    st.bind(1, id);
    return st.step() ? std::optional<AssessmentRecord>(readRecord(st)) : std::nullopt;
}

std::vector<AssessmentRecord> AssessmentRepository::forCase(const std::string& caseId) {
    auto st = m_vault.db().prepare(std::string("SELECT ") + kColumns +
                                   " FROM assessments WHERE case_id = ?1 ORDER BY created_at, id");
    st.bind(1, caseId);
    std::vector<AssessmentRecord> out;
    while (st.step()) {
        out.push_back(readRecord(st));
    }
    return out;
}

std::vector<StoredAnswer> AssessmentRepository::answers(const std::string& id) {
    // Who wrote each answer last comes from the change record's per-field versions.
    auto st = m_vault.db().prepare(
        "SELECT a.item, a.author, a.value, COALESCE(v.version, 0), COALESCE(v.hlc, 0), "
        "COALESCE(v.author, ''), COALESCE(v.author_role, ''), COALESCE(v.device, ''), "
        "COALESCE(v.server_version, 0) "
        "FROM answers a LEFT JOIN field_versions v ON v.entity = 'answer' AND "
        "v.entity_id = a.assessment_id AND v.field = (CASE WHEN a.author = '' THEN a.item "
        "ELSE a.item || '@' || a.author END) "
        "WHERE a.assessment_id = ?1 AND a.value IS NOT NULL ORDER BY a.item, a.author");
    st.bind(1, id);
    std::vector<StoredAnswer> out;
    while (st.step()) {
        out.push_back({st.text(0), st.text(1), st.text(2), st.int64(3),
                       clock::Hlc::fromPacked(static_cast<std::uint64_t>(st.int64(4))), st.text(5),
                       st.text(6), st.text(7), st.int64(8)});
    }
    return out;
}

std::vector<StoredEntry> AssessmentRepository::entries(const std::string& id) {
    auto st = m_vault.db().prepare(
        "SELECT group_id, entry_id, position FROM group_entries WHERE assessment_id = ?1 AND "
        "deleted = 0 ORDER BY group_id, position");
    st.bind(1, id);
    std::vector<StoredEntry> out;
    while (st.step()) {
        out.push_back({st.text(0), st.text(1), st.int64(2)});
    }
    return out;
}

bool AssessmentRepository::hasEntry(const std::string& id, const std::string& group,
                                    const std::string& entryId) {
    auto st = m_vault.db().prepare(
        "SELECT 1 FROM group_entries WHERE assessment_id = ?1 AND group_id = ?2 AND "
        "entry_id = ?3 AND deleted = 0");
    st.bind(1, id).bind(2, group).bind(3, entryId);
    return st.step();
}

// An assessment's content in the change record: its answers and its warnings' justifications.
constexpr const char* kContent =
    "entity_id = ?1 AND (entity = 'answer' OR (entity = 'assessment' AND substr(field, 1, 14) = "
    "'justification/'))";

bool AssessmentRepository::contributedByRole(const std::string& id, const std::string& role) {
    auto st = m_vault.db().prepare(std::string("SELECT 1 FROM field_changes WHERE ") + kContent +
                                   " AND author_role = ?2 LIMIT 1");
    st.bind(1, id).bind(2, role);
    return st.step();
}

clock::Hlc AssessmentRepository::latestContentWrite(const std::string& id) {
    auto st =
        m_vault.db().prepare(std::string("SELECT MAX(hlc) FROM field_changes WHERE ") + kContent);
    st.bind(1, id);
    st.step();
    return clock::Hlc::fromPacked(static_cast<std::uint64_t>(st.int64(0)));
}

std::optional<std::string> AssessmentRepository::withoutCosignReason(const std::string& id) {
    const auto latest = m_vault.changes().latest("assessment", id, kWithoutCosignReasonField);
    return latest ? latest->write.value : std::nullopt;
}

void AssessmentRepository::writeWithoutCosignReason(const domain::Actor& actor,
                                                    const std::string& id,
                                                    const std::string& text) {
    m_vault.changes().record({caseOf(id), "assessment", id, kWithoutCosignReasonField, text},
                             actor);
}

void AssessmentRepository::writeAnswer(const domain::Actor& actor, const std::string& id,
                                       const std::string& path, const std::string& author,
                                       const std::optional<std::string>& value) {
    m_vault.db()
        .prepare(
            "INSERT OR REPLACE INTO answers (assessment_id, item, author, value) VALUES (?1, ?2, "
            "?3, ?4)")
        .bind(1, id)
        .bind(2, path)
        .bind(3, author)
        .bind(4, value)
        .run();
    m_vault.changes().record({caseOf(id), "answer", id, answerField(path, author), value}, actor);
}

std::vector<StoredJustification> AssessmentRepository::justifications(const std::string& id) {
    auto st = m_vault.db().prepare(
        "SELECT j.rule_id, j.text, COALESCE(v.hlc, 0), COALESCE(v.author, ''), "
        "COALESCE(v.author_role, ''), COALESCE(v.device, ''), COALESCE(v.server_version, 0) "
        "FROM justifications j LEFT JOIN field_versions v ON v.entity = 'assessment' AND "
        "v.entity_id = j.assessment_id AND v.field = 'justification/' || j.rule_id "
        "WHERE j.assessment_id = ?1 ORDER BY j.rule_id");
    st.bind(1, id);
    std::vector<StoredJustification> out;
    while (st.step()) {
        out.push_back({st.text(0), st.text(1),
                       clock::Hlc::fromPacked(static_cast<std::uint64_t>(st.int64(2))), st.text(3),
                       st.text(4), st.text(5), st.int64(6)});
    }
    return out;
}

void AssessmentRepository::writeJustification(const domain::Actor& actor, const std::string& id,
                                              const std::string& ruleId,
                                              const std::optional<std::string>& text) {
    if (text) {
        m_vault.db()
            .prepare(
                "INSERT OR REPLACE INTO justifications (assessment_id, rule_id, text) VALUES (?1, "
                "?2, ?3)")
            .bind(1, id)
            .bind(2, justificationKey(ruleId))
            .bind(3, *text)
            .run();
    } else {
        m_vault.db()
            .prepare("DELETE FROM justifications WHERE assessment_id = ?1 AND rule_id = ?2")
            .bind(1, id)
            .bind(2, justificationKey(ruleId))
            .run();
    }
    m_vault.changes().record({caseOf(id), "assessment", id, justificationField(ruleId), text},
                             actor);
}

void AssessmentRepository::addEntry(const domain::Actor& actor, const std::string& id,
                                    const std::string& group, const std::string& entryId) {
    auto& db = m_vault.db();
    auto next = db.prepare(
        "SELECT COALESCE(MAX(position), 0) + 1 FROM group_entries WHERE assessment_id = ?1 AND "
        "group_id = ?2");
    next.bind(1, id).bind(2, group);
    next.step();
    const auto position = next.int64(0);
    db.prepare(
          "INSERT INTO group_entries (assessment_id, group_id, entry_id, position) VALUES (?1, "
          "?2, ?3, ?4)")
        .bind(1, id)
        .bind(2, group)
        .bind(3, entryId)
        .bind(4, position)
        .run();
    m_vault.changes().record(
        {caseOf(id), "answer", id, group + "/" + entryId, std::string("entry")}, actor);
}

void AssessmentRepository::setStatus(const domain::Actor& actor, const std::string& id,
                                     const std::string& status) {
    m_vault.db()
        .prepare("UPDATE assessments SET status = ?2 WHERE id = ?1")
        .bind(1, id)
        .bind(2, status)
        .run();
    m_vault.changes().record({caseOf(id), "assessment", id, "status", status}, actor);
}

void AssessmentRepository::setFormVersion(const domain::Actor& actor, const std::string& id,
                                          int version) {
    const auto record = find(id);
    if (!record) {
        throw std::out_of_range("no assessment " + id);
    }
    m_vault.db()
        .prepare("UPDATE assessments SET form_version = ?2 WHERE id = ?1")
        .bind(1, id)
        .bind(2, version)
        .run();
    m_vault.changes().record(
        {record->caseId, "assessment", id, "form", formField(record->formId, version)}, actor);
}

void AssessmentRepository::appendEvent(const domain::Actor& actor, const std::string& id,
                                       const std::string& kind,
                                       const std::optional<std::string>& comment,
                                       const std::optional<std::string>& data) {
    const auto caseId = caseOf(id);
    const auto eventId = vault::randomHex(16);
    const auto atMs = m_vault.wallClock().nowMs();
    // The event travels as one field whose value is the whole event (PROTOCOL.md, entity event).
    nlohmann::json value = {{"assessment", id},
                            {"kind", kind},
                            {"comment", comment ? nlohmann::json(*comment) : nlohmann::json()},
                            {"user", actor.userId},
                            {"role", actor.role},
                            {"at", atMs}};
    if (data) {
        value["data"] = *data;
    }
    m_vault.changes().record({caseId, "event", eventId, "data", value.dump()}, actor);
    // The event's time is its write's time, the same on every device that receives it.
    const auto hlc = m_vault.clock().last();
    m_vault.db()
        .prepare(
            "INSERT INTO assessment_events (assessment_id, kind, user_id, role, at_ms, hlc, "
            "comment, data, event_id, case_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        .bind(1, id)
        .bind(2, kind)
        .bind(3, actor.userId)
        .bind(4, actor.role)
        .bind(5, atMs)
        .bind(6, static_cast<std::int64_t>(hlc.packed()))
        .bind(7, comment)
        .bind(8, data)
        .bind(9, eventId)
        .bind(10, caseId)
        .run();
}

std::vector<AssessmentEvent> AssessmentRepository::events(const std::string& id) {
    auto st = m_vault.db().prepare(
        "SELECT seq, kind, user_id, role, at_ms, hlc, comment, data FROM assessment_events "
        "WHERE assessment_id = ?1 AND (case_id IS NULL OR case_id = (SELECT case_id FROM "
        "assessments WHERE id = ?1)) ORDER BY hlc, seq");
    st.bind(1, id);
    std::vector<AssessmentEvent> out;
    while (st.step()) {
        out.push_back({st.int64(0), st.text(1), st.text(2), st.text(3), st.int64(4),
                       clock::Hlc::fromPacked(static_cast<std::uint64_t>(st.int64(5))),
                       st.optionalText(6), st.optionalText(7)});
    }
    return out;
}

}  // namespace veldwerk::assessment
