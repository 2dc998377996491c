// End-to-end: damaged vault files met by the real veldwerk-cli. Damage is reported as damage
// (exit 7, code "damaged"), never as a new empty vault or a wrong passphrase, and nothing is
// counted or deleted.
#include <catch2/catch.hpp>
#include <fstream>

#include "core/vault/vault.h"
#include "tests/e2e/cli_runner.h"
#include "tests/support/temp_dir.h"

using namespace veldwerk::testing;

namespace {
constexpr const char* kPass = "kitchen-table-2026";

nlohmann::json readHeader(const std::filesystem::path& dir) {
    std::ifstream in(dir / "vault.header");
    return nlohmann::json::parse(in);
}

void writeHeader(const std::filesystem::path& dir, const nlohmann::json& j) {
    std::ofstream out(dir / "vault.header", std::ios::trunc);
    out << j.dump(2);
}

std::string errorCode(const ProcessResult& r) {
    return nlohmann::json::parse(r.err).at("error").at("code").get<std::string>();
}
}  // namespace

TEST_CASE("cli: a vault database cut to 0 bytes is damaged, not an empty vault") {
    TempDir tmp;
    CliRunner cli(tmp / "vault");
    REQUIRE(cli.init(kPass).exitCode == 0);
    REQUIRE(cli.run({"case", "add", "--name", "Gezin Afgekapt"}, kPass).exitCode == 0);
    std::filesystem::resize_file(tmp / "vault" / "vault-1.db", 0);
    for (const auto& command : {std::vector<std::string>{"--json", "case", "list"},
                                std::vector<std::string>{"--json", "audit", "verify"}}) {
        const auto r = cli.run(command, kPass);
        REQUIRE(r.exitCode == 7);
        REQUIRE(errorCode(r) == "damaged");
        REQUIRE(r.out.empty());
    }
    const auto plain = cli.run({"case", "list"}, kPass);
    REQUIRE_THAT(plain.err, Catch::Contains("vault-1.db is empty"));
    REQUIRE(std::filesystem::file_size(tmp / "vault" / "vault-1.db") == 0);
}

TEST_CASE("cli: a changed generation in the header is damaged and the database stays") {
    TempDir tmp;
    CliRunner cli(tmp / "vault");
    REQUIRE(cli.init(kPass).exitCode == 0);
    REQUIRE(cli.run({"case", "add", "--name", "Gezin Generatie"}, kPass).exitCode == 0);
    const auto original = readHeader(tmp / "vault");
    auto changed = original;
    changed["generation"] = original.at("generation").get<int>() + 1;
    writeHeader(tmp / "vault", changed);
    for (int i = 0; i < 3; ++i) {
        const auto r = cli.run({"--json", "case", "list"}, kPass);
        REQUIRE(r.exitCode == 7);
        REQUIRE(errorCode(r) == "damaged");
    }
    REQUIRE(std::filesystem::exists(tmp / "vault" / "vault-1.db"));
    writeHeader(tmp / "vault", original);
    REQUIRE(cli.json({"case", "list"}, kPass).at("cases").size() == 1);
}

TEST_CASE("cli: a damaged key check never counts the right passphrase as wrong") {
    TempDir tmp;
    CliRunner cli(tmp / "vault");
    REQUIRE(cli.init(kPass, {"--max-failures", "3"}).exitCode == 0);
    REQUIRE(cli.run({"case", "add", "--name", "Gezin Controle"}, kPass).exitCode == 0);
    const auto original = readHeader(tmp / "vault");
    auto changed = original;
    auto check = original.at("keyCheck").get<std::string>();
    check[3] = check[3] == 'a' ? 'b' : 'a';
    changed["keyCheck"] = check;
    writeHeader(tmp / "vault", changed);
    for (int i = 0; i < 6; ++i) {
        const auto r = cli.run({"--json", "case", "list"}, kPass);
        REQUIRE(r.exitCode == 7);
        REQUIRE(errorCode(r) == "damaged");
    }
    REQUIRE(veldwerk::vault::Vault::exists(tmp / "vault"));
    writeHeader(tmp / "vault", original);
    REQUIRE(cli.json({"case", "list"}, kPass).at("cases").size() == 1);
}
