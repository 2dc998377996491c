// A passphrase change killed at random moments, again and again, must always leave a vault that
// opens with the old or the new passphrase, with every record intact.
#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <random>
#include <thread>

#include "core/domain/case_repository.h"
#include "core/vault/vault.h"
#include "tests/e2e/cli_runner.h"
#include "tests/support/temp_dir.h"

using namespace veldwerk;
using namespace veldwerk::testing;

TEST_CASE("cli: re-key survives being killed at random points") {
    TempDir tmp;
    const auto dir = tmp / "vault";
    CliRunner cli(dir);
    std::string current = "passphrase-gen-0";
    // Argon2id with 16 MiB makes each run take long enough to be hit at every stage.
    REQUIRE(
        cli.run({"init", "--kdf-ops", "1", "--kdf-mem-kib", "16384", "--max-failures", "100000"},
                current)
            .exitCode == 0);
    constexpr int kCases = 300;
    {
        auto v = vault::Vault::open(dir, current);
        domain::CaseRepository cases(*v);
        for (int i = 0; i < kCases; ++i) {
            cases.add(v->owner(), "Gezin " + std::to_string(i));
        }
    }
    // How long an undisturbed change takes, to spread the kills over it.
    const auto t0 = std::chrono::steady_clock::now();
    REQUIRE(cli.run({"passphrase", "change"}, current,
                    {{"VELDWERK_NEW_PASSPHRASE", "passphrase-gen-1"}})
                .exitCode == 0);
    current = "passphrase-gen-1";
    const auto fullRunUs =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0)
            .count();

    std::mt19937 rng(20261122);
    std::uniform_int_distribution<long> delay(0, fullRunUs * 12 / 10);
    int keptOld = 0;
    int tookNew = 0;
    for (int round = 2; round < 42; ++round) {
        const auto next = "passphrase-gen-" + std::to_string(round);
        {
            BackgroundProcess change(
                {VELDWERK_CLI_PATH, "--vault", dir.string(), "passphrase", "change"},
                {{"VELDWERK_PASSPHRASE", current}, {"VELDWERK_NEW_PASSPHRASE", next}});
            std::this_thread::sleep_for(std::chrono::microseconds(delay(rng)));
            change.kill(SIGKILL);
            change.wait();
        }
        std::unique_ptr<vault::Vault> v;
        try {
            v = vault::Vault::open(dir, current);
            ++keptOld;
        } catch (const vault::VaultError& e) {
            INFO("round " << round << ": old passphrase failed: " << e.what());
            REQUIRE(e.kind() == vault::VaultError::Kind::WrongPassphrase);
            v = vault::Vault::open(dir, next);  // throws (fails the test) if neither opens
            current = next;
            ++tookNew;
        }
        REQUIRE(domain::CaseRepository(*v).list(v->owner()).size() == kCases);
        REQUIRE(v->audit().verify().intact);
    }
    WARN("re-key kill loop: " << keptOld << " rounds kept the old passphrase, " << tookNew
                              << " took the new one; undisturbed run " << fullRunUs << " us");
    REQUIRE(keptOld + tookNew == 40);
}
