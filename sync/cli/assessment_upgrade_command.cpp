// assessment upgrade ID: moves a draft to the newest version of its form (the mapping applied).
#include "core/assessment/assessment_service.h"
#include "sync/cli/commands.h"

namespace veldwerk::cli {

int runAssessmentUpgrade(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as"});
    const auto id = cmd.word(2);
    if (id.empty()) {
        throw UsageError("usage: assessment upgrade ID");
    }
    assessment::AssessmentService service(ctx.vault(), ctx.forms());
    const auto before = service.resolve(ctx.actor(), id);
    const auto version = service.upgrade(ctx.actor(), before.id);
    ctx.print({{"id", before.id},
               {"form", before.formId},
               {"fromVersion", before.formVersion},
               {"version", version}},
              before.formId + " v" + std::to_string(before.formVersion) + " -> v" +
                  std::to_string(version) + " (answers kept)");
    return kOk;
}

}  // namespace veldwerk::cli
