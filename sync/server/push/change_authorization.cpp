#include "sync/server/push/change_authorization.h"

#include <map>
#include <set>

#include "core/assessment/justification_field.h"
#include "core/assessment/lifecycle_policy.h"
#include "core/forms/date.h"
#include "core/forms/submission_check.h"
#include "core/phase/phase_fields.h"
#include "core/statement/statement_fields.h"
#include "core/statement/statement_service.h"
#include "core/visit/position_stamp.h"
#include "core/visit/visit_fields.h"
#include "sync/server/merge/field_name.h"
#include "sync/server/push/lifecycle_event.h"
#include "sync/server/push/status_transition.h"
#include "sync/server/push/submission_recheck.h"
#include "sync/server/visits/visit_ledger.h"

namespace veldwerk::sync::server {

namespace {

const std::string kCaseIdField = "case_id";

// The fields each kind of record has (PROTOCOL.md "Records"); answers, members and events are
// checked by their own rules. A justification/RULE of an assessment is checked apart.
bool recordHasField(const std::string& entity, const std::string& field) {
    static const std::map<std::string, std::set<std::string>, std::less<>> kFields = {
        {"case", {"name", "closed_at", "phase", "regie"}},
        {"person", {"case_id", "role", "name", "born"}},
        {"consent", {"case_id", "for_role", "given_by", "withdrawn_at"}},
        {"assessment",
         {"case_id", "form", "subject_person_id", "addendum_of", "status",
          assessment::kWithoutCosignReasonField}},
        {"visit", {}},       // visit::isVisitField
        {"statement", {}},   // statement::isStatementField
        {"escalation", {}},  // phase::isEscalationField
    };
    const auto it = kFields.find(entity);
    return it == kFields.end() || it->second.count(field) > 0;
}

}  // namespace

std::optional<CaseRow> ChangeAuthorization::findCase(const std::string& caseId) {
    const auto it = m_cases.find(caseId);
    if (it != m_cases.end()) {
        return it->second;
    }
    return m_cases[caseId] = m_access.findCase(caseId);
}

std::optional<std::string> ChangeAuthorization::roleIn(const CaseRow& c) {
    const auto it = m_roles.find(c.id);
    if (it != m_roles.end()) {
        return it->second;
    }
    return m_roles[c.id] = m_access.roleIn(m_caller, c);
}

std::optional<std::string> ChangeAuthorization::ownerOf(const std::string& entity,
                                                        const std::string& entityId) {
    const RecordKey key{entity, entityId};
    const auto it = m_owners.find(key);
    if (it != m_owners.end()) {
        return it->second;
    }
    return m_owners[key] = m_fields.caseOfEntity(entity, entityId);
}

std::optional<std::string> ChangeAuthorization::assessmentField(const std::string& assessmentId,
                                                                const std::string& field) {
    const RecordKey key{assessmentId, field};
    const auto it = m_assessment.find(key);
    if (it != m_assessment.end()) {
        return it->second;
    }
    const auto found = m_fields.find({"assessment", assessmentId, field});
    return m_assessment[key] = found ? found->value : std::nullopt;
}

void ChangeAuthorization::changedMembership(const std::string& caseId) {
    m_cases.erase(caseId);
    m_roles.erase(caseId);
}

void ChangeAuthorization::wroteField(const OutgoingChange& change) {
    m_owners[{change.entity, change.entityId}] = change.caseId;
    if (change.entity == "assessment") {
        m_assessment.erase({change.entityId, change.field});
    }
}

std::variant<Authorized, std::string> ChangeAuthorization::check(const OutgoingChange& change) {
    if (change.author != m_caller.userId) {
        return std::string("the change's author is not the user this device is enrolled for");
    }
    if (auto why = m_closures.refusal(change)) {
        return *why;
    }
    if (!recordHasField(change.entity, change.field) &&
        !(change.entity == "assessment" && assessment::justifiedKey(change.field)) &&
        !(change.entity == "visit" && visit::isVisitField(change.field)) &&
        !(change.entity == "statement" && statement::isStatementField(change.field)) &&
        !(change.entity == "escalation" && phase::isEscalationField(change.field))) {
        return "a " + change.entity + " record has no field " + change.field;
    }
    Authorized a;
    if (change.entity == "consultation") {
        if (findCase(change.entityId)) {
            return std::string("that id is a case's");
        }
        if (auto why = m_consultations.refusal(change, m_caller)) {
            return *why;
        }
        a.role = m_caller.role;
        a.newRecord = !m_consultations.find(change.entityId);
        return a;
    }
    const auto found = findCase(change.caseId);
    if (!found) {
        if (m_consultations.find(change.caseId)) {
            return std::string("that id is a consultation's, not a case's");
        }
        if (change.entity != "case") {
            return std::string("the server does not know this case");
        }
        if (m_caller.role != "jgt") {
            return std::string("only a JGT professional starts a case");
        }
        a.role = "jgt";
        a.startsCase = true;
        a.newRecord = true;
        return a;
    }
    const auto role = roleIn(*found);
    if (!role) {
        return std::string("the user is not a member of this case");
    }
    a.role = *role;

    // A record stays in the case it was first written in (answers: their assessment's case).
    auto owner = ownerOf(change.entity, change.entityId);
    a.newRecord = !owner;
    if (change.entity == "answer") {
        if (auto ofAssessment = ownerOf("assessment", change.entityId)) {
            owner = ofAssessment;
        }
    }
    if (owner && *owner != change.caseId) {
        return std::string("the record belongs to another case");
    }
    if (change.field == kCaseIdField && change.value != change.caseId) {
        return std::string("case_id must name the change's own case");
    }
    if (auto why = entityRefusal(change, a)) {
        return *why;
    }
    return a;
}

std::optional<std::string> ChangeAuthorization::entityRefusal(const OutgoingChange& change,
                                                              Authorized& a) {
    const auto& entity = change.entity;
    if (entity == "event") {
        return eventRefusal(change, a);
    }
    if (entity == "statement") {
        return statementRefusal(change, a);
    }
    if (a.role == "supervisor") {
        if (entity == "assessment" && change.field == "status") {
            const auto status = assessmentField(change.entityId, "status");
            if (auto why = statusRefusal(a.role, status, change.value)) {
                return why;
            }
            return reviewRefusal(change, status);
        }
        return std::string(
            "a supervisor reviews assessments (approve or return) and records events; nothing "
            "else");
    }
    if (entity == "case") {
        if (a.role != "jgt") {
            return std::string("only a JGT member of the case changes the case itself");
        }
        if (auto why = phase::caseValueRefusal(change.field, change.value)) {
            return why;
        }
        if (change.field == "regie" && change.value &&
            m_db.query("SELECT 1 FROM orgs WHERE name = ?", {*change.value}).empty()) {
            return std::string("regie names an organisation the server knows");
        }
        return std::nullopt;
    }
    if (entity == "escalation") {
        // The JGT keeps regie (domain.md "Regie"): its members record the case's escalations.
        if (a.role != "jgt") {
            return std::string("only a JGT member of the case records its escalations");
        }
        return phase::escalationValueRefusal(change.field, change.value);
    }
    if (entity == "member") {
        if (a.role != "jgt") {
            return std::string("only a JGT member of the case adds or removes members");
        }
        return memberRefusal(change);
    }
    if (entity == "consent") {
        if (a.role != "jgt") {
            return std::string("only a JGT member of the case records consent");
        }
        return std::nullopt;
    }
    if (entity == "person") {
        if (a.role != "jgt" && a.role != "gi") {
            return std::string("only the JGT and GI professionals of the case record persons");
        }
        return std::nullopt;
    }
    if (entity == "assessment") {
        const auto status = assessmentField(change.entityId, "status");
        if (change.field == "status") {
            if (auto why = statusRefusal(a.role, status, change.value)) {
                return why;
            }
            return reviewRefusal(change, status);
        }
        if (change.field == assessment::kWithoutCosignReasonField && a.role != "jgt") {
            return std::string(
                "only a JGT member gives the reason for submitting without the co-signature");
        }
        if (change.field == "form") {
            if (auto why = formRefusal(change)) {
                return why;
            }
        }
        if (const auto rule = assessment::justifiedKey(change.field)) {
            if (auto why = justificationRefusal(change.entityId, *rule)) {
                return why;
            }
        }
        return editRefusal(a.role, status);
    }
    if (entity == "answer") {
        const auto field = merge::parseAnswerField(change.field);
        if (!field) {
            return std::string(
                "not an answer field (ITEM, ITEM@USER, GROUP/ENTRY or "
                "GROUP/ENTRY/FIELD)");
        }
        if (field->kind == merge::AnswerFieldKind::Perspective &&
            field->author != m_caller.userId) {
            return std::string("a perspective answer is written only by its own author");
        }
        if (auto why = editRefusal(a.role, assessmentField(change.entityId, "status"))) {
            return why;
        }
        a.form = assessmentField(change.entityId, "form");
        return std::nullopt;
    }
    if (entity == "visit") {
        return visitRefusal(change, a.role);
    }
    return std::string("unknown kind of record");
}

std::optional<std::string> ChangeAuthorization::reviewRefusal(
    const OutgoingChange& change, const std::optional<std::string>& status) {
    const bool checked =
        change.value && (*change.value == "submitted" || *change.value == "approved");
    if (!checked || change.value == status) {
        return std::nullopt;
    }
    const auto form = assessmentField(change.entityId, "form");
    const auto* definition = form ? m_policies.definition(*form) : nullptr;
    if (definition == nullptr) {
        return std::string("the server does not know the assessment's form, so cannot check it");
    }
    m_fields.flush();  // the check reads the database, with this batch's earlier changes in it
    return submissionRefusal(m_db, *definition, change.caseId, change.entityId, m_now);
}

std::optional<std::string> ChangeAuthorization::eventRefusal(const OutgoingChange& change,
                                                             const Authorized& a) {
    if (change.field != "data") {
        return std::string("an event has one field, data");
    }
    const auto parsed = parseLifecycleEvent(change.value);
    if (const auto* why = std::get_if<std::string>(&parsed)) {
        return *why;
    }
    const auto& e = std::get<LifecycleEvent>(parsed);
    if (!a.newRecord) {
        const auto stored = m_fields.find({"event", change.entityId, "data"});
        if (stored && stored->value != change.value) {
            return std::string("an event is history: it is never rewritten");
        }
    }
    const auto owner = ownerOf("assessment", e.assessment);
    if (!owner) {
        return std::string("the event names an assessment the server does not know");
    }
    if (*owner != change.caseId) {
        return std::string("the event names an assessment of another case");
    }
    if (e.user && *e.user != m_caller.userId) {
        return std::string("the event names another user than the one this device is enrolled for");
    }
    if (e.role && *e.role != a.role) {
        return "the event names another role than the user's in this case (" + a.role + ")";
    }
    const auto action = actionOf(e.kind);
    if (!action) {
        return "unknown kind of event '" + e.kind + "'";
    }
    if (auto why = assessment::roleRefusal(*action, a.role)) {
        return why;
    }
    if (*action == assessment::LifecycleAction::Cosign) {
        // The other steps' states are checked on the status change they come with.
        const auto status = assessmentField(e.assessment, "status");
        if (status) {
            return assessment::stateRefusal(*action, *status);
        }
    }
    return std::nullopt;
}

// An assessment keeps the form version it started with; the one change is the declared upgrade
// of a draft (`assessment upgrade`): the same form, a newer version whose every step declares a
// mapping from the version before it.
std::optional<std::string> ChangeAuthorization::formRefusal(const OutgoingChange& change) {
    const auto* to = change.value ? m_policies.definition(*change.value) : nullptr;
    if (to == nullptr) {
        return std::string("the server does not know that form version");
    }
    const auto current = assessmentField(change.entityId, "form");
    if (!current || *current == *change.value) {
        return std::nullopt;
    }
    const auto* from = m_policies.definition(*current);
    if (from == nullptr || from->id() != to->id()) {
        return "an assessment of " + *current + " cannot become another form";
    }
    if (to->version() < from->version()) {
        return "an assessment is never moved back to an older version (" + *current + " to " +
               *change.value + ")";
    }
    for (int v = from->version() + 1; v <= to->version(); ++v) {
        const auto* step = m_policies.definition(to->id() + ".v" + std::to_string(v));
        if (step == nullptr || !step->mapping() || step->mapping()->fromVersion != v - 1) {
            return "there is no declared mapping from " + *current + " to " + *change.value;
        }
    }
    return std::nullopt;
}

std::optional<std::string> ChangeAuthorization::justificationRefusal(
    const std::string& assessmentId, const std::string& key) {
    const auto form = assessmentField(assessmentId, "form");
    const auto* definition = form ? m_policies.definition(*form) : nullptr;
    if (definition == nullptr) {
        return std::string("a justification belongs to an assessment of a form the server knows");
    }
    const auto* rule = assessment::ruleWithKey(*definition, key);
    if (rule == nullptr || !forms::asksJustification(*definition, rule->id)) {
        return "justification/" + key + " names no rule of " + *form +
               " that asks for a written justification";
    }
    return std::nullopt;
}

std::optional<std::string> ChangeAuthorization::memberRefusal(const OutgoingChange& change) {
    if (change.field != "role") {
        return std::string("a membership has only a role");
    }
    const auto userId = change.entityId.substr(change.caseId.size() + 1);
    const auto user = m_access.findUser(userId);
    if (!user || !user->active) {
        return std::string("there is no active user with that id");
    }
    if (!change.value) {
        return std::nullopt;  // leaving the case
    }
    const auto& role = *change.value;
    if (role != "jgt" && role != "gi" && role != "supervisor") {
        return std::string("a member's role is jgt, gi or supervisor");
    }
    if (role != user->role) {
        return "a member takes part in their own role (" + user->role + ")";
    }
    if (role == "gi" && !m_access.consentInForce(change.caseId, "gi")) {
        return std::string(
            "a GI professional joins a case only while the family's consent for GI is recorded "
            "and not withdrawn");
    }
    return std::nullopt;
}

std::optional<std::string> ChangeAuthorization::visitRefusal(const OutgoingChange& change,
                                                             const std::string& role) {
    if (role != "jgt" && role != "gi") {
        return std::string("only the JGT and GI professionals of the case make its visits");
    }
    if (const auto p = visit::professionalField(change.field)) {
        if (p->userId != m_caller.userId) {
            return std::string(
                "a professional's check-in, check-out and alert are written only by themselves");
        }
        if (p->kind != "alert" && change.value && !visit::decodeStamp(*change.value)) {
            return std::string("a check-in or check-out is a position or the reason there is none");
        }
        if (p->kind == "alert" && change.value && !visitMs(change.value)) {
            return std::string("an alert is the time it was raised, in ms");
        }
        return std::nullopt;
    }
    if (change.field == "started_by") {
        if (change.value != m_caller.userId) {
            return std::string("a visit is started by the user of the device that starts it");
        }
        const auto current = m_fields.find({"visit", change.entityId, "started_by"});
        if (current && current->value && *current->value != m_caller.userId) {
            return std::string("another professional started this visit");
        }
    }
    const bool isTime = change.field == "planned_at" || change.field == "started_at" ||
                        change.field == "expected_end" || change.field == "ended_at";
    if (isTime && change.value && !visitMs(change.value)) {
        return change.field + " is a time in ms since the epoch";
    }
    return std::nullopt;
}

std::optional<std::string> ChangeAuthorization::statementRefusal(const OutgoingChange& change,
                                                                 const Authorized& a) {
    // A statement is written once, whole, by the one who records it (case_id first), and never
    // edited: a resend of the same value passes (the merge answers `unchanged`).
    const auto field = [&](const char* name) {
        return m_fields.find({"statement", change.entityId, name});
    };
    const auto current = field(change.field.c_str());
    if (current && current->value && current->value == change.value) {
        return std::nullopt;
    }
    if (current && current->value) {
        return std::string("a statement is never edited: record a new one");
    }
    if (!change.value) {
        return std::string("a statement's field is not cleared");
    }
    if (a.newRecord && change.field != kCaseIdField) {
        return std::string("a statement starts with its case_id");
    }
    if (!a.newRecord) {
        const auto start = field(kCaseIdField.c_str());
        if (!start || start->by.author != m_caller.userId) {
            return std::string("a statement is written whole by the professional who records it");
        }
    }
    const auto& value = *change.value;
    if (change.field == "kind") {
        if (!statement::isStatementKind(value)) {
            return std::string("a statement's kind is client or gi_disagreement");
        }
        if (value == statement::kGiDisagreementKind && a.role != "gi") {
            return std::string(
                "only the GI professional of the case records the GI's disagreement");
        }
    }
    if (change.field == "assessment_id" && ownerOf("assessment", value) != change.caseId) {
        return std::string("a statement stands beside an assessment of its own case");
    }
    if (change.field == "said_on" && !forms::Date::parse(value)) {
        return std::string("said_on is a date YYYY-MM-DD");
    }
    if (change.field == "person_id" && ownerOf("person", value) != change.caseId) {
        return std::string("a statement's person is a person of its own case");
    }
    if (change.field == "text" && value.size() > statement::kMaxStatementChars) {
        return std::string("a statement is at most 20000 characters");
    }
    if ((change.field == "person_id" || change.field == "relation")) {
        const auto kind = field("kind");
        if (kind && kind->value && *kind->value == statement::kGiDisagreementKind) {
            return std::string("the GI's disagreement names no person or relation");
        }
    }
    return std::nullopt;
}

}  // namespace veldwerk::sync::server
