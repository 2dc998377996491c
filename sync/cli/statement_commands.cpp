// assessment statement | disagree: statements beside an assessment or plan (the client's own
// view, the GI's recorded disagreement); `assessment show` lists them (statementsJson).
#include <sstream>

#include "core/assessment/assessment_service.h"
#include "core/statement/statement_fields.h"
#include "core/statement/statement_service.h"
#include "sync/cli/commands.h"

namespace veldwerk::cli {

namespace {

// A person of the case by id (or unambiguous id prefix) or by exact name.
std::string personOfCase(vault::Vault& v, const std::string& caseId, const std::string& who) {
    auto st = v.db().prepare(
        "SELECT id FROM persons WHERE case_id = ?1 AND deleted = 0 AND (name = ?2 OR "
        "substr(id, 1, length(?2)) = ?2) LIMIT 2");
    st.bind(1, caseId).bind(2, who);
    std::vector<std::string> ids;
    while (st.step()) {
        ids.push_back(st.text(0));
    }
    if (ids.size() != 1) {
        throw std::invalid_argument(ids.empty() ? "no person '" + who + "' in this case"
                                                : "'" + who + "' names more than one person");
    }
    return ids[0];
}

int recordStatement(CliContext& ctx, const std::string& kind, const char* usage) {
    const auto& cmd = ctx.cmd();
    const auto id = cmd.word(2);
    const auto text = cmd.option("text");
    if (id.empty() || !text || cmd.words().size() != 3) {
        throw UsageError(std::string("usage: ") + usage);
    }
    auto& v = ctx.vault();
    const auto actor = ctx.actor();
    assessment::AssessmentService assessments(v, ctx.forms());
    const auto record = assessments.resolve(actor, id);
    statement::StatementInput in;
    in.kind = kind;
    in.text = *text;
    in.saidOn = cmd.option("on");
    if (kind == statement::kClientKind) {
        const auto by = cmd.option("by");
        in.relation = cmd.option("relation");
        if (by.has_value() == in.relation.has_value()) {
            throw UsageError(std::string("usage: ") + usage + " (--by or --relation, one of them)");
        }
        if (by) {
            in.personId = personOfCase(v, record.caseId, *by);
        }
    }
    statement::StatementService service(v);
    try {
        const auto statementId = service.record(actor, record.id, in);
        ctx.print({{"statement", statementId}, {"assessment", record.id}, {"kind", kind}},
                  statementId);
    } catch (const statement::StatementRefused& e) {
        throw CliError(kRefused, e.what());
    }
    return kOk;
}

}  // namespace

nlohmann::json statementsJson(vault::Vault& v, const domain::Actor& actor,
                              const std::string& assessmentId) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& s : statement::StatementService(v).forAssessment(actor, assessmentId)) {
        out.push_back({{"id", s.id},
                       {"kind", s.kind},
                       {"saidBy", s.saidBy()},
                       {"person", s.personId ? nlohmann::json(*s.personId) : nlohmann::json()},
                       {"relation", s.relation ? nlohmann::json(*s.relation) : nlohmann::json()},
                       {"saidOn", s.saidOn},
                       {"text", s.text},
                       {"recordedBy", s.recordedByName.empty() ? s.recordedBy : s.recordedByName},
                       {"recordedRole", s.recordedRole},
                       {"recordedAt", isoTime(s.recordedAtMs)}});
    }
    return out;
}

std::string statementsText(const nlohmann::json& statements) {
    std::ostringstream out;
    for (const auto& s : statements) {
        const bool gi = s["kind"] == statement::kGiDisagreementKind;
        out << "\n"
            << (gi ? "GI disagreement (" : "statement of ") << s["saidBy"].get<std::string>()
            << (gi ? "" : " (eigen zienswijze") << ", " << s["saidOn"].get<std::string>()
            << ", recorded by " << s["recordedBy"].get<std::string>() << "):\n  "
            << s["text"].get<std::string>() << "\n";
    }
    return out.str();
}

int runAssessmentStatement(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json", "as", "by", "relation", "text", "on"});
    return recordStatement(
        ctx, std::string(statement::kClientKind),
        "assessment statement ID --by PERSON|--relation TEXT --text TEXT [--on YYYY-MM-DD]");
}

int runAssessmentDisagree(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json", "as", "text", "on"});
    return recordStatement(ctx, std::string(statement::kGiDisagreementKind),
                           "assessment disagree ID --text TEXT [--on YYYY-MM-DD]");
}

}  // namespace veldwerk::cli
