#include "core/consultation/consultation_service.h"

#include "core/consultation/consultation_fields.h"
#include "core/consultation/identifying_text.h"
#include "core/domain/case_membership.h"
#include "core/domain/consent_repository.h"

namespace veldwerk::consultation {

namespace {

constexpr int kMaxMinutes = 24 * 60;
constexpr std::size_t kMaxText = 8000;

std::optional<std::int64_t> optionalMs(const vault::Statement& st, int column) {
    return st.isNull(column) ? std::nullopt : std::optional<std::int64_t>(st.int64(column));
}

// The names this device holds for a case: the case's own name and its persons'.
std::vector<std::string> namesOf(vault::Database& db, const std::string& caseId) {
    std::vector<std::string> out;
    auto st = db.prepare(
        "SELECT name FROM cases WHERE id = ?1 UNION ALL SELECT name FROM persons WHERE case_id = "
        "?1 AND deleted = 0");
    st.bind(1, caseId);
    while (st.step()) {
        out.push_back(st.text(0));
    }
    return out;
}

void checkText(const char* what, const std::string& text, const std::vector<std::string>& names) {
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        throw std::invalid_argument(std::string("the ") + what + " is empty");
    }
    if (text.size() > kMaxText) {
        throw std::invalid_argument(std::string("the ") + what + " is longer than 8000 bytes");
    }
    if (const auto why = identifyingText(text, names)) {
        throw ConsultationRefused(std::string("the ") + what +
                                  " may not identify the family: " + *why);
    }
}

}  // namespace

void ConsultationService::write(const domain::Actor& actor, const std::string& id,
                                const std::string& field, const std::optional<std::string>& value) {
    // Its own unit of sync and purge: the consultation id stands where a case id would.
    const vault::FieldWrite w{id, "consultation", id, field, value};
    m_vault.changes().record(w, actor);
    applyConsultationField(m_vault.db(), w);
}

void ConsultationService::audit(const domain::Actor& actor, audit::AuditAction action,
                                const ConsultationRecord& c) {
    m_vault.audit().append(actor, {action, "consultation", c.id, c.caseLink});
}

std::string ConsultationService::ask(const domain::Actor& actor, const ConsultationAsk& request) {
    if (actor.role != "jgt") {
        throw domain::AccessDenied("only a JGT professional asks for a consultation");
    }
    if (request.toOrg.find_first_not_of(' ') == std::string::npos) {
        throw std::invalid_argument("name the GI organisation to ask (--to-org)");
    }
    if (!isTopic(request.about)) {
        throw std::invalid_argument("unknown safety question: " + request.about);
    }
    auto& db = m_vault.db();
    vault::Transaction tx(db);
    std::vector<std::string> names;
    if (request.originCase) {
        domain::CaseMembership(m_vault).require(actor, *request.originCase);
        names = namesOf(db, *request.originCase);
    }
    checkText("question", request.question, names);
    ConsultationRecord c;
    c.id = vault::randomHex(16);
    write(actor, c.id, "to_org", request.toOrg);
    write(actor, c.id, "question", request.question);
    write(actor, c.id, "about", request.about);
    write(actor, c.id, "asked_at", std::to_string(m_vault.wallClock().nowMs()));
    write(actor, c.id, "asked_by", actor.userId);
    if (request.originCase) {
        db.prepare("UPDATE consultations SET origin_case = ?2 WHERE id = ?1")
            .bind(1, c.id)
            .bind(2, *request.originCase)
            .run();
    }
    audit(actor, audit::AuditAction::Create, c);
    tx.commit();
    return c.id;
}

void ConsultationService::answer(const domain::Actor& actor, const std::string& id,
                                 const std::string& advice, int minutes) {
    if (actor.role != "gi") {
        throw domain::AccessDenied("only a GI professional answers a consultation");
    }
    if (minutes < 0 || minutes > kMaxMinutes) {
        throw std::invalid_argument("the time spent is 0 to 1440 minutes");
    }
    vault::Transaction tx(m_vault.db());
    const auto c = load(resolveId(id));
    // A GI device holds no names of the family; a record id is all it could leak.
    checkText("advice", advice, {});
    write(actor, c.id, "advice", advice);
    write(actor, c.id, "minutes", std::to_string(minutes));
    write(actor, c.id, "answered_at", std::to_string(m_vault.wallClock().nowMs()));
    write(actor, c.id, "answered_by", actor.userId);
    audit(actor, audit::AuditAction::Change, c);
    tx.commit();
}

void ConsultationService::link(const domain::Actor& actor, const std::string& id,
                               const std::string& caseId) {
    vault::Transaction tx(m_vault.db());
    auto c = load(resolveId(id));
    domain::CaseMembership membership(m_vault);
    membership.require(actor, caseId);
    if (membership.roleOf(caseId, actor.userId) != "jgt") {
        throw domain::AccessDenied("only a JGT member of the case links a consultation to it");
    }
    if (c.caseLink && *c.caseLink != caseId) {
        throw ConsultationRefused("the consultation is linked to another case");
    }
    if (!domain::ConsentRepository(m_vault).inForce(caseId, "gi")) {
        // Linked, it would name the case to the GI professionals who saw it: consent first.
        throw ConsultationRefused(
            "the case has no consent for GI involvement: record the family's consent first");
    }
    if (!c.caseLink) {
        write(actor, c.id, "case_link", caseId);
        c.caseLink = caseId;
    }
    audit(actor, audit::AuditAction::Change, c);
    tx.commit();
}

std::string ConsultationService::resolveId(const std::string& idOrPrefix) {
    if (idOrPrefix.empty() ||
        idOrPrefix.find_first_not_of("0123456789abcdef") != std::string::npos) {
        throw std::out_of_range("no consultation " + idOrPrefix);
    }
    auto st = m_vault.db().prepare(
        "SELECT id FROM consultations WHERE substr(id, 1, length(?1)) = ?1 AND question IS NOT "
        "NULL LIMIT 2");
    st.bind(1, idOrPrefix);
    std::vector<std::string> ids;
    while (st.step()) {
        ids.push_back(st.text(0));
    }
    if (ids.size() > 1) {
        throw std::invalid_argument("consultation id prefix " + idOrPrefix + " is ambiguous");
    }
    if (ids.empty()) {
        throw std::out_of_range("no consultation " + idOrPrefix);
    }
    return ids[0];
}

ConsultationRecord ConsultationService::load(const std::string& id) {
    auto st = m_vault.db().prepare(
        "SELECT id, COALESCE(to_org, ''), COALESCE(question, ''), COALESCE(about, ''), "
        "COALESCE(asked_at, 0), COALESCE(asked_by, ''), COALESCE(advice, ''), answered_at, "
        "COALESCE(answered_by, ''), minutes, case_link, origin_case FROM consultations WHERE id = "
        "?1");
    st.bind(1, id);
    if (!st.step()) {
        throw std::out_of_range("no consultation " + id);
    }
    ConsultationRecord c;
    c.id = st.text(0);
    c.toOrg = st.text(1);
    c.question = st.text(2);
    c.about = st.text(3);
    c.askedAtMs = st.int64(4);
    c.askedBy = st.text(5);
    c.advice = st.text(6);
    c.answeredAtMs = optionalMs(st, 7);
    c.answeredBy = st.text(8);
    c.minutes = optionalMs(st, 9);
    c.caseLink = st.optionalText(10);
    c.originCase = st.optionalText(11);
    return c;
}

ConsultationRecord ConsultationService::find(const domain::Actor& actor,
                                             const std::string& idOrPrefix) {
    vault::Transaction tx(m_vault.db());
    auto c = load(resolveId(idOrPrefix));
    audit(actor, audit::AuditAction::Read, c);
    tx.commit();
    return c;
}

std::vector<ConsultationRecord> ConsultationService::list(const domain::Actor& actor) {
    auto& db = m_vault.db();
    vault::Transaction tx(db);
    auto st = db.prepare(
        "SELECT id FROM consultations WHERE question IS NOT NULL ORDER BY asked_at DESC, id");
    std::vector<std::string> ids;
    while (st.step()) {
        ids.push_back(st.text(0));
    }
    std::vector<ConsultationRecord> out;
    for (const auto& id : ids) {
        out.push_back(load(id));
        audit(actor, audit::AuditAction::Read, out.back());
    }
    tx.commit();
    return out;
}

std::vector<ConsultationRecord> ConsultationService::forCase(const domain::Actor& actor,
                                                             const std::string& caseId) {
    auto& db = m_vault.db();
    vault::Transaction tx(db);
    domain::CaseMembership(m_vault).require(actor, caseId);
    auto st = db.prepare(
        "SELECT id FROM consultations WHERE case_link = ?1 AND question IS NOT NULL ORDER BY "
        "asked_at DESC, id");
    st.bind(1, caseId);
    std::vector<std::string> ids;
    while (st.step()) {
        ids.push_back(st.text(0));
    }
    std::vector<ConsultationRecord> out;
    for (const auto& id : ids) {
        out.push_back(load(id));
        audit(actor, audit::AuditAction::Read, out.back());
    }
    tx.commit();
    return out;
}

}  // namespace veldwerk::consultation
