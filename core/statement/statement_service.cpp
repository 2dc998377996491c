#include "core/statement/statement_service.h"

#include "core/domain/case_membership.h"
#include "core/forms/date.h"
#include "core/statement/statement_fields.h"

namespace veldwerk::statement {

namespace {

std::optional<std::string> optionalText(const vault::Statement& st, int column) {
    return st.isNull(column) ? std::nullopt : std::optional<std::string>(st.text(column));
}

bool blank(const std::optional<std::string>& s) {
    return !s || s->find_first_not_of(" \t\r\n") == std::string::npos;
}

std::string todayOf(std::int64_t ms) {
    constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;
    return forms::Date::fromDays(static_cast<int>(ms / kDayMs)).toString();
}

}  // namespace

std::string Statement::saidBy() const {
    if (kind == kGiDisagreementKind) {
        return recordedByName.empty() ? recordedBy : recordedByName;
    }
    if (personId && !personName.empty()) {
        return personName;
    }
    return relation.value_or("");
}

std::string StatementService::record(const domain::Actor& actor, const std::string& assessmentId,
                                     const StatementInput& in) {
    if (!isStatementKind(in.kind)) {
        throw StatementRefused(
            "a statement is the client's (client) or the GI's disagreement "
            "(gi_disagreement)");
    }
    if (blank(in.text)) {
        throw StatementRefused("a statement needs its text");
    }
    if (in.text.size() > kMaxStatementChars) {
        throw StatementRefused("a statement is at most 20000 characters");
    }
    const auto today = todayOf(m_vault.wallClock().nowMs());
    const auto saidOn = in.saidOn.value_or(today);
    const auto date = forms::Date::parse(saidOn);
    if (!date) {
        throw StatementRefused("the date it was said is a date YYYY-MM-DD");
    }
    if (saidOn > today) {
        throw StatementRefused("the date it was said cannot lie in the future");
    }
    auto& db = m_vault.db();
    vault::Transaction tx(db);
    auto a = db.prepare("SELECT case_id FROM assessments WHERE id = ?1");
    a.bind(1, assessmentId);
    if (!a.step()) {
        throw std::out_of_range("no assessment " + assessmentId);
    }
    const auto caseId = a.text(0);
    domain::CaseMembership membership(m_vault);
    const auto role = membership.roleOf(caseId, actor.userId);
    if (!role) {
        throw domain::AccessDenied("you are not a member of this case");
    }
    if (in.kind == kGiDisagreementKind) {
        if (*role != "gi") {
            throw StatementRefused(
                "only the GI professional of the case records the GI's "
                "disagreement");
        }
        if (in.personId || in.relation) {
            throw StatementRefused(
                "the GI's disagreement is the GI professional's own: no "
                "person or relation");
        }
    } else {
        if (in.personId.has_value() == !blank(in.relation)) {
            throw StatementRefused(
                "say who said it: a person of the case or a relation, one "
                "of the two");
        }
        if (in.personId) {
            auto p =
                db.prepare("SELECT 1 FROM persons WHERE id = ?1 AND case_id = ?2 AND deleted = 0");
            p.bind(1, *in.personId).bind(2, caseId);
            if (!p.step()) {
                throw StatementRefused("no person " + *in.personId + " in this case");
            }
        }
    }
    const auto id = vault::randomHex(16);
    const auto write = [&](const char* field, const std::optional<std::string>& value) {
        if (!value) {
            return;
        }
        const vault::FieldWrite w{caseId, "statement", id, field, value};
        m_vault.changes().record(w, actor);
        applyStatementField(db, w, actor.userId, *role, m_vault.wallClock().nowMs());
    };
    write("case_id", caseId);
    write("assessment_id", assessmentId);
    write("kind", in.kind);
    write("person_id", in.personId);
    write("relation", in.relation);
    write("said_on", saidOn);
    write("text", in.text);
    m_vault.audit().append(actor, {audit::AuditAction::Create, "statement", id, caseId});
    tx.commit();
    return id;
}

std::vector<Statement> StatementService::forAssessment(const domain::Actor& actor,
                                                       const std::string& assessmentId) {
    auto& db = m_vault.db();
    vault::Transaction tx(db);
    auto a = db.prepare("SELECT case_id FROM assessments WHERE id = ?1");
    a.bind(1, assessmentId);
    if (!a.step()) {
        throw std::out_of_range("no assessment " + assessmentId);
    }
    const auto caseId = a.text(0);
    domain::CaseMembership(m_vault).require(actor, caseId);
    auto st = db.prepare(
        "SELECT s.id, s.case_id, s.assessment_id, s.kind, s.person_id, COALESCE(p.name, ''), "
        "s.relation, COALESCE(s.said_on, ''), COALESCE(s.text, ''), s.recorded_by, "
        "COALESCE(u.full_name, u.name, ''), s.recorded_role, s.recorded_at FROM statements s "
        "LEFT JOIN persons p ON p.id = s.person_id AND p.deleted = 0 "
        "LEFT JOIN users u ON u.id = s.recorded_by "
        "WHERE s.assessment_id = ?1 AND s.case_id = ?2 AND s.text IS NOT NULL AND s.kind IN "
        "('client', 'gi_disagreement') "
        "ORDER BY s.said_on, s.recorded_at, s.id");
    st.bind(1, assessmentId).bind(2, caseId);
    std::vector<Statement> out;
    while (st.step()) {
        Statement s;
        s.id = st.text(0);
        s.caseId = st.text(1);
        s.assessmentId = st.text(2);
        s.kind = st.text(3);
        s.personId = optionalText(st, 4);
        s.personName = st.text(5);
        s.relation = optionalText(st, 6);
        s.saidOn = st.text(7);
        s.text = st.text(8);
        s.recordedBy = st.text(9);
        s.recordedByName = st.text(10);
        s.recordedRole = st.text(11);
        s.recordedAtMs = st.int64(12);
        out.push_back(std::move(s));
    }
    m_vault.audit().append(actor, {audit::AuditAction::Read, "statement", assessmentId, caseId});
    tx.commit();
    return out;
}

}  // namespace veldwerk::statement
