// What every veldwerk-cli command gets: the parsed command line, output mode and access to the
// vault. Commands return an exit status; failures are thrown as CliError (or a vault error) and
// turned into an English message on stderr by main.
#pragma once

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "core/domain/actor.h"
#include "core/forms/registry.h"
#include "core/vault/vault.h"
#include "sync/cli/command_line.h"

namespace veldwerk::cli {

// Exit statuses, documented in sync/cli/README.md.
enum ExitStatus : int {
    kOk = 0,
    kFailure = 1,
    kUsage = 2,
    kWrongPassphrase = 3,
    kWiped = 4,
    kNotFound = 5,
    kAuditBroken = 6,
    kDamaged = 7,
    kDenied = 8,
    kRefused = 9,
    kInvalid = 10,
    kNetwork = 11,    // sync: the server could not be reached; nothing is lost, sync again
    kRevoked = 12,    // sync: the server revoked this device; the vault has been wiped
    kClockSkew = 13,  // sync: the device clock is too far off; nothing was applied
    kServer = 14,     // sync: the server refused or failed the request (stderr says why)
};

class CliError : public std::runtime_error {
public:
    CliError(int status, const std::string& what) : std::runtime_error(what), m_status(status) {}
    int status() const { return m_status; }

private:
    int m_status;
};

class CliContext {
public:
    CliContext(const CommandLine& cmd, std::filesystem::path vaultDir, bool json)
        : m_cmd(cmd), m_vaultDir(std::move(vaultDir)), m_json(json) {}

    const CommandLine& cmd() const { return m_cmd; }
    const std::filesystem::path& vaultDir() const;
    bool json() const { return m_json; }

    // Opens the vault with the passphrase from VELDWERK_PASSPHRASE or a prompt (once per run).
    vault::Vault& vault();
    // Closes the vault (before it is wiped underneath).
    void closeVault() { m_vault.reset(); }

    // The shipped form definitions, loaded once; broken definitions fail the command.
    const forms::FormRegistry& forms();

    // The acting user: --as NAME, else the vault's owner.
    domain::Actor actor();

    // A case id (or unambiguous prefix) the actor may see, resolved to the full id.
    std::string resolveCase(const domain::Actor& actor, const std::string& idOrPrefix);

    // Prints a result: the JSON document with --json, else the human text.
    void print(const nlohmann::json& result, const std::string& text) const;

private:
    const CommandLine& m_cmd;
    std::filesystem::path m_vaultDir;
    bool m_json;
    std::unique_ptr<vault::Vault> m_vault;
    std::unique_ptr<forms::FormRegistry> m_forms;
};

std::string isoTime(std::int64_t ms);

}  // namespace veldwerk::cli
