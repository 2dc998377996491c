// case phase CASE PHASE [--regie ORG], case escalate CASE KIND --date D [--expected-end D]
// [--outcome TEXT], case outcome ESCALATION TEXT: a case's phase, regie and escalations
// (core/phase).
#include "core/domain/case_repository.h"
#include "core/phase/phase_service.h"
#include "sync/cli/commands.h"

namespace veldwerk::cli {

namespace {
std::string caseOf(CliContext& ctx, const std::string& word) {
    const auto found = domain::CaseRepository(ctx.vault()).find(ctx.actor(), word);
    if (!found) {
        throw CliError(kNotFound, "no case " + word);
    }
    return found->id;
}

nlohmann::json escalationJson(const phase::Escalation& e) {
    const auto optional = [](const std::optional<std::string>& s) {
        return s ? nlohmann::json(*s) : nlohmann::json();
    };
    return {{"id", e.id},
            {"kind", e.kind},
            {"date", e.date},
            {"expectedEnd", optional(e.expectedEnd)},
            {"outcome", optional(e.outcome)},
            {"recordedBy", e.recordedBy}};
}
}  // namespace

int runCasePhase(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as", "regie"});
    if (cmd.words().size() != 4) {
        throw UsageError("usage: case phase CASE vrijwillig|drang|maatregel|nazorg [--regie ORG]");
    }
    const auto caseId = caseOf(ctx, cmd.word(2));
    const auto regie = cmd.option("regie");
    phase::PhaseService(ctx.vault()).setPhase(ctx.actor(), caseId, cmd.word(3), regie);
    ctx.print({{"case", caseId},
               {"phase", cmd.word(3)},
               {"regie", regie ? nlohmann::json(*regie) : nlohmann::json()}},
              "case " + caseId + " is in phase " + cmd.word(3) +
                  (regie ? "; regie: " + *regie : std::string()));
    return kOk;
}

int runCaseEscalate(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as", "date", "expected-end", "outcome"});
    if (cmd.words().size() != 4 || !cmd.option("date")) {
        throw UsageError(
            "usage: case escalate CASE KIND --date YYYY-MM-DD [--expected-end YYYY-MM-DD] "
            "[--outcome TEXT]");
    }
    const auto caseId = caseOf(ctx, cmd.word(2));
    phase::Escalation e;
    e.kind = cmd.word(3);
    e.date = *cmd.option("date");
    e.expectedEnd = cmd.option("expected-end");
    e.outcome = cmd.option("outcome");
    e.id = phase::PhaseService(ctx.vault()).escalate(ctx.actor(), caseId, e);
    e.recordedBy = ctx.actor().userId;
    auto out = escalationJson(e);
    out["case"] = caseId;
    ctx.print(out, e.id);
    return kOk;
}

int runCaseOutcome(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as"});
    if (cmd.words().size() != 4) {
        throw UsageError("usage: case outcome ESCALATION TEXT");
    }
    phase::PhaseService(ctx.vault()).setOutcome(ctx.actor(), cmd.word(2), cmd.word(3));
    ctx.print({{"id", cmd.word(2)}, {"outcome", cmd.word(3)}},
              "outcome of escalation " + cmd.word(2) + " recorded");
    return kOk;
}

}  // namespace veldwerk::cli
