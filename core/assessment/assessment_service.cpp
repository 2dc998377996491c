#include "core/assessment/assessment_service.h"

#include <algorithm>
#include <ctime>
#include <nlohmann/json.hpp>

#include "core/assessment/justification_field.h"
#include "core/assessment/lifecycle_policy.h"
#include "core/domain/case_membership.h"
#include "core/domain/person_repository.h"
#include "core/forms/answer.h"

namespace veldwerk::assessment {

namespace {

// A role that may never do this is an access question (AccessDenied); a status that does not
// allow it now is a lifecycle one (LifecycleRefused).
void ensureAllowed(LifecycleAction action, const std::string& role, const std::string& status) {
    if (const auto why = roleRefusal(action, role)) {
        throw domain::AccessDenied(*why);
    }
    if (const auto why = stateRefusal(action, status)) {
        throw LifecycleRefused(*why);
    }
}
forms::Date localToday(std::int64_t nowMs) {
    const std::time_t secs = static_cast<std::time_t>(nowMs / 1000);
    std::tm tm{};
    localtime_r(&secs, &tm);
    return forms::Date::fromCivil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday)
        .value_or(forms::Date{});
}

// Blank text is no justification (as in forms::checkSubmission): it removes a stored one.
bool blank(const std::string& text) {
    return text.find_first_not_of(" \t\n\r") == std::string::npos;
}

// "group/entry/field" -> its three parts; nullopt for a plain item id.
struct GroupPath {
    std::string group;
    std::string entry;
    std::string field;
};
std::optional<GroupPath> splitGroupPath(const std::string& path) {
    const auto a = path.find('/');
    if (a == std::string::npos) {
        return std::nullopt;
    }
    const auto b = path.find('/', a + 1);
    if (b == std::string::npos || path.find('/', b + 1) != std::string::npos) {
        return GroupPath{path.substr(0, a), "", path.substr(a + 1)};
    }
    return GroupPath{path.substr(0, a), path.substr(a + 1, b - a - 1), path.substr(b + 1)};
}
}  // namespace

forms::AnswerSet toAnswerSet(const std::vector<StoredAnswer>& stored,
                             const std::vector<StoredEntry>& entries) {
    forms::AnswerSet set;
    for (const auto& e : entries) {
        set.addEntry(e.group, e.entryId);
    }
    for (const auto& a : stored) {
        if (const auto g = splitGroupPath(a.path); g && !g->entry.empty()) {
            const auto* list = set.entries(g->group);
            const bool live = list != nullptr && std::any_of(list->begin(), list->end(),
                                                             [&](const forms::GroupEntry& x) {
                                                                 return x.id == g->entry;
                                                             });
            if (live) {
                set.setField(g->group, g->entry, g->field, a.value);
            }
        } else if (!a.author.empty()) {
            set.setPerspective(a.path, a.author, a.value);
        } else {
            set.set(a.path, a.value);
        }
    }
    return set;
}

Justifications countedJustifications(const AssessmentView& view) {
    Justifications out;
    for (const auto& j : view.justifications) {
        const auto field = justificationField(j.ruleId);
        const bool inConflict =
            std::any_of(view.justificationConflicts.begin(), view.justificationConflicts.end(),
                        [&](const vault::FieldConflict& c) { return c.field == field; });
        if (!inConflict) {
            out.emplace(j.ruleId, j.text);
        }
    }
    return out;
}

const forms::Definition& AssessmentService::definitionOf(const AssessmentRecord& record) const {
    const auto* def = m_forms.find(record.formId, record.formVersion);
    if (def == nullptr) {
        throw std::runtime_error("form " + record.formId + " version " +
                                 std::to_string(record.formVersion) +
                                 " is not installed on this device");
    }
    return *def;
}

std::string AssessmentService::requireRole(const domain::Actor& actor,
                                           const AssessmentRecord& record) {
    const auto role = domain::CaseMembership(m_vault).roleOf(record.caseId, actor.userId);
    if (!role) {
        throw domain::AccessDenied("you are not a member of this case");
    }
    return *role;
}

AssessmentRecord AssessmentService::resolve(const domain::Actor& actor,
                                            const std::string& idOrPrefix) {
    if (idOrPrefix.empty() ||
        idOrPrefix.find_first_not_of("0123456789abcdef") != std::string::npos) {
        throw std::out_of_range("no assessment " + idOrPrefix);
    }
    auto st = m_vault.db().prepare(
        "SELECT id FROM assessments WHERE substr(id, 1, length(?1)) = ?1 LIMIT 2");
    st.bind(1, idOrPrefix);
    std::vector<std::string> ids;
    while (st.step()) {
        ids.push_back(st.text(0));
    }
    if (ids.size() > 1) {
        throw std::invalid_argument("assessment id prefix " + idOrPrefix + " is ambiguous");
    }
    if (ids.empty()) {
        throw std::out_of_range("no assessment " + idOrPrefix);
    }
    auto record = *m_repo.find(ids[0]);
    requireRole(actor, record);
    return record;
}

std::string AssessmentService::create(const domain::Actor& actor, const std::string& caseId,
                                      const std::string& formId,
                                      const std::optional<std::string>& subjectId,
                                      const std::optional<std::string>& addendumOf) {
    const auto* def = m_forms.find(formId);
    if (def == nullptr) {
        throw std::invalid_argument("unknown form '" + formId + "'");
    }
    AssessmentRecord record;
    record.caseId = caseId;
    record.formId = def->id();
    record.formVersion = def->version();
    record.subjectPersonId = subjectId;
    record.addendumOf = addendumOf;
    const auto role = requireRole(actor, record);
    ensureAllowed(LifecycleAction::Answer, role, "draft");
    if (def->subject() == "child" || def->subject() == "adult") {
        const auto wanted = def->subject() == "child" ? "kind" : "ouder";
        if (!subjectId) {
            throw std::invalid_argument(def->id() + " is filled in per " +
                                        (def->subject() == "child" ? "child" : "adult client") +
                                        ": name the person with --subject");
        }
        const auto person = domain::PersonRepository(m_vault).find(actor, *subjectId);
        if (!person || person->caseId != caseId || person->role != wanted) {
            throw std::invalid_argument("the subject must be a person with role '" +
                                        std::string(wanted) + "' of this case");
        }
    } else if (subjectId) {
        throw std::invalid_argument(def->id() + " is filled in per case and takes no subject");
    }
    if (addendumOf) {
        const auto base = m_repo.find(*addendumOf);
        if (!base || base->caseId != caseId || base->formId != formId ||
            base->status != "approved") {
            throw std::invalid_argument(
                "an addendum belongs to an approved assessment of the same form and case");
        }
    }
    vault::Transaction tx(m_vault.db());
    const auto id = m_repo.create(actor, record);
    m_repo.appendEvent(actor, id, "created", std::nullopt, std::nullopt);
    m_vault.audit().append(actor, {audit::AuditAction::Create, "assessment", id, caseId});
    tx.commit();
    return id;
}

std::string AssessmentService::setAnswer(const domain::Actor& actor, const std::string& id,
                                         const std::string& path, const std::string& value) {
    const auto record = resolve(actor, id);
    const auto role = requireRole(actor, record);
    ensureAllowed(LifecycleAction::Answer, role, record.status);
    const auto& def = definitionOf(record);
    const auto checked = forms::validateAnswer(def, path, value);
    if (!checked) {
        throw std::invalid_argument(checked.error);
    }
    std::string author;
    if (const auto g = splitGroupPath(path)) {
        if (g->entry.empty() || !m_repo.hasEntry(record.id, g->group, g->entry)) {
            throw std::invalid_argument("no entry '" + g->entry + "' in group " + g->group +
                                        " (add one with: assessment entry add ID " + g->group +
                                        ")");
        }
    } else if (const auto* item = def.item(path);
               item != nullptr && item->merge == forms::MergePolicy::Perspective) {
        author = actor.userId;  // every professional gives their own score
    }
    vault::Transaction tx(m_vault.db());
    m_repo.writeAnswer(
        actor, record.id, path, author,
        checked.canonical.empty() ? std::nullopt : std::optional<std::string>(checked.canonical));
    recordEdit(actor, record);
    tx.commit();
    return checked.canonical;
}

std::string AssessmentService::addEntry(const domain::Actor& actor, const std::string& id,
                                        const std::string& group) {
    const auto record = resolve(actor, id);
    const auto role = requireRole(actor, record);
    ensureAllowed(LifecycleAction::Answer, role, record.status);
    const auto* item = definitionOf(record).item(group);
    if (item == nullptr || item->type != forms::ItemType::Group) {
        throw std::invalid_argument("'" + group + "' is not a group of " + record.formId);
    }
    const auto entryId = vault::randomHex(4);
    vault::Transaction tx(m_vault.db());
    m_repo.addEntry(actor, record.id, group, entryId);
    recordEdit(actor, record);
    tx.commit();
    return entryId;
}

void AssessmentService::setJustification(const domain::Actor& actor, const std::string& id,
                                         const std::string& ruleId, const std::string& text) {
    writeJustifications(actor, resolve(actor, id), {{ruleId, text}});
}

void AssessmentService::writeJustifications(const domain::Actor& actor,
                                            const AssessmentRecord& record,
                                            const Justifications& justifications) {
    ensureAllowed(LifecycleAction::Answer, requireRole(actor, record), record.status);
    const auto& def = definitionOf(record);
    std::vector<std::pair<std::string, std::string>> given;  // the definition's rule id, text
    for (const auto& [ruleId, text] : justifications) {
        const auto* rule = ruleWithKey(def, ruleId);
        if (rule == nullptr || !forms::asksJustification(def, rule->id)) {
            throw std::invalid_argument(ruleId + " is not a rule of " + def.key() +
                                        " that asks for a written justification");
        }
        given.emplace_back(rule->id, text);
    }
    std::map<std::string, std::string> stored;  // by key
    for (auto& j : m_repo.justifications(record.id)) {
        stored.emplace(std::move(j.ruleId), std::move(j.text));
    }
    vault::FieldConflicts conflicts(m_vault.db());
    std::vector<std::pair<std::string, std::optional<std::string>>> writes;
    for (const auto& [ruleId, text] : given) {
        const auto value = blank(text) ? std::nullopt : std::optional<std::string>(text);
        const auto found = stored.find(justificationKey(ruleId));
        const auto before =
            found != stored.end() ? std::optional<std::string>(found->second) : std::nullopt;
        // Text as typed arrives again and again; only a change is a write. Writing the same text
        // again still resolves a conflict (the JGT member chooses it).
        const auto conflict = conflicts.find("assessment", record.id, justificationField(ruleId));
        if (value != before || (conflict && !conflict->resolving)) {
            writes.emplace_back(ruleId, value);
        }
    }
    if (writes.empty()) {
        return;
    }
    vault::Transaction tx(m_vault.db());
    for (const auto& [ruleId, value] : writes) {
        m_repo.writeJustification(actor, record.id, ruleId, value);
    }
    recordEdit(actor, record);
    tx.commit();
}

void AssessmentService::recordEdit(const domain::Actor& actor, const AssessmentRecord& record) {
    if (const auto next = statusAfterEdit(record.status); next != record.status) {
        m_repo.setStatus(actor, record.id, next);
        m_repo.appendEvent(actor, record.id, "reopen", std::nullopt, std::nullopt);
    }
    m_vault.audit().append(actor,
                           {audit::AuditAction::Change, "assessment", record.id, record.caseId});
}

forms::EvaluationContext AssessmentService::contextFor(const AssessmentRecord& record) {
    forms::EvaluationContext ctx;
    ctx.today = localToday(m_vault.wallClock().nowMs());
    if (record.subjectPersonId) {
        auto st = m_vault.db().prepare("SELECT born FROM persons WHERE id = ?1");
        st.bind(1, *record.subjectPersonId);
        if (st.step() && !st.isNull(0)) {
            ctx.childBirthDate = forms::Date::parse(st.text(0));
        }
    }
    for (const auto& other : m_repo.forCase(record.caseId)) {
        if (other.id == record.id) {
            continue;
        }
        forms::OtherAssessment summary;
        summary.formId = other.formId;
        summary.version = other.formVersion;
        summary.status = other.status;
        const auto set = toAnswerSet(m_repo.answers(other.id), m_repo.entries(other.id));
        for (const auto& [item, value] : set.values()) {
            summary.answers.emplace(item, value);
        }
        for (const auto& [group, list] : set.groups()) {
            summary.groupEntries.emplace(group, list);
        }
        ctx.otherAssessments.push_back(std::move(summary));
    }
    // Items the server keeps in conflict (RT9 blocks submission while one is open). A
    // perspective answer's field carries its author; the rules name the item.
    for (const auto& c : vault::FieldConflicts(m_vault.db()).openFor("answer", record.id)) {
        ctx.conflicts.insert(c.field.substr(0, c.field.find('@')));
    }
    return ctx;
}

bool AssessmentService::cosignMissing(const AssessmentRecord& record) {
    if (!m_repo.contributedByRole(record.id, "gi")) {
        return false;
    }
    const auto latest = m_repo.latestContentWrite(record.id);
    for (const auto& e : m_repo.events(record.id)) {
        // Who co-signed is the server's record of the event's author and role (never what
        // the event's own text claims).
        if (e.kind == "cosign" && e.role == "gi" && e.hlc > latest) {
            return false;
        }
    }
    return true;
}

AssessmentView AssessmentService::build(const AssessmentRecord& record) {
    AssessmentView v;
    v.record = record;
    v.definition = &definitionOf(record);
    v.stored = m_repo.answers(record.id);
    v.answers = toAnswerSet(v.stored, m_repo.entries(record.id));
    v.evaluation = forms::evaluate(*v.definition, v.answers, contextFor(record));
    v.needsCosign = cosignMissing(record);
    v.withoutCosignReason = m_repo.withoutCosignReason(record.id);
    v.events = m_repo.events(record.id);
    vault::FieldConflicts conflicts(m_vault.db());
    v.conflicts = conflicts.openFor("answer", record.id);
    v.justifications = m_repo.justifications(record.id);
    for (auto& j : v.justifications) {
        if (const auto* rule = ruleWithKey(*v.definition, j.ruleId)) {
            j.ruleId = rule->id;  // as the rules name it
        }
    }
    for (auto& c : conflicts.openFor("assessment", record.id)) {
        if (justifiedKey(c.field)) {
            v.justificationConflicts.push_back(std::move(c));
        }
    }
    return v;
}

AssessmentView AssessmentService::view(const domain::Actor& actor, const std::string& id) {
    const auto record = resolve(actor, id);
    auto v = build(record);
    v.submission = forms::checkSubmission(v.evaluation, countedJustifications(v));
    vault::Transaction tx(m_vault.db());
    m_vault.audit().append(actor,
                           {audit::AuditAction::Read, "assessment", record.id, record.caseId});
    tx.commit();
    return v;
}

void AssessmentService::transition(const domain::Actor& actor, const AssessmentRecord& record,
                                   const std::string& kind, const std::string& newStatus,
                                   const std::optional<std::string>& comment,
                                   const std::optional<std::string>& data) {
    vault::Transaction tx(m_vault.db());
    if (newStatus != record.status) {
        m_repo.setStatus(actor, record.id, newStatus);
    }
    m_repo.appendEvent(actor, record.id, kind, comment, data);
    m_vault.audit().append(actor,
                           {audit::AuditAction::Change, "assessment", record.id, record.caseId});
    tx.commit();
}

bool cosignUnexplained(const AssessmentView& v) {
    return v.needsCosign && (!v.withoutCosignReason || blank(*v.withoutCosignReason));
}

bool submittedWithoutCosign(const AssessmentView& v) {
    return v.record.status != "draft" && v.record.status != "returned" && v.needsCosign;
}

void AssessmentService::requireSubmittable(AssessmentView& v) {
    auto check = forms::checkSubmission(v.evaluation, countedJustifications(v));
    const bool unexplained = cosignUnexplained(v);
    if (check.allowed() && !unexplained) {
        v.submission = std::move(check);
        return;
    }
    std::string why = "submission refused:";
    for (const auto& b : check.blockers) {
        why += " " + b.ruleId + " (" + b.message.en + ");";
    }
    for (const auto& w : check.unjustifiedWarnings()) {
        const bool inConflict = std::any_of(
            v.justificationConflicts.begin(), v.justificationConflicts.end(),
            [&](const vault::FieldConflict& c) { return c.field == justificationField(w); });
        why += inConflict ? " " + w +
                                "'s justification is in conflict: a JGT member writes the one "
                                "that stays (--justify " +
                                w + "=TEXT);"
                          : " " + w + " needs a written justification (--justify " + w + "=TEXT);";
    }
    for (const auto& m : check.missingItems) {
        why += " " + m + " is required;";
    }
    for (const auto& p : check.invalidAnswers) {
        why += " " + p.path + ": " + p.error + ";";
    }
    if (unexplained) {
        why +=
            " the GI professional's co-signature is asked for (assessment cosign); without it, "
            "give the reason (--without-cosign-reason TEXT);";
    }
    why.pop_back();
    throw SubmissionRefused(why, std::move(check), unexplained);
}

void AssessmentService::submit(const domain::Actor& actor, const std::string& id,
                               const Justifications& justifications,
                               const std::optional<std::string>& withoutCosignReason) {
    auto record = resolve(actor, id);
    ensureAllowed(LifecycleAction::Submit, requireRole(actor, record), record.status);
    if (!justifications.empty()) {
        // One way to justify: given here or typed earlier, it is stored (and kept when the
        // submission is refused) and read back like every other.
        writeJustifications(actor, record, justifications);
        record = *m_repo.find(record.id);
    }
    if (withoutCosignReason && !blank(*withoutCosignReason) &&
        m_repo.withoutCosignReason(record.id) != withoutCosignReason) {
        vault::Transaction tx(m_vault.db());
        m_repo.writeWithoutCosignReason(actor, record.id, *withoutCosignReason);
        tx.commit();
    }
    auto v = build(record);
    requireSubmittable(v);
    nlohmann::json data = {{"justifications", nlohmann::json::object()},
                           {"flags", nlohmann::json::array()}};
    for (const auto& w : v.submission.warnings) {
        data["justifications"][w.ruleId] = w.justification;
    }
    for (const auto& f : v.submission.flags) {
        data["flags"].push_back(f.ruleId);
    }
    if (v.needsCosign) {
        // "ingediend zonder medeondertekening GI": the supervisor sees it and why.
        data["withoutCosignReason"] = *v.withoutCosignReason;
    }
    transition(actor, record, "submit", "submitted", std::nullopt, data.dump());
}

void AssessmentService::cosign(const domain::Actor& actor, const std::string& id) {
    const auto record = resolve(actor, id);
    ensureAllowed(LifecycleAction::Cosign, requireRole(actor, record), record.status);
    transition(actor, record, "cosign", record.status, std::nullopt, std::nullopt);
}

void AssessmentService::approve(const domain::Actor& actor, const std::string& id) {
    const auto record = resolve(actor, id);
    ensureAllowed(LifecycleAction::Approve, requireRole(actor, record), record.status);
    auto v = build(record);
    requireSubmittable(v);  // what is approved still passes the rules (the server checks again)
    transition(actor, record, "approve", "approved", std::nullopt, std::nullopt);
}

void AssessmentService::returnToWorker(const domain::Actor& actor, const std::string& id,
                                       const std::string& comment) {
    const auto record = resolve(actor, id);
    ensureAllowed(LifecycleAction::Return, requireRole(actor, record), record.status);
    if (comment.find_first_not_of(" \t\n") == std::string::npos) {
        throw std::invalid_argument("returning an assessment needs a comment for the worker");
    }
    transition(actor, record, "return", "returned", comment, std::nullopt);
}

}  // namespace veldwerk::assessment
