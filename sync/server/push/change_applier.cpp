#include "sync/server/push/change_applier.h"

#include "sync/protocol/codec.h"
#include "sync/server/merge/field_name.h"
#include "sync/server/visits/visit_ledger.h"

namespace veldwerk::sync::server {

ChangeApplier::ChangeApplier(SqlConnection& db, FieldBatch& fields, const Caller& caller,
                             const MergePolicies& policies, ChangeSequence& sequence,
                             std::int64_t nowMs, std::int64_t batchNumber)
    : m_caller(caller),
      m_policies(policies),
      m_now(nowMs),
      m_batchNumber(batchNumber),
      m_access(db),
      m_authorization(db, fields, caller, policies, nowMs),
      m_writer(fields, sequence),
      m_visits(db),
      m_consultations(db) {}

PushResult ChangeApplier::apply(const OutgoingChange& change) {
    // A consultation's access is logged under the case it is linked to, else under no case.
    const auto auditCase = change.entity == "consultation"
                               ? m_consultations.auditCase(change.entityId).value_or("")
                               : change.caseId;
    const auto verdict = m_authorization.check(change);
    if (const auto* why = std::get_if<std::string>(&verdict)) {
        noteAudit(auditCase, change.entity, change.entityId, "change", "refused");
        return {change.clientSeq, PushOutcome::Refused, 0, *why};
    }
    const auto& allowed = std::get<Authorized>(verdict);
    if (allowed.startsCase) {
        startCase(change);
        m_authorization.changedMembership(change.caseId);
    }

    FieldWrite w;
    w.key = {change.entity, change.entityId, change.field};
    w.caseId = change.caseId;
    w.value = change.value;
    w.baseVersion = change.baseVersion;
    w.mayResolve = allowed.role == "jgt";
    // The server records the role the user has in the case, not the one the device claims.
    w.by = {change.hlc, m_caller.userId, allowed.role, m_caller.deviceId};
    w.sentBatch = m_batchNumber;
    if (change.entity == "answer") {
        if (const auto field = merge::parseAnswerField(change.field)) {
            w.policy = m_policies.policyOf(allowed.form, *field);
        }
    }
    if (change.entity == "assessment" && change.field == "status") {
        // A transition the lifecycle allows from the server's current status is made on that
        // status, whichever version the device saw: the lifecycle is its concurrency control.
        const auto current = m_writer.versionOf(w.key);
        if (w.baseVersion < current) {
            w.baseVersion = current;
        }
    }
    const auto written = m_writer.write(w);
    if (written.outcome != PushOutcome::Refused) {
        m_authorization.wroteField(change);
    }

    if (written.outcome != PushOutcome::Refused && change.entity == "visit") {
        m_visits.record(change, m_caller, m_now);
    }
    if (written.outcome != PushOutcome::Refused && change.entity == "consultation") {
        m_consultations.record(change, m_caller, m_now);
    }
    if (written.valueChanged && change.entity == "member") {
        m_access.setMember(change.caseId, change.entityId.substr(change.caseId.size() + 1),
                           written.value);
        m_authorization.changedMembership(change.caseId);
    }
    if (written.valueChanged && change.entity == "consent") {
        afterConsentChange(change, allowed.role, written);
        m_authorization.changedMembership(change.caseId);
    }
    noteAudit(change.entity == "consultation"
                  ? m_consultations.auditCase(change.entityId).value_or("")
                  : change.caseId,
              change.entity, change.entityId, allowed.newRecord ? "create" : "change",
              toString(written.outcome));
    return {change.clientSeq, written.outcome, written.version, written.reason};
}

void ChangeApplier::startCase(const OutgoingChange& change) {
    m_access.createCase(change.caseId, m_caller.teamId, m_caller.userId, m_now);
    // The creator's membership is a field like any other, so every device sees it.
    FieldWrite member;
    member.key = {"member", change.caseId + ":" + m_caller.userId, "role"};
    member.caseId = change.caseId;
    member.value = "jgt";
    member.mayResolve = true;
    member.by = {change.hlc, m_caller.userId, "jgt", m_caller.deviceId};
    m_writer.write(member);
    m_access.setMember(change.caseId, m_caller.userId, "jgt");
}

void ChangeApplier::afterConsentChange(const OutgoingChange& change, const std::string& role,
                                       const FieldWriteResult& written) {
    m_access.recordConsentField(change.entityId, change.caseId, change.field, written.value,
                                m_caller.userId, m_now);
    // Without a consent in force no GI professional stays on the case, whichever change ended it:
    // a withdrawal, or a consent's role or giver cleared or changed.
    if (m_access.consentInForce(change.caseId, "gi")) {
        return;
    }
    for (const auto& userId : m_access.activeMembers(change.caseId, "gi")) {
        FieldWrite leave;
        leave.key = {"member", change.caseId + ":" + userId, "role"};
        leave.caseId = change.caseId;
        leave.value = std::nullopt;
        leave.baseVersion = m_writer.versionOf(leave.key);
        leave.mayResolve = true;
        leave.by = {change.hlc, m_caller.userId, role, m_caller.deviceId};
        leave.kind = "removed";
        const auto result = m_writer.write(leave);
        m_access.setMember(change.caseId, userId, std::nullopt);
        noteAudit(change.caseId, "member", leave.key.entityId, "change", toString(result.outcome));
    }
}

void ChangeApplier::noteAudit(const std::string& caseId, const std::string& entity,
                              const std::string& entityId, const std::string& event,
                              const std::string& outcome) {
    AuditKey key{caseId, entity, entityId, event, outcome};
    const auto [it, added] = m_auditIndex.emplace(key, m_audit.size());
    if (added) {
        m_audit.emplace_back(key, 0);
    }
    ++m_audit[it->second].second;
}

std::vector<AuditRecord> ChangeApplier::auditRecords() const {
    std::vector<AuditRecord> out;
    for (const auto& [key, fields] : m_audit) {
        const auto& [caseId, entity, entityId, event, outcome] = key;
        out.push_back({event, outcome, m_caller.userId, m_caller.deviceId,
                       caseId.empty() ? std::nullopt : std::optional<std::string>(caseId), entity,
                       entityId, std::to_string(fields) + (fields == 1 ? " field" : " fields")});
    }
    return out;
}

}  // namespace veldwerk::sync::server
