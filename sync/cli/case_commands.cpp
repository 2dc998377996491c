// case add | list | show
#include <sstream>

#include "core/domain/case_repository.h"
#include "sync/cli/commands.h"

namespace veldwerk::cli {

namespace {
nlohmann::json toJson(const domain::CaseRecord& c) {
    nlohmann::json j = {{"id", c.id}, {"name", c.name}, {"createdAt", isoTime(c.createdAtMs)}};
    j["closedAt"] = c.closedAtMs ? nlohmann::json(isoTime(*c.closedAtMs)) : nlohmann::json();
    return j;
}
}  // namespace

int runCaseAdd(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json", "as", "name"});
    const auto name = ctx.cmd().required("name");
    auto& v = ctx.vault();
    domain::CaseRepository cases(v);
    const auto id = cases.add(ctx.actor(), name);
    ctx.print({{"id", id}, {"name", name}}, id);
    return kOk;
}

int runCaseList(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json", "as"});
    auto& v = ctx.vault();
    domain::CaseRepository cases(v);
    const auto all = cases.list(ctx.actor());
    nlohmann::json arr = nlohmann::json::array();
    std::ostringstream text;
    for (const auto& c : all) {
        arr.push_back(toJson(c));
        text << c.id << "  " << c.name << "\n";
    }
    ctx.print({{"cases", arr}}, all.empty() ? "no cases" : text.str());
    return kOk;
}

int runCaseShow(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json", "as"});
    const auto id = ctx.cmd().word(2);
    if (id.empty()) {
        throw UsageError("usage: case show ID");
    }
    auto& v = ctx.vault();
    domain::CaseRepository cases(v);
    const auto found = cases.find(ctx.actor(), id);
    if (!found) {
        throw CliError(kNotFound, "no case " + id);
    }
    std::ostringstream text;
    text << "id:      " << found->id << "\nname:    " << found->name
         << "\ncreated: " << isoTime(found->createdAtMs) << "\n";
    ctx.print(toJson(*found), text.str());
    return kOk;
}

int runCaseClose(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json", "as"});
    const auto id = ctx.cmd().word(2);
    if (id.empty()) {
        throw UsageError("usage: case close ID");
    }
    auto& v = ctx.vault();
    domain::CaseRepository cases(v);
    const auto found = cases.find(ctx.actor(), id);
    if (!found) {
        throw CliError(kNotFound, "no case " + id);
    }
    const auto at = cases.close(ctx.actor(), found->id);
    ctx.print({{"id", found->id}, {"closedAt", isoTime(at)}},
              "case " + found->id + " closed; it leaves every device at the next sync");
    return kOk;
}

}  // namespace veldwerk::cli
