#include "core/family/family_copy.h"

#include <map>

#include "core/assessment/assessment_service.h"
#include "core/domain/case_membership.h"
#include "core/forms/date.h"
#include "core/statement/statement_fields.h"
#include "core/statement/statement_service.h"

namespace veldwerk::family {

namespace {

constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;

std::string isoDay(std::int64_t ms) {
    return forms::Date::fromDays(static_cast<int>(ms / kDayMs)).toString();
}

bool finished(const std::string& status) {
    return status == "submitted" || status == "approved";
}

// When the assessment was finished: its latest submission (else when it was started).
std::int64_t finishedAt(const assessment::AssessmentView& v) {
    std::int64_t at = v.record.createdAtMs;
    for (const auto& e : v.events) {
        if (e.kind == "submit") {
            at = e.atMs;
        }
    }
    return at;
}

FamilyInstrument instrumentOf(vault::Vault& vault, const domain::Actor& actor,
                              const assessment::AssessmentView& v, std::int64_t atMs) {
    FamilyInstrument out;
    out.formId = v.record.formId;
    out.version = v.record.formVersion;
    out.status = v.record.status;
    out.date = isoDay(atMs);
    out.answers = v.answers;
    if (v.record.subjectPersonId) {
        auto st = vault.db().prepare("SELECT name FROM persons WHERE id = ?1 AND deleted = 0");
        st.bind(1, *v.record.subjectPersonId);
        if (st.step()) {
            out.subjectName = st.text(0);
        }
    }
    for (const auto& s : statement::StatementService(vault).forAssessment(actor, v.record.id)) {
        if (s.kind == statement::kClientKind) {
            out.statements.push_back({s.saidBy(), s.saidOn, s.text});
        }
    }
    return out;
}

}  // namespace

FamilyInput familyInput(vault::Vault& vault, const forms::FormRegistry& forms,
                        const domain::Actor& actor, const std::string& caseId) {
    domain::CaseMembership(vault).require(actor, caseId);
    FamilyInput in;
    in.madeOn = isoDay(vault.wallClock().nowMs());
    {
        auto st = vault.db().prepare("SELECT name FROM cases WHERE id = ?1 AND deleted = 0");
        st.bind(1, caseId);
        if (!st.step()) {
            throw std::out_of_range("no case " + caseId);
        }
        in.caseName = st.text(0);
    }
    assessment::AssessmentService service(vault, forms);
    const auto records = assessment::AssessmentRepository(vault).forCase(caseId);
    std::optional<assessment::AssessmentRecord> plan;
    // Per child, the newest finished risicotaxatie (by the time it was finished).
    std::map<std::string, std::pair<std::int64_t, assessment::AssessmentView>> taxaties;
    for (const auto& r : records) {
        if (r.formId == "veiligheidsplan" && (!plan || r.createdAtMs >= plan->createdAtMs)) {
            plan = r;
        }
        if (r.formId == "risicotaxatie" && finished(r.status)) {
            auto v = service.view(actor, r.id);
            const auto at = finishedAt(v);
            const auto child = r.subjectPersonId.value_or("");
            const auto it = taxaties.find(child);
            if (it == taxaties.end() || at >= it->second.first) {
                taxaties.insert_or_assign(child, std::make_pair(at, std::move(v)));
            }
        }
    }
    if (plan) {
        const auto v = service.view(actor, plan->id);
        in.plan = instrumentOf(vault, actor, v, v.record.createdAtMs);
    }
    for (const auto& [child, found] : taxaties) {
        in.conclusions.push_back(instrumentOf(vault, actor, found.second, found.first));
    }
    return in;
}

void recordExport(vault::Vault& vault, const domain::Actor& actor, const std::string& caseId) {
    vault::Transaction tx(vault.db());
    vault.audit().append(actor, {audit::AuditAction::Export, "family_copy", caseId, caseId});
    tx.commit();
}

FamilyDocument familyCopy(vault::Vault& vault, const forms::FormRegistry& forms,
                          const domain::Actor& actor, const std::string& caseId) {
    return buildFamilyDocument(familyInput(vault, forms, actor, caseId));
}

}  // namespace veldwerk::family
