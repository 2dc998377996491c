#include "sync/server/push/submission_recheck.h"

#include <ctime>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/assessment/assessment_service.h"
#include "core/assessment/justification_field.h"
#include "core/forms/evaluator.h"
#include "core/forms/submission_check.h"
#include "sync/server/merge/field_name.h"

namespace veldwerk::sync::server {

namespace {

// The device evaluates with its local date; the server with its own (the same zone in practice).
forms::Date localToday(std::int64_t nowMs) {
    const auto secs = static_cast<std::time_t>(nowMs / 1000);
    std::tm tm{};
    localtime_r(&secs, &tm);
    return forms::Date::fromCivil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday)
        .value_or(forms::Date{});
}

bool blank(const std::optional<std::string>& text) {
    return !text || text->find_first_not_of(" \t\n\r") == std::string::npos;
}

struct HeldAnswers {
    forms::AnswerSet set;
    std::set<std::string, std::less<>> conflicts;  // items in an open conflict
};

// An assessment's answers as the server holds them, loaded like the device loads its own
// (assessment::toAnswerSet).
HeldAnswers heldAnswers(SqlConnection& db, const std::string& assessmentId) {
    std::vector<assessment::StoredAnswer> stored;
    std::vector<assessment::StoredEntry> entries;
    HeldAnswers out;
    for (const auto& r : db.query("SELECT field, value, in_conflict, seq FROM fields WHERE entity "
                                  "= 'answer' AND entity_id = ? ORDER BY seq",
                                  {assessmentId})) {
        const auto name = asText(r[0]);
        const auto value = asOptionalText(r[1]);
        const auto field = merge::parseAnswerField(name);
        if (!field) {
            continue;
        }
        if (asInt(r[2]) != 0) {
            out.conflicts.insert(field->kind == merge::AnswerFieldKind::EntryField
                                     ? field->item + "/" + field->entry + "/" + field->field
                                     : field->item);
        }
        if (!value) {
            continue;  // cleared, or an entry removed
        }
        switch (field->kind) {
            case merge::AnswerFieldKind::Entry:
                entries.push_back({field->item, field->entry, asInt(r[3])});
                break;
            case merge::AnswerFieldKind::Perspective:
            case merge::AnswerFieldKind::Item:
            case merge::AnswerFieldKind::EntryField: {
                assessment::StoredAnswer a;
                const bool perspective = field->kind == merge::AnswerFieldKind::Perspective;
                a.path = perspective ? field->item : name;
                a.author = perspective ? field->author : "";
                a.value = *value;
                stored.push_back(std::move(a));
                break;
            }
        }
    }
    out.set = assessment::toAnswerSet(stored, entries);
    return out;
}

// "risicotaxatie.v1" -> ("risicotaxatie", 1)
std::optional<std::pair<std::string, int>> formOf(const std::optional<std::string>& text) {
    if (!text) {
        return std::nullopt;
    }
    const auto dot = text->rfind(".v");
    if (dot == std::string::npos || dot == 0 || dot + 2 >= text->size() || dot + 8 < text->size()) {
        return std::nullopt;
    }
    const auto digits = text->substr(dot + 2);
    if (digits.find_first_not_of("0123456789") != std::string::npos) {
        return std::nullopt;
    }
    return std::make_pair(text->substr(0, dot), std::stoi(digits));
}

forms::EvaluationContext contextFor(SqlConnection& db, const std::string& caseId,
                                    const std::string& assessmentId, std::int64_t nowMs) {
    forms::EvaluationContext ctx;
    ctx.today = localToday(nowMs);
    // The other assessments of the case (rules that look across instruments), by form and status.
    std::map<std::string, std::map<std::string, std::optional<std::string>>> records;
    for (const auto& r : db.query("SELECT entity_id, field, value FROM fields WHERE case_id = ? "
                                  "AND entity = 'assessment' AND field IN ('form', 'status', "
                                  "'subject_person_id')",
                                  {caseId})) {
        records[asText(r[0])][asText(r[1])] = asOptionalText(r[2]);
    }
    for (const auto& [id, fields] : records) {
        const auto get = [&](const char* f) {
            const auto it = fields.find(f);
            return it != fields.end() ? it->second : std::nullopt;
        };
        if (id == assessmentId) {
            if (const auto subject = get("subject_person_id")) {
                const auto born = db.query(
                    "SELECT value FROM fields WHERE entity = 'person' AND entity_id = ? AND "
                    "field = 'born'",
                    {*subject});
                if (!born.empty()) {
                    if (const auto text = asOptionalText(born[0][0])) {
                        ctx.childBirthDate = forms::Date::parse(*text);
                    }
                }
            }
            continue;
        }
        const auto form = formOf(get("form"));
        if (!form) {
            continue;
        }
        forms::OtherAssessment other;
        other.formId = form->first;
        other.version = form->second;
        other.status = get("status").value_or("draft");
        const auto held = heldAnswers(db, id);
        for (const auto& [item, value] : held.set.values()) {
            other.answers.emplace(item, value);
        }
        for (const auto& [group, list] : held.set.groups()) {
            other.groupEntries.emplace(group, list);
        }
        ctx.otherAssessments.push_back(std::move(other));
    }
    return ctx;
}

// Written justifications not in an open conflict, by rule id; and the reason for submitting
// without the co-signature.
struct AssessmentTexts {
    std::map<std::string, std::string, std::less<>> justifications;
    std::optional<std::string> withoutCosignReason;
};

AssessmentTexts textsOf(SqlConnection& db, const forms::Definition& definition,
                        const std::string& assessmentId) {
    AssessmentTexts out;
    for (const auto& r : db.query("SELECT field, value, in_conflict FROM fields WHERE entity = "
                                  "'assessment' AND entity_id = ?",
                                  {assessmentId})) {
        const auto field = asText(r[0]);
        const auto value = asOptionalText(r[1]);
        if (field == assessment::kWithoutCosignReasonField) {
            out.withoutCosignReason = value;
            continue;
        }
        const auto key = assessment::justifiedKey(field);
        const auto* rule = key ? assessment::ruleWithKey(definition, *key) : nullptr;
        if (rule != nullptr && value && asInt(r[2]) == 0) {
            out.justifications.emplace(rule->id, *value);
        }
    }
    return out;
}

// The device's rule (AssessmentService): a GI professional wrote any answer or justification and
// no GI co-signature is newer than the latest such write.
bool cosignMissing(SqlConnection& db, const std::string& caseId, const std::string& assessmentId) {
    const char* content =
        " FROM field_history WHERE entity_id = ? AND (entity = 'answer' OR (entity = "
        "'assessment' AND substr(field, 1, 14) = 'justification/'))";
    if (db.query(std::string("SELECT 1") + content + " AND role = 'gi' LIMIT 1", {assessmentId})
            .empty()) {
        return false;
    }
    const auto latest =
        asInt(db.query(std::string("SELECT MAX(hlc)") + content, {assessmentId}).at(0).at(0));
    for (const auto& r : db.query("SELECT value, hlc FROM fields WHERE case_id = ? AND entity = "
                                  "'event' AND role = 'gi' AND hlc > ?",
                                  {caseId, latest})) {
        const auto value = asOptionalText(r[0]);
        const auto j = nlohmann::json::parse(value.value_or(""), nullptr, false);
        if (j.is_object() && j.value("assessment", "") == assessmentId &&
            j.value("kind", "") == "cosign") {
            return false;
        }
    }
    return true;
}

}  // namespace

std::optional<std::string> submissionRefusal(SqlConnection& db, const forms::Definition& definition,
                                             const std::string& caseId,
                                             const std::string& assessmentId, std::int64_t nowMs) {
    auto held = heldAnswers(db, assessmentId);
    auto ctx = contextFor(db, caseId, assessmentId, nowMs);
    ctx.conflicts = held.conflicts;
    const auto texts = textsOf(db, definition, assessmentId);
    const auto evaluation = forms::evaluate(definition, held.set, ctx);
    const auto check = forms::checkSubmission(evaluation, texts.justifications);
    const bool withoutCosign = cosignMissing(db, caseId, assessmentId);
    if (check.allowed() && (!withoutCosign || !blank(texts.withoutCosignReason))) {
        return std::nullopt;
    }
    std::string why = "the server's check of the assessment refuses it:";
    for (const auto& b : check.blockers) {
        why += " " + b.ruleId + " (" + b.message.en + ");";
    }
    for (const auto& w : check.unjustifiedWarnings()) {
        why += " " + w + " needs a written justification;";
    }
    for (const auto& m : check.missingItems) {
        why += " " + m + " is required;";
    }
    for (const auto& p : check.invalidAnswers) {
        why += " " + p.path + ": " + p.error + ";";
    }
    if (withoutCosign && blank(texts.withoutCosignReason)) {
        why +=
            " the GI professional's co-signature is missing and no reason for submitting without "
            "it was given (without_cosign_reason);";
    }
    why.pop_back();
    return why;
}

}  // namespace veldwerk::sync::server
