// person add | list: the children and parents/caregivers of a case.
#include <sstream>

#include "core/domain/person_repository.h"
#include "sync/cli/commands.h"

namespace veldwerk::cli {

namespace {
nlohmann::json toJson(const domain::PersonRecord& p) {
    return {{"id", p.id},
            {"case", p.caseId},
            {"role", p.role},
            {"name", p.name},
            {"born", p.born ? nlohmann::json(*p.born) : nlohmann::json()}};
}

}  // namespace

int runPersonAdd(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as", "case", "role", "name", "born"});
    const auto actor = ctx.actor();
    const auto caseId = ctx.resolveCase(actor, cmd.required("case"));
    const auto role = cmd.required("role");
    if (role != "kind" && role != "ouder") {
        throw UsageError("--role takes kind or ouder");
    }
    domain::PersonRepository persons(ctx.vault());
    const auto id = persons.add(actor, caseId, role, cmd.required("name"), cmd.option("born"));
    ctx.print(toJson(*persons.find(actor, id)), id);
    return kOk;
}

int runPersonList(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as", "case"});
    const auto actor = ctx.actor();
    const auto caseId = ctx.resolveCase(actor, cmd.required("case"));
    nlohmann::json arr = nlohmann::json::array();
    std::ostringstream text;
    for (const auto& p : domain::PersonRepository(ctx.vault()).forCase(actor, caseId)) {
        arr.push_back(toJson(p));
        text << p.id << "  " << p.role << "  " << p.name << "  " << p.born.value_or("") << "\n";
    }
    ctx.print({{"persons", arr}}, text.str());
    return kOk;
}

}  // namespace veldwerk::cli
