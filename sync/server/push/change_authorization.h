// Authorization of one pushed change (PROTOCOL.md "Push", "Authorization per change"). The user
// must be an active member of the change's case (a supervisor: of their team's cases) in a role
// that may write that field:
//   case        JGT members; a case id the server does not know is a new case, started by a JGT
//               user, who becomes its first member; `phase` is one of the four phases, `regie`
//               an organisation's name (core/phase/phase_fields.h)
//   member      JGT members; the role must be the user's own, and a GI member needs a consent
//               for GI in force
//   consent     JGT members
//   person      JGT and GI members
//   assessment  JGT and GI members while the lifecycle allows edits; `form` never changes but
//               for a draft's declared upgrade (same form, newer version, a mapping for each
//               step); `status` is the lifecycle
//               transition it names, checked for role and state, and a submission or approval
//               for the form's rules (submission_recheck.h); `without_cosign_reason` only by
//               JGT members; `justification/RULE` (a
//               warning's written justification) only for a rule of the assessment's form that
//               warns
//   answer      JGT and GI members while the lifecycle allows edits; a perspective answer
//               (ITEM@USER) only by that user
//   event       every member, for a step their role may take (lifecycle_event.h): the event's
//               assessment is a record of the change's case, and the user and role it names
//               are the device's user and their role in the case (supervisors: review events)
//   consultation no case membership: its own unit (consultation_ledger.h): the asker's fields
//               by the JGT user who asked, the answer by a GI professional of the organisation
//               asked, case_link by a JGT member of that case with a GI consent in force
//   visit       JGT and GI members; checkin@USER, checkout@USER and alert@USER only by USER;
//               started_by only the user themselves (the server records the starter from the
//               token anyway)
//   statement   every member (supervisors too) records a client's statement; only a GI member the
//               GI's disagreement (kind gi_disagreement); written whole by one user, case_id
//               first, never edited; whatever the assessment's state (it stands beside it)
//   escalation  JGT members; kind, date and expected_end checked (core/phase/phase_fields.h)
// Supervisors write nothing but review transitions and events. A record keeps the case it was
// first written in, and a change's author must be the device's user.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>

#include "sync/protocol/messages.h"
#include "sync/server/access/case_access.h"
#include "sync/server/caller.h"
#include "sync/server/consultations/consultation_ledger.h"
#include "sync/server/fields/field_batch.h"
#include "sync/server/push/merge_policies.h"
#include "sync/server/retention/case_closures.h"

namespace veldwerk::sync::server {

struct Authorized {
    std::string role;                 // the role the user acts in on this case
    bool startsCase = false;          // a new case: create it with the user as its first member
    bool newRecord = false;           // the server had no field of this record yet (audit: create)
    std::optional<std::string> form;  // answers: the assessment's form field
};

class ChangeAuthorization {
public:
    ChangeAuthorization(SqlConnection& db, FieldBatch& fields, const Caller& caller,
                        const MergePolicies& policies, std::int64_t nowMs)
        : m_db(db),
          m_caller(caller),
          m_policies(policies),
          m_now(nowMs),
          m_access(db),
          m_fields(fields),
          m_closures(db),
          m_consultations(db) {}

    // Authorized, or the English reason for refusing the change.
    std::variant<Authorized, std::string> check(const OutgoingChange& change);

    // What a batch reads is read once and kept in step with the batch's own writes; the applier
    // reports them here.
    void changedMembership(const std::string& caseId);  // started, members or consents changed
    void wroteField(const OutgoingChange& change);      // the record now exists in its case

private:
    std::optional<std::string> entityRefusal(const OutgoingChange& change, Authorized& a);
    std::optional<std::string> memberRefusal(const OutgoingChange& change);
    std::optional<std::string> eventRefusal(const OutgoingChange& change, const Authorized& a);
    std::optional<std::string> reviewRefusal(const OutgoingChange& change,
                                             const std::optional<std::string>& status);
    std::optional<std::string> statementRefusal(const OutgoingChange& change, const Authorized& a);
    std::optional<std::string> visitRefusal(const OutgoingChange& change, const std::string& role);
    std::optional<std::string> formRefusal(const OutgoingChange& change);
    std::optional<std::string> justificationRefusal(const std::string& assessmentId,
                                                    const std::string& key);
    std::optional<CaseRow> findCase(const std::string& caseId);
    std::optional<std::string> roleIn(const CaseRow& c);
    std::optional<std::string> ownerOf(const std::string& entity, const std::string& entityId);
    std::optional<std::string> assessmentField(const std::string& assessmentId,
                                               const std::string& field);

    SqlConnection& m_db;
    const Caller& m_caller;
    const MergePolicies& m_policies;
    std::int64_t m_now;
    CaseAccess m_access;
    FieldBatch& m_fields;
    ClosureGuard m_closures;  // a closed or destroyed case takes no changes (retention/)
    ConsultationLedger m_consultations;

    using RecordKey = std::pair<std::string, std::string>;  // entity (or assessment), id
    std::map<std::string, std::optional<CaseRow>> m_cases;
    std::map<std::string, std::optional<std::string>> m_roles;
    std::map<RecordKey, std::optional<std::string>> m_owners;
    std::map<RecordKey, std::optional<std::string>> m_assessment;  // (id, field) -> value
};

}  // namespace veldwerk::sync::server
