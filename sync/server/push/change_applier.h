// Applies the changes of one push batch, each on its own: authorization, then the merge, then
// what a change means beyond its field (a new case and its first member, a membership, a consent
// and its withdrawal, which ends the case's GI memberships, a visit's start, end and alerts).
// Collects the audit records.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "sync/protocol/messages.h"
#include "sync/server/access/case_access.h"
#include "sync/server/audit/audit_trail.h"
#include "sync/server/caller.h"
#include "sync/server/consultations/consultation_ledger.h"
#include "sync/server/fields/change_sequence.h"
#include "sync/server/push/change_authorization.h"
#include "sync/server/push/field_writer.h"
#include "sync/server/push/merge_policies.h"
#include "sync/server/visits/visit_ledger.h"

namespace veldwerk::sync::server {

class ChangeApplier {
public:
    // `batchNumber`: N of the caller's batch "DEVICE-N" (0: none), marked on the states it
    // writes exactly as sent, so the device's next pull can leave them out.
    ChangeApplier(SqlConnection& db, FieldBatch& fields, const Caller& caller,
                  const MergePolicies& policies, ChangeSequence& sequence, std::int64_t nowMs,
                  std::int64_t batchNumber = 0);

    PushResult apply(const OutgoingChange& change);
    // One record per case, record, event and outcome of the batch, in first-seen order.
    std::vector<AuditRecord> auditRecords() const;

private:
    void startCase(const OutgoingChange& change);
    void afterConsentChange(const OutgoingChange& change, const std::string& role,
                            const FieldWriteResult& written);
    void noteAudit(const std::string& caseId, const std::string& entity,
                   const std::string& entityId, const std::string& event,
                   const std::string& outcome);

    const Caller& m_caller;
    const MergePolicies& m_policies;
    std::int64_t m_now;
    std::int64_t m_batchNumber;
    CaseAccess m_access;
    ChangeAuthorization m_authorization;
    FieldWriter m_writer;
    VisitLedger m_visits;
    ConsultationLedger m_consultations;

    using AuditKey = std::tuple<std::string, std::string, std::string, std::string, std::string>;
    std::map<AuditKey, std::size_t> m_auditIndex;
    std::vector<std::pair<AuditKey, int>> m_audit;  // key, number of fields
};

}  // namespace veldwerk::sync::server
