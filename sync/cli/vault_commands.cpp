// init, passphrase change, wipe: the vault's own life cycle.
#include <unistd.h>

#include <iostream>

#include "core/vault/secret.h"
#include "sync/cli/commands.h"
#include "sync/cli/passphrase_source.h"

namespace veldwerk::cli {

namespace {
std::uint64_t positiveNumber(const CommandLine& cmd, const std::string& name,
                             std::uint64_t fallback) {
    const auto v = cmd.option(name);
    if (!v) {
        return fallback;
    }
    try {
        std::size_t used = 0;
        const auto n = std::stoull(*v, &used);
        if (used != v->size() || n == 0) {
            throw std::invalid_argument("not positive");
        }
        return n;
    } catch (const std::exception&) {
        throw UsageError("--" + name + " needs a positive whole number, got '" + *v + "'");
    }
}
}  // namespace

int runInit(CliContext& ctx) {
    const auto& cmd = ctx.cmd();
    cmd.allowOnly({"vault", "json", "user", "role", "kdf-ops", "kdf-mem-kib", "max-failures"});
    vault::VaultOptions options;
    options.ownerName = cmd.option("user").value_or(options.ownerName);
    options.ownerRole = cmd.option("role").value_or(options.ownerRole);
    options.kdfOpsLimit = positiveNumber(cmd, "kdf-ops", options.kdfOpsLimit);
    options.kdfMemLimitBytes =
        positiveNumber(cmd, "kdf-mem-kib", options.kdfMemLimitBytes / 1024) * 1024;
    options.maxFailedAttempts = static_cast<int>(positiveNumber(cmd, "max-failures", 10));
    auto passphrase = readPassphrase("VELDWERK_PASSPHRASE", "New vault passphrase: ");
    std::unique_ptr<vault::Vault> v;
    try {
        v = vault::Vault::create(ctx.vaultDir(), passphrase, options);
    } catch (...) {
        vault::zeroise(passphrase);
        throw;
    }
    vault::zeroise(passphrase);
    ctx.print({{"vault", ctx.vaultDir().string()},
               {"device", v->owner().deviceId},
               {"user", v->owner().userId}},
              "vault created in " + ctx.vaultDir().string());
    return kOk;
}

int runPassphraseChange(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json"});
    auto& v = ctx.vault();
    auto next = readPassphrase("VELDWERK_NEW_PASSPHRASE", "New passphrase: ");
    try {
        v.changePassphrase(next);
    } catch (...) {
        vault::zeroise(next);
        throw;
    }
    vault::zeroise(next);
    ctx.print({{"changed", true}}, "passphrase changed");
    return kOk;
}

int runWipe(CliContext& ctx) {
    ctx.cmd().allowOnly({"vault", "json", "yes"});
    // Destroying needs no passphrase (a lost-device wipe must always work), but on a terminal
    // a person confirms it.
    if (!ctx.cmd().flag("yes") && ::isatty(STDIN_FILENO) != 0) {
        std::cerr << "This destroys every record in " << ctx.vaultDir().string()
                  << ". Type WIPE to continue: ";
        std::string answer;
        std::getline(std::cin, answer);
        if (answer != "WIPE") {
            throw CliError(kFailure, "wipe cancelled");
        }
    }
    if (!vault::Vault::exists(ctx.vaultDir())) {
        throw CliError(kNotFound, "no vault in " + ctx.vaultDir().string());
    }
    vault::Vault::wipe(ctx.vaultDir());
    ctx.print({{"wiped", true}}, "vault wiped");
    return kOk;
}

}  // namespace veldwerk::cli
