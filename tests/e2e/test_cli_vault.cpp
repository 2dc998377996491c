// End-to-end: the real veldwerk-cli binary on a real SQLCipher vault.
#include <catch2/catch.hpp>

#include "core/vault/vault.h"
#include "tests/e2e/cli_runner.h"
#include "tests/support/temp_dir.h"

using namespace veldwerk::testing;

namespace {
constexpr const char* kPass = "kitchen-table-2026";
}

TEST_CASE("cli: a canary case name reads back but appears in none of the vault's files") {
    TempDir tmp;
    CliRunner cli(tmp / "vault");
    REQUIRE(cli.init(kPass).exitCode == 0);
    const std::string canary = "CANARY-c4n4ry-4f9e1b-Willemsen";
    const auto added = cli.json({"case", "add", "--name", canary}, kPass);
    const auto id = added.at("id").get<std::string>();
    const auto listed = cli.json({"case", "list"}, kPass);
    REQUIRE(listed.at("cases").size() == 1);
    REQUIRE(listed.at("cases")[0].at("name") == canary);
    const auto shown = cli.json({"case", "show", id}, kPass);
    REQUIRE(shown.at("name") == canary);
    // A unique prefix is enough to show a case.
    REQUIRE(cli.json({"case", "show", id.substr(0, 8)}, kPass).at("id") == id);
    REQUIRE_FALSE(anyFileContains(tmp.path(), canary));
    REQUIRE_FALSE(anyFileContains(tmp.path(), "Willemsen"));
}

TEST_CASE("cli: a wrong passphrase gets a clear error and the right one still opens") {
    TempDir tmp;
    CliRunner cli(tmp / "vault");
    REQUIRE(cli.init(kPass).exitCode == 0);
    const auto wrong = cli.run({"case", "list"}, "not-my-passphrase");
    REQUIRE(wrong.exitCode == 3);
    REQUIRE_THAT(wrong.err,
                 Catch::Contains("wrong passphrase") && Catch::Contains("9 attempts left"));
    REQUIRE(wrong.out.empty());
    REQUIRE(cli.run({"case", "list"}, kPass).exitCode == 0);
}

TEST_CASE("cli: ten consecutive wrong passphrases wipe the vault") {
    TempDir tmp;
    CliRunner cli(tmp / "vault");
    REQUIRE(cli.init(kPass).exitCode == 0);
    REQUIRE(cli.run({"case", "add", "--name", "Gezin Wis"}, kPass).exitCode == 0);
    for (int i = 1; i <= 9; ++i) {
        REQUIRE(cli.run({"case", "list"}, "guess-" + std::to_string(i)).exitCode == 3);
    }
    const auto last = cli.run({"--json", "case", "list"}, "guess-10");
    REQUIRE(last.exitCode == 4);
    REQUIRE(nlohmann::json::parse(last.err).at("error").at("code") == "wiped");
    REQUIRE_FALSE(veldwerk::vault::Vault::exists(tmp / "vault"));
    const auto after = cli.run({"case", "list"}, kPass);
    REQUIRE(after.exitCode == 5);
    REQUIRE_THAT(after.err, Catch::Contains("no vault"));
}

TEST_CASE("cli: the failure limit is configurable at init") {
    TempDir tmp;
    CliRunner cli(tmp / "vault");
    REQUIRE(cli.init(kPass, {"--max-failures", "2"}).exitCode == 0);
    REQUIRE(cli.run({"case", "list"}, "guess-one").exitCode == 3);
    REQUIRE(cli.run({"case", "list"}, "guess-two").exitCode == 4);
}

TEST_CASE("cli: passphrase change re-keys and keeps the data") {
    TempDir tmp;
    CliRunner cli(tmp / "vault");
    REQUIRE(cli.init(kPass).exitCode == 0);
    REQUIRE(cli.run({"case", "add", "--name", "Gezin Sleutel"}, kPass).exitCode == 0);
    const auto changed =
        cli.run({"passphrase", "change"}, kPass, {{"VELDWERK_NEW_PASSPHRASE", "new-sleutel-99"}});
    REQUIRE(changed.exitCode == 0);
    REQUIRE(cli.run({"case", "list"}, kPass).exitCode == 3);
    REQUIRE(cli.json({"case", "list"}, "new-sleutel-99").at("cases")[0].at("name") ==
            "Gezin Sleutel");
}

TEST_CASE("cli: wipe removes the vault") {
    TempDir tmp;
    CliRunner cli(tmp / "vault");
    REQUIRE(cli.init(kPass).exitCode == 0);
    REQUIRE(cli.run({"wipe"}, "").exitCode == 0);
    REQUIRE_FALSE(veldwerk::vault::Vault::exists(tmp / "vault"));
}

TEST_CASE("cli: usage errors and missing passphrases are clear and exit non-zero") {
    TempDir tmp;
    CliRunner cli(tmp / "vault");
    REQUIRE(cli.init(kPass).exitCode == 0);
    const auto unknown = cli.run({"case", "explode"}, kPass);
    REQUIRE(unknown.exitCode == 2);
    REQUIRE_THAT(unknown.err, Catch::Contains("unknown command"));
    const auto missingName = cli.run({"case", "add"}, kPass);
    REQUIRE(missingName.exitCode == 2);
    REQUIRE_THAT(missingName.err, Catch::Contains("--name"));
    const auto noPass =
        runProcess({VELDWERK_CLI_PATH, "--vault", (tmp / "vault").string(), "case", "list"},
                   {{"VELDWERK_PASSPHRASE", ""}});
    REQUIRE(noPass.exitCode == 1);
    REQUIRE_THAT(noPass.err, Catch::Contains("VELDWERK_PASSPHRASE"));
    const auto notFound = cli.run({"case", "show", "abcdef"}, kPass);
    REQUIRE(notFound.exitCode == 5);
}
