#include "core/phase/phase_service.h"

#include <stdexcept>
#include <utility>

#include "core/audit/audit_log.h"
#include "core/domain/case_membership.h"
#include "core/phase/phase_fields.h"
#include "core/vault/secret.h"

namespace veldwerk::phase {

namespace {
std::optional<std::string> optionalText(vault::Statement& st, int column) {
    if (st.isNull(column)) {
        return std::nullopt;
    }
    return st.text(column);
}
}  // namespace

CaseCourse readCourse(vault::Database& db, const std::string& caseId) {
    CaseCourse c;
    c.caseId = caseId;
    auto head = db.prepare("SELECT phase, regie FROM cases WHERE id = ?1");
    head.bind(1, caseId);
    if (head.step()) {
        c.phase = optionalText(head, 0);
        c.regie = optionalText(head, 1);
    }
    auto st = db.prepare(
        "SELECT id, kind, date, expected_end, outcome, recorded_by FROM escalations WHERE "
        "case_id = ?1 AND deleted = 0 AND kind != '' ORDER BY date, id");
    st.bind(1, caseId);
    while (st.step()) {
        c.escalations.push_back({st.text(0), st.text(1), optionalText(st, 2).value_or(""),
                                 optionalText(st, 3), optionalText(st, 4),
                                 optionalText(st, 5).value_or("")});
    }
    return c;
}

void PhaseService::requireJgt(const domain::Actor& actor, const std::string& caseId) {
    domain::CaseMembership membership(m_vault);
    membership.require(actor, caseId);
    if (membership.roleOf(caseId, actor.userId) != "jgt") {
        throw domain::AccessDenied(
            "only a JGT member of the case records its phase, regie and escalations (the JGT "
            "keeps regie)");
    }
}

void PhaseService::write(const domain::Actor& actor, const std::string& caseId,
                         const std::string& entity, const std::string& id, const std::string& field,
                         const std::optional<std::string>& value) {
    const vault::FieldWrite w{caseId, entity, id, field, value};
    m_vault.changes().record(w, actor);
    if (entity == "case") {
        applyCasePhaseField(m_vault.db(), w);
    } else {
        applyEscalationField(m_vault.db(), w, m_vault.wallClock().nowMs(), actor.userId);
    }
}

void PhaseService::setPhase(const domain::Actor& actor, const std::string& caseId,
                            const std::string& phase, const std::optional<std::string>& regie) {
    if (auto why = caseValueRefusal("phase", phase)) {
        throw std::invalid_argument(*why);
    }
    if (auto why = caseValueRefusal("regie", regie)) {
        throw std::invalid_argument(*why);
    }
    vault::Transaction tx(m_vault.db());
    requireJgt(actor, caseId);
    write(actor, caseId, "case", caseId, "phase", phase);
    if (regie) {
        write(actor, caseId, "case", caseId, "regie", regie);
    }
    m_vault.audit().append(actor, {audit::AuditAction::Change, "case", caseId, caseId});
    tx.commit();
}

std::string PhaseService::escalate(const domain::Actor& actor, const std::string& caseId,
                                   const Escalation& e) {
    using Field = std::pair<const char*, std::optional<std::string>>;
    const Field fields[] = {{"kind", e.kind},
                            {"date", e.date},
                            {"expected_end", e.expectedEnd},
                            {"outcome", e.outcome}};
    for (const auto& [field, value] : fields) {
        if (auto why = escalationValueRefusal(field, value)) {
            throw std::invalid_argument(*why);
        }
    }
    if (e.date.empty()) {
        throw std::invalid_argument("an escalation has a date");
    }
    if (e.expectedEnd && e.kind != "maatregel_start") {
        throw std::invalid_argument("only a maatregel_start has an expected end");
    }
    vault::Transaction tx(m_vault.db());
    requireJgt(actor, caseId);
    const auto id = vault::randomHex(16);
    write(actor, caseId, "escalation", id, "case_id", caseId);
    write(actor, caseId, "escalation", id, "kind", e.kind);
    write(actor, caseId, "escalation", id, "date", e.date);
    if (e.expectedEnd) {
        write(actor, caseId, "escalation", id, "expected_end", e.expectedEnd);
    }
    if (e.outcome) {
        write(actor, caseId, "escalation", id, "outcome", e.outcome);
    }
    m_vault.audit().append(actor, {audit::AuditAction::Create, "escalation", id, caseId});
    tx.commit();
    return id;
}

void PhaseService::setOutcome(const domain::Actor& actor, const std::string& escalationId,
                              const std::string& outcome) {
    if (auto why = escalationValueRefusal("outcome", outcome)) {
        throw std::invalid_argument(*why);
    }
    vault::Transaction tx(m_vault.db());
    auto st = m_vault.db().prepare("SELECT case_id FROM escalations WHERE id = ?1 AND deleted = 0");
    st.bind(1, escalationId);
    if (!st.step()) {
        throw std::invalid_argument("there is no escalation with that id on this device");
    }
    const auto caseId = st.text(0);
    requireJgt(actor, caseId);
    write(actor, caseId, "escalation", escalationId, "outcome", outcome);
    m_vault.audit().append(actor, {audit::AuditAction::Change, "escalation", escalationId, caseId});
    tx.commit();
}

CaseCourse PhaseService::course(const domain::Actor& actor, const std::string& caseId) {
    vault::Transaction tx(m_vault.db());
    domain::CaseMembership(m_vault).require(actor, caseId);
    auto c = readCourse(m_vault.db(), caseId);
    m_vault.audit().append(actor, {audit::AuditAction::Read, "case", caseId, caseId});
    tx.commit();
    return c;
}

}  // namespace veldwerk::phase
