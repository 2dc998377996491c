// user add | list, member add, consent add | withdraw: who may work on a case. Memberships and
// consents are client data: they go through the change record and sync like any field. On an
// enrolled device the users come from the server (colleagues, and whom a JGT user may add).
#include <sstream>

#include "core/domain/case_membership.h"
#include "core/domain/consent_repository.h"
#include "core/domain/user_repository.h"
#include "sync/cli/commands.h"

namespace veldwerk::cli {

namespace {
// A case id (or unambiguous prefix) the actor may see, resolved to the full id.

std::string consentRole(const CommandLine& cmd) {
    const auto role = cmd.required("for");
    if (role != "gi") {
        throw UsageError("--for takes 'gi' (consent is what lets a GI professional join)");
    }
    return role;
}
}  // namespace

int runUserAdd(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as", "role", "org"});
    const auto name = cmd.word(2);
    if (name.empty()) {
        throw UsageError("usage: user add NAME --role jgt|gi|supervisor --org ORG");
    }
    const auto role = cmd.required("role");
    if (!domain::isKnownRole(role)) {
        throw UsageError("--role takes jgt, gi, supervisor or admin");
    }
    const auto actor = ctx.actor();
    const auto id = domain::UserRepository(ctx.vault()).add(actor, name, role, cmd.option("org"));
    ctx.print({{"id", id}, {"name", name}, {"role", role}}, id);
    return kOk;
}

int runUserList(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json", "as"});
    const auto users = domain::UserRepository(ctx.vault()).list();
    nlohmann::json arr = nlohmann::json::array();
    std::ostringstream text;
    for (const auto& u : users) {
        arr.push_back({{"id", u.id},
                       {"name", u.name},
                       {"role", u.role},
                       {"org", u.org ? nlohmann::json(*u.org) : nlohmann::json()}});
        text << u.name << "  " << u.role << "  " << u.org.value_or("-") << "\n";
    }
    ctx.print({{"users", arr}}, text.str());
    return kOk;
}

int runMemberAdd(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as", "case", "user", "role"});
    const auto actor = ctx.actor();
    const auto caseId = ctx.resolveCase(actor, cmd.required("case"));
    const auto userName = cmd.required("user");
    const auto user = domain::UserRepository(ctx.vault()).findByName(userName);
    if (!user) {
        throw CliError(kNotFound, "no user named '" + userName +
                                      "' on this device (sync first: the server lists the users "
                                      "you may add)");
    }
    const auto role = cmd.required("role");
    domain::CaseMembership(ctx.vault()).add(actor, caseId, user->id, role);
    ctx.print({{"case", caseId}, {"user", user->name}, {"role", role}},
              user->name + " is now " + role + " member of case " + caseId);
    return kOk;
}

int runConsentAdd(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as", "case", "for", "by"});
    const auto actor = ctx.actor();
    const auto caseId = ctx.resolveCase(actor, cmd.required("case"));
    const auto id = domain::ConsentRepository(ctx.vault())
                        .add(actor, caseId, consentRole(cmd), cmd.required("by"));
    ctx.print({{"id", id}, {"case", caseId}, {"for", "gi"}}, id);
    return kOk;
}

int runConsentWithdraw(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "as", "case", "for"});
    const auto actor = ctx.actor();
    const auto caseId = ctx.resolveCase(actor, cmd.required("case"));
    const int ended =
        domain::ConsentRepository(ctx.vault()).withdraw(actor, caseId, consentRole(cmd));
    ctx.print({{"case", caseId}, {"withdrawn", true}, {"membershipsEnded", ended}},
              "consent withdrawn; " + std::to_string(ended) + " GI membership(s) ended");
    return kOk;
}

}  // namespace veldwerk::cli
