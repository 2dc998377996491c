// The assessment work a professional does: start an assessment, answer, add group entries, justify
// warnings, see the live evaluation, submit, co-sign, review. Checks membership, role and lifecycle
// before every change, validates answers against the form definition, evaluates the rules again at
// submission and audit-logs every access.
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/assessment/assessment_repository.h"
#include "core/forms/answer.h"
#include "core/forms/evaluation.h"
#include "core/forms/evaluator.h"
#include "core/forms/registry.h"
#include "core/forms/submission_check.h"
#include "core/vault/field_conflicts.h"
#include "core/vault/vault.h"

namespace veldwerk::assessment {

// Rule id -> written justification.
using Justifications = std::map<std::string, std::string, std::less<>>;

// Refused by the lifecycle or by the actor's role (English, for CLI and logs).
class LifecycleRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Submission (or approval) blocked by rules, missing answers, unjustified warnings or a missing
// co-signature without the submitter's reason.
class SubmissionRefused : public std::runtime_error {
public:
    SubmissionRefused(const std::string& what, forms::SubmissionCheck check, bool needsCosign)
        : std::runtime_error(what), m_check(std::move(check)), m_needsCosign(needsCosign) {}
    const forms::SubmissionCheck& check() const { return m_check; }
    // The co-signature is missing and no reason for submitting without it was given.
    bool needsCosign() const { return m_needsCosign; }

private:
    forms::SubmissionCheck m_check;
    bool m_needsCosign;
};

// An assessment with everything a screen or `assessment show` presents.
struct AssessmentView {
    AssessmentRecord record;
    const forms::Definition* definition = nullptr;
    forms::AnswerSet answers;
    std::vector<StoredAnswer> stored;
    forms::Evaluation evaluation;
    forms::SubmissionCheck submission;
    bool needsCosign = false;  // a GI user answered and no co-signature covers the answers
    // The submitter's written reason for submitting without the GI co-signature (stored, synced).
    std::optional<std::string> withoutCosignReason;
    std::vector<AssessmentEvent> events;
    std::vector<vault::FieldConflict> conflicts;  // answers the server keeps in conflict
    std::vector<StoredJustification> justifications;
    std::vector<vault::FieldConflict> justificationConflicts;  // kept in conflict by the server
};

// The stored justifications that count at submission: those not in an open conflict (two texts
// written concurrently wait for a JGT member to write the one that stays).
Justifications countedJustifications(const AssessmentView& view);

// The GI co-signature is missing and no reason for submitting without it is stored: this alone
// blocks submission (the co-signature is asked for, never a veto).
bool cosignUnexplained(const AssessmentView& view);

// Submitted (or reviewed) while the GI co-signature is missing: what the supervisor sees as
// "ingediend zonder medeondertekening GI", with the reason. A later co-signature ends it.
bool submittedWithoutCosign(const AssessmentView& view);

class AssessmentService {
public:
    AssessmentService(vault::Vault& vault, const forms::FormRegistry& forms)
        : m_vault(vault), m_forms(forms), m_repo(vault) {}

    std::string create(const domain::Actor& actor, const std::string& caseId,
                       const std::string& formId, const std::optional<std::string>& subjectId,
                       const std::optional<std::string>& addendumOf = std::nullopt);
    // Validates and stores one answer; returns the canonical value stored ("" = cleared).
    // path: ITEM or GROUP/ENTRY/FIELD.
    std::string setAnswer(const domain::Actor& actor, const std::string& id,
                          const std::string& path, const std::string& value);
    std::string addEntry(const domain::Actor& actor, const std::string& id,
                         const std::string& group);
    AssessmentView view(const domain::Actor& actor, const std::string& id);

    // Stores a warning's written justification as it is typed (blank text removes it); the rule
    // must be one of the form's that warn. Guarded like an answer and written through the change
    // record, so it survives a restart and is synced. Unchanged text is not written again.
    void setJustification(const domain::Actor& actor, const std::string& id,
                          const std::string& ruleId, const std::string& text);

    // Justifications given here (`--justify`) are stored first, as if typed; then the stored
    // ones count. The same for `withoutCosignReason`: when a GI professional wrote in the
    // assessment and no co-signature covers it, submission needs the reason (stored or given);
    // the GI co-signature is asked for, never a veto (instruments.md).
    void submit(const domain::Actor& actor, const std::string& id,
                const Justifications& justifications = {},
                const std::optional<std::string>& withoutCosignReason = std::nullopt);
    void cosign(const domain::Actor& actor, const std::string& id);
    void approve(const domain::Actor& actor, const std::string& id);
    void returnToWorker(const domain::Actor& actor, const std::string& id,
                        const std::string& comment);

    // Moves a draft (or returned) assessment to the newest version of its form, each version's
    // declared mapping applied (instruments.md: a draft stays on the version it started with
    // until the worker moves it). Refused, with nothing changed, when an answer would not fit.
    // Returns the new version. In assessment_upgrade.cpp.
    int upgrade(const domain::Actor& actor, const std::string& id);

    // Resolves an id or unambiguous prefix the actor may see.
    AssessmentRecord resolve(const domain::Actor& actor, const std::string& idOrPrefix);

private:
    const forms::Definition& definitionOf(const AssessmentRecord& record) const;
    std::string requireRole(const domain::Actor& actor, const AssessmentRecord& record);
    AssessmentView build(const AssessmentRecord& record);
    // After an edit inside its transaction: a returned assessment goes back to draft (a "reopen"
    // event), and the change is audit-logged.
    void recordEdit(const domain::Actor& actor, const AssessmentRecord& record);
    forms::EvaluationContext contextFor(const AssessmentRecord& record);
    bool cosignMissing(const AssessmentRecord& record);
    // Throws SubmissionRefused unless the view may be submitted (the rules, and the co-signature
    // or the reason it is missing). The server checks the same at submission and approval.
    void requireSubmittable(AssessmentView& v);
    void writeJustifications(const domain::Actor& actor, const AssessmentRecord& record,
                             const Justifications& justifications);
    void transition(const domain::Actor& actor, const AssessmentRecord& record,
                    const std::string& kind, const std::string& newStatus,
                    const std::optional<std::string>& comment,
                    const std::optional<std::string>& data);

    vault::Vault& m_vault;
    const forms::FormRegistry& m_forms;
    AssessmentRepository m_repo;
};

// Loads answers as stored (items, perspective answers, entries and their fields) into the
// engine's AnswerSet.
forms::AnswerSet toAnswerSet(const std::vector<StoredAnswer>& stored,
                             const std::vector<StoredEntry>& entries);

}  // namespace veldwerk::assessment
