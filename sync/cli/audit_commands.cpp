// audit list | verify
#include <sstream>

#include "sync/cli/commands.h"

namespace veldwerk::cli {

int runAuditList(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json", "as", "case"});
    auto& v = ctx.vault();
    const auto entries = v.audit().list(ctx.cmd().option("case"));
    nlohmann::json arr = nlohmann::json::array();
    std::ostringstream text;
    for (const auto& e : entries) {
        arr.push_back({{"seq", e.seq},
                       {"at", isoTime(e.atMs)},
                       {"user", e.userId},
                       {"device", e.deviceId},
                       {"action", e.action},
                       {"entity", e.entity},
                       {"entityId", e.entityId},
                       {"case", e.caseId ? nlohmann::json(*e.caseId) : nlohmann::json()}});
        text << e.seq << "  " << isoTime(e.atMs) << "  " << e.action << "  " << e.entity;
        if (!e.entityId.empty()) {
            text << " " << e.entityId;
        }
        text << "  user " << e.userId.substr(0, 8) << "  device " << e.deviceId.substr(0, 8)
             << "\n";
    }
    ctx.print({{"entries", arr}}, text.str());
    return kOk;
}

int runAuditVerify(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json", "as"});
    auto& v = ctx.vault();
    const auto result = v.audit().verify();
    if (result.intact) {
        ctx.print({{"intact", true}, {"entries", result.entriesChecked}},
                  "audit log intact: " + std::to_string(result.entriesChecked) + " entries");
        return kOk;
    }
    ctx.print({{"intact", false},
               {"entries", result.entriesChecked},
               {"firstBrokenSeq", *result.firstBrokenSeq},
               {"problem", result.problem}},
              "");
    throw CliError(kAuditBroken, "audit log broken at entry " +
                                     std::to_string(*result.firstBrokenSeq) + ": " +
                                     result.problem);
}

}  // namespace veldwerk::cli
