// End-to-end: unlocks of the real veldwerk-cli killed while the key is being derived. Such an
// attempt never gave anyone an answer, so it must not count as a wrong passphrase; passphrases
// proven wrong still count, and still wipe at the limit.
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <thread>

#include "core/vault/unlock_attempts.h"
#include "core/vault/vault.h"
#include "tests/e2e/cli_runner.h"
#include "tests/support/temp_dir.h"

using namespace veldwerk::testing;

namespace {
constexpr const char* kPass = "kitchen-table-2026";

// Argon2id costly enough (a second or so) that a kill lands inside the derivation.
ProcessResult initSlow(const CliRunner& cli, const std::string& maxFailures = "10") {
    return cli.run(
        {"init", "--kdf-ops", "3", "--kdf-mem-kib", "131072", "--max-failures", maxFailures},
        kPass);
}

// True once the attempt under way is on disk: in vault.attempts (or, in the landed format, as
// a raised count in the header).
bool attemptRecorded(const std::filesystem::path& dir, int headerCountBefore) {
    try {
        if (std::filesystem::exists(dir / veldwerk::vault::UnlockAttempts::kFileName) &&
            veldwerk::vault::UnlockAttempts(dir).state().pending) {
            return true;
        }
        std::ifstream in(dir / "vault.header");
        const auto j = nlohmann::json::parse(in);
        return j.contains("failedAttempts") &&
               j.at("failedAttempts").get<int>() > headerCountBefore;
    } catch (const std::exception&) {
        return false;
    }
}

// Starts an unlock and kills it once the attempt is recorded, before the derivation can have
// finished. Returns false if the process finished first.
bool killedUnlock(const CliRunner& cli, const std::string& passphrase = kPass) {
    int headerCount = 0;
    {
        std::ifstream in(cli.vaultDir() / "vault.header");
        const auto j = nlohmann::json::parse(in);
        headerCount = j.value("failedAttempts", 0);
    }
    BackgroundProcess p({VELDWERK_CLI_PATH, "--vault", cli.vaultDir().string(), "case", "list"},
                        {{"VELDWERK_PASSPHRASE", passphrase}});
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (!attemptRecorded(cli.vaultDir(), headerCount) &&
           std::chrono::steady_clock::now() < giveUp) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    p.kill(9);
    return p.wait() == -1;
}
}  // namespace

TEST_CASE("cli: nine unlocks killed during key derivation and one typo do not wipe") {
    TempDir tmp;
    CliRunner cli(tmp / "vault");
    REQUIRE(initSlow(cli).exitCode == 0);
    REQUIRE(cli.run({"case", "add", "--name", "Gezin Onderbroken"}, kPass).exitCode == 0);
    for (int i = 0; i < 9; ++i) {
        REQUIRE(killedUnlock(cli));
    }
    const auto typo = cli.run({"case", "list"}, "kitchen-table-2062");
    REQUIRE(typo.exitCode == 3);
    REQUIRE_THAT(typo.err, Catch::Contains("9 attempts left"));
    REQUIRE(veldwerk::vault::Vault::exists(tmp / "vault"));
    REQUIRE(cli.json({"case", "list"}, kPass).at("cases").size() == 1);
}

TEST_CASE("cli: proven-wrong passphrases still wipe, killed guesses learn nothing") {
    TempDir tmp;
    CliRunner cli(tmp / "vault");
    REQUIRE(initSlow(cli, "3").exitCode == 0);
    // Guesses killed before their answer: the guesser learned nothing, nothing is counted.
    for (int i = 0; i < 3; ++i) {
        REQUIRE(killedUnlock(cli, "killed-guess-" + std::to_string(i)));
    }
    REQUIRE(veldwerk::vault::UnlockAttempts(tmp / "vault").state().failed == 0);
    // Answered ones count, and the limit wipes.
    REQUIRE(cli.run({"case", "list"}, "guess-one").exitCode == 3);
    const auto second = cli.run({"case", "list"}, "guess-two");
    REQUIRE(second.exitCode == 3);
    REQUIRE_THAT(second.err, Catch::Contains("1 attempts left"));
    REQUIRE(cli.run({"case", "list"}, "guess-three").exitCode == 4);
    REQUIRE_FALSE(veldwerk::vault::Vault::exists(tmp / "vault"));
}
