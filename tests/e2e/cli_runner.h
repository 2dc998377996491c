// Runs the real veldwerk-cli binary against a vault directory, the way a script or support
// engineer would.
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/support/child_process.h"

namespace veldwerk::testing {

class CliRunner {
public:
    explicit CliRunner(std::filesystem::path vaultDir) : m_vaultDir(std::move(vaultDir)) {}

    const std::filesystem::path& vaultDir() const { return m_vaultDir; }

    ProcessResult run(const std::vector<std::string>& args, const std::string& passphrase,
                      std::map<std::string, std::string> env = {}) const {
        std::vector<std::string> argv = {VELDWERK_CLI_PATH, "--vault", m_vaultDir.string()};
        argv.insert(argv.end(), args.begin(), args.end());
        env["VELDWERK_PASSPHRASE"] = passphrase;
        return runProcess(argv, env);
    }

    nlohmann::json json(const std::vector<std::string>& args, const std::string& passphrase) const {
        auto withJson = args;
        withJson.insert(withJson.begin(), "--json");
        const auto r = run(withJson, passphrase);
        if (r.exitCode != 0) {
            throw std::runtime_error("veldwerk-cli failed: " + r.err);
        }
        return nlohmann::json::parse(r.out);
    }

    // A vault with cheap Argon2id parameters, so tests stay fast.
    ProcessResult init(const std::string& passphrase, std::vector<std::string> extra = {}) const {
        std::vector<std::string> args = {"init", "--kdf-ops", "1", "--kdf-mem-kib", "8"};
        args.insert(args.end(), extra.begin(), extra.end());
        return run(args, passphrase);
    }

private:
    std::filesystem::path m_vaultDir;
};

}  // namespace veldwerk::testing
