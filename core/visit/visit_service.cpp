#include "core/visit/visit_service.h"

#include <algorithm>

#include "core/assessment/assessment_service.h"
#include "core/domain/case_membership.h"
#include "core/visit/visit_fields.h"

namespace veldwerk::visit {

namespace {

constexpr std::int64_t kMinuteMs = 60 * 1000;

std::vector<std::string> splitList(const std::optional<std::string>& text) {
    std::vector<std::string> out;
    if (!text) {
        return out;
    }
    std::size_t from = 0;
    while (from <= text->size()) {
        const auto comma = text->find(',', from);
        const auto part =
            text->substr(from, comma == std::string::npos ? std::string::npos : comma - from);
        if (!part.empty()) {
            out.push_back(part);
        }
        if (comma == std::string::npos) {
            break;
        }
        from = comma + 1;
    }
    return out;
}

std::string joinList(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) {
        out += (out.empty() ? "" : ",") + p;
    }
    return out;
}

std::optional<std::int64_t> optionalMs(const vault::Statement& st, int column) {
    return st.isNull(column) ? std::nullopt : std::optional<std::int64_t>(st.int64(column));
}

std::optional<PositionStamp> stampOf(const std::optional<std::string>& text) {
    return text ? decodeStamp(*text) : std::nullopt;
}

}  // namespace

const VisitProfessional* VisitRecord::professional(const std::string& userId) const {
    for (const auto& p : professionals) {
        if (p.userId == userId) {
            return &p;
        }
    }
    return nullptr;
}

std::optional<std::int64_t> VisitRecord::firstAlertMs() const {
    std::optional<std::int64_t> first;
    for (const auto& p : professionals) {
        if (p.alertAtMs && (!first || *p.alertAtMs < *first)) {
            first = p.alertAtMs;
        }
    }
    return first;
}

PositionStamp VisitService::stamped(PositionStamp position) {
    position.atMs = m_vault.wallClock().nowMs();
    checkStamp(position);
    return position;
}

void VisitService::requireProfessional(const domain::Actor& actor, const std::string& caseId) {
    domain::CaseMembership membership(m_vault);
    membership.require(actor, caseId);
    const auto role = membership.roleOf(caseId, actor.userId);
    if (role != "jgt" && role != "gi") {
        throw domain::AccessDenied("only the JGT and GI professionals of a case make its visits");
    }
}

void VisitService::write(const domain::Actor& actor, const VisitRecord& v, const std::string& field,
                         const std::optional<std::string>& value) {
    const vault::FieldWrite w{v.caseId, "visit", v.id, field, value};
    m_vault.changes().record(w, actor);
    applyVisitField(m_vault.db(), w);
}

std::string VisitService::start(const domain::Actor& actor, const VisitStart& request) {
    if (request.expectMinutes < 1 || request.expectMinutes > 24 * 60) {
        throw std::invalid_argument("the expected length of a visit is 1 to 1440 minutes");
    }
    const auto position = stamped(request.position);
    auto& db = m_vault.db();
    vault::Transaction tx(db);
    requireProfessional(actor, request.caseId);
    for (const auto& person : request.present) {
        auto st =
            db.prepare("SELECT 1 FROM persons WHERE id = ?1 AND case_id = ?2 AND deleted = 0");
        st.bind(1, person).bind(2, request.caseId);
        if (!st.step()) {
            throw std::invalid_argument("no person " + person + " in this case");
        }
    }
    VisitRecord v;
    v.id = vault::randomHex(16);
    v.caseId = request.caseId;
    const auto now = position.atMs;
    write(actor, v, "case_id", v.caseId);
    if (request.plannedAtMs) {
        write(actor, v, "planned_at", std::to_string(*request.plannedAtMs));
    }
    write(actor, v, "started_at", std::to_string(now));
    write(actor, v, "started_by", actor.userId);
    write(actor, v, "expected_end", std::to_string(now + request.expectMinutes * kMinuteMs));
    if (!request.present.empty()) {
        write(actor, v, "present", joinList(request.present));
    }
    if (!request.others.empty()) {
        write(actor, v, "others", request.others);
    }
    write(actor, v, "checkin@" + actor.userId, encodeStamp(position));
    m_vault.audit().append(actor, {audit::AuditAction::Create, "visit", v.id, v.caseId});
    tx.commit();
    return v.id;
}

void VisitService::join(const domain::Actor& actor, const std::string& id, PositionStamp position) {
    position = stamped(position);
    vault::Transaction tx(m_vault.db());
    const auto v = load(resolveId(id));
    requireProfessional(actor, v.caseId);
    if (!v.running()) {
        throw VisitRefused("the visit has ended");
    }
    if (const auto* p = v.professional(actor.userId); p && p->checkin) {
        throw VisitRefused("you are already on this visit");
    }
    write(actor, v, "checkin@" + actor.userId, encodeStamp(position));
    m_vault.audit().append(actor, {audit::AuditAction::Change, "visit", v.id, v.caseId});
    tx.commit();
}

std::vector<CloseBlocker> VisitService::closeBlockers(const domain::Actor& actor,
                                                      const std::string& id) {
    const auto v = load(resolveId(id));
    requireProfessional(actor, v.caseId);
    // Assessments of the case with a field written since the visit started (here or pulled).
    const auto sinceHlc = static_cast<std::int64_t>(
        clock::Hlc{static_cast<std::uint64_t>(v.startedAtMs), 0}.packed());
    auto st = m_vault.db().prepare(
        "SELECT DISTINCT entity_id FROM field_changes WHERE case_id = ?1 AND entity IN "
        "('answer', 'assessment') AND origin != 'sibling' AND kind != 'refused' AND hlc >= ?2 "
        "ORDER BY entity_id");
    st.bind(1, v.caseId).bind(2, sinceHlc);
    std::vector<std::string> edited;
    while (st.step()) {
        edited.push_back(st.text(0));
    }
    assessment::AssessmentService assessments(m_vault, m_forms);
    std::vector<CloseBlocker> out;
    for (const auto& assessmentId : edited) {
        const auto view = assessments.view(actor, assessmentId);
        for (const auto* rule : view.evaluation.blocking("visit_close")) {
            for (const auto& effect : rule->effects) {
                if (effect.effect->kind != forms::EffectKind::Require) {
                    continue;
                }
                out.push_back({assessmentId, view.record.formId, rule->id(), effect.effect->message,
                               itemsRead(*view.definition, effect.effect->condition)});
            }
        }
    }
    return out;
}

void VisitService::end(const domain::Actor& actor, const std::string& id, PositionStamp position) {
    position = stamped(position);
    // Evaluating the assessments reads (and audit-logs) in transactions of its own.
    const auto blockers = closeBlockers(actor, id);
    vault::Transaction tx(m_vault.db());
    const auto v = load(resolveId(id));
    requireProfessional(actor, v.caseId);
    const auto* me = v.professional(actor.userId);
    if (me && me->checkout) {
        throw VisitRefused("you have already left this visit");
    }
    if (!blockers.empty()) {
        throw VisitCloseRefused("the visit cannot be ended yet: " + describeBlockers(blockers),
                                blockers);
    }
    write(actor, v, "checkout@" + actor.userId, encodeStamp(position));
    if (v.running()) {
        write(actor, v, "ended_at", std::to_string(position.atMs));
        std::vector<std::string> instruments;
        auto st = m_vault.db().prepare(
            "SELECT DISTINCT entity_id FROM field_changes WHERE case_id = ?1 AND entity IN "
            "('answer', 'assessment') AND origin != 'sibling' AND kind != 'refused' AND hlc >= ?2 "
            "ORDER BY entity_id");
        st.bind(1, v.caseId)
            .bind(2, static_cast<std::int64_t>(
                         clock::Hlc{static_cast<std::uint64_t>(v.startedAtMs), 0}.packed()));
        while (st.step()) {
            instruments.push_back(st.text(0));
        }
        if (!instruments.empty()) {
            write(actor, v, "instruments", joinList(instruments));
        }
    }
    m_vault.audit().append(actor, {audit::AuditAction::Change, "visit", v.id, v.caseId});
    tx.commit();
}

void VisitService::alert(const domain::Actor& actor, const std::string& id) {
    vault::Transaction tx(m_vault.db());
    const auto v = load(resolveId(id));
    requireProfessional(actor, v.caseId);
    if (!v.running()) {
        throw VisitRefused("the visit has ended");
    }
    write(actor, v, "alert@" + actor.userId, std::to_string(m_vault.wallClock().nowMs()));
    m_vault.audit().append(actor, {audit::AuditAction::Emergency, "visit", v.id, v.caseId});
    tx.commit();
}

std::int64_t VisitService::extend(const domain::Actor& actor, const std::string& id, int minutes) {
    if (minutes < 1 || minutes > 24 * 60) {
        throw std::invalid_argument("a visit is extended by 1 to 1440 minutes");
    }
    vault::Transaction tx(m_vault.db());
    const auto v = load(resolveId(id));
    requireProfessional(actor, v.caseId);
    if (!v.running()) {
        throw VisitRefused("the visit has ended");
    }
    const auto end = std::max(v.expectedEndMs, m_vault.wallClock().nowMs()) + minutes * kMinuteMs;
    write(actor, v, "expected_end", std::to_string(end));
    m_vault.audit().append(actor, {audit::AuditAction::Change, "visit", v.id, v.caseId});
    tx.commit();
    return end;
}

std::string VisitService::resolveId(const std::string& idOrPrefix) {
    if (idOrPrefix.empty() ||
        idOrPrefix.find_first_not_of("0123456789abcdef") != std::string::npos) {
        throw std::out_of_range("no visit " + idOrPrefix);
    }
    auto st = m_vault.db().prepare(
        "SELECT id FROM visits WHERE substr(id, 1, length(?1)) = ?1 AND started_at IS NOT NULL "
        "LIMIT 2");
    st.bind(1, idOrPrefix);
    std::vector<std::string> ids;
    while (st.step()) {
        ids.push_back(st.text(0));
    }
    if (ids.size() > 1) {
        throw std::invalid_argument("visit id prefix " + idOrPrefix + " is ambiguous");
    }
    if (ids.empty()) {
        throw std::out_of_range("no visit " + idOrPrefix);
    }
    return ids[0];
}

VisitRecord VisitService::load(const std::string& id) {
    auto& db = m_vault.db();
    auto st = db.prepare(
        "SELECT id, case_id, planned_at, started_at, COALESCE(started_by, ''), "
        "COALESCE(expected_end, 0), ended_at, present, COALESCE(others, ''), instruments FROM "
        "visits WHERE id = ?1");
    st.bind(1, id);
    if (!st.step()) {
        throw std::out_of_range("no visit " + id);
    }
    VisitRecord v;
    v.id = st.text(0);
    v.caseId = st.text(1);
    v.plannedAtMs = optionalMs(st, 2);
    v.startedAtMs = optionalMs(st, 3).value_or(0);
    v.startedBy = st.text(4);
    v.expectedEndMs = st.int64(5);
    v.endedAtMs = optionalMs(st, 6);
    v.present = splitList(st.optionalText(7));
    v.others = st.text(8);
    v.instruments = splitList(st.optionalText(9));
    auto ps = db.prepare(
        "SELECT user_id, checkin, checkout, alert_at FROM visit_professionals WHERE visit_id = "
        "?1 ORDER BY user_id");
    ps.bind(1, id);
    while (ps.step()) {
        v.professionals.push_back({ps.text(0), stampOf(ps.optionalText(1)),
                                   stampOf(ps.optionalText(2)), optionalMs(ps, 3)});
    }
    return v;
}

VisitRecord VisitService::find(const domain::Actor& actor, const std::string& idOrPrefix) {
    vault::Transaction tx(m_vault.db());
    auto v = load(resolveId(idOrPrefix));
    domain::CaseMembership(m_vault).require(actor, v.caseId);
    m_vault.audit().append(actor, {audit::AuditAction::Read, "visit", v.id, v.caseId});
    tx.commit();
    return v;
}

std::vector<VisitRecord> VisitService::forCase(const domain::Actor& actor,
                                               const std::string& caseId) {
    auto& db = m_vault.db();
    vault::Transaction tx(db);
    domain::CaseMembership(m_vault).require(actor, caseId);
    auto st = db.prepare(
        "SELECT id FROM visits WHERE case_id = ?1 AND started_at IS NOT NULL ORDER BY started_at "
        "DESC, id");
    st.bind(1, caseId);
    std::vector<std::string> ids;
    while (st.step()) {
        ids.push_back(st.text(0));
    }
    std::vector<VisitRecord> out;
    for (const auto& id : ids) {
        out.push_back(load(id));
    }
    m_vault.audit().append(actor, {audit::AuditAction::Read, "visit", "", caseId});
    tx.commit();
    return out;
}

std::optional<VisitRecord> VisitService::current(const domain::Actor& actor) {
    auto& db = m_vault.db();
    vault::Transaction tx(db);
    auto st = db.prepare(
        "SELECT v.id FROM visits v JOIN visit_professionals p ON p.visit_id = v.id WHERE "
        "p.user_id = ?1 AND p.checkin IS NOT NULL AND p.checkout IS NULL AND v.ended_at IS NULL "
        "AND v.started_at IS NOT NULL ORDER BY v.started_at DESC LIMIT 1");
    st.bind(1, actor.userId);
    if (!st.step()) {
        return std::nullopt;
    }
    auto v = load(st.text(0));
    m_vault.audit().append(actor, {audit::AuditAction::Read, "visit", v.id, v.caseId});
    tx.commit();
    return v;
}

}  // namespace veldwerk::visit
