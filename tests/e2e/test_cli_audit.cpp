// End-to-end: the access log through veldwerk-cli, and tamper detection.
#include <catch2/catch.hpp>

#include "core/vault/vault.h"
#include "tests/e2e/cli_runner.h"
#include "tests/support/temp_dir.h"

using namespace veldwerk::testing;

namespace {
constexpr const char* kPass = "audit-passphrase-1";

std::vector<std::string> actionsFor(const nlohmann::json& entries, const std::string& caseId) {
    std::vector<std::string> out;
    for (const auto& e : entries) {
        if (e.at("case") == caseId) {
            out.push_back(e.at("action").get<std::string>());
        }
    }
    return out;
}
}  // namespace

TEST_CASE("cli: each write and read of a case is in the audit list") {
    TempDir tmp;
    CliRunner cli(tmp / "vault");
    REQUIRE(cli.init(kPass).exitCode == 0);
    const auto id =
        cli.json({"case", "add", "--name", "Gezin Log"}, kPass).at("id").get<std::string>();
    cli.json({"case", "show", id}, kPass);
    cli.json({"case", "list"}, kPass);
    const auto entries = cli.json({"audit", "list"}, kPass).at("entries");
    REQUIRE(actionsFor(entries, id) == std::vector<std::string>{"create", "read"});
    bool sawSearch = false;
    for (const auto& e : entries) {
        REQUIRE_FALSE(e.at("user").get<std::string>().empty());
        REQUIRE_FALSE(e.at("device").get<std::string>().empty());
        sawSearch = sawSearch || e.at("action") == "search";
    }
    REQUIRE(sawSearch);
    // Filtered by case.
    REQUIRE(cli.json({"audit", "list", "--case", id}, kPass).at("entries").size() == 2);
    REQUIRE(cli.run({"audit", "verify"}, kPass).exitCode == 0);
}

TEST_CASE("cli: audit verify exits non-zero and names the first altered or removed entry") {
    TempDir tmp;
    CliRunner cli(tmp / "vault");
    REQUIRE(cli.init(kPass).exitCode == 0);
    for (int i = 0; i < 4; ++i) {
        REQUIRE(cli.run({"case", "add", "--name", "Gezin " + std::to_string(i)}, kPass).exitCode ==
                0);
    }
    auto tamper = [&](const std::string& sql) {
        auto v = veldwerk::vault::Vault::open(tmp / "vault", kPass);
        v->db().exec("DROP TRIGGER IF EXISTS audit_log_no_update");
        v->db().exec("DROP TRIGGER IF EXISTS audit_log_no_delete");
        v->db().exec(sql);
    };
    SECTION("altered") {
        tamper("UPDATE audit_log SET action = 'read' WHERE seq = 3");
        const auto r = cli.run({"audit", "verify"}, kPass);
        REQUIRE(r.exitCode == 6);
        REQUIRE_THAT(r.err, Catch::Contains("entry 3"));
        const auto j = nlohmann::json::parse(cli.run({"--json", "audit", "verify"}, kPass).out);
        REQUIRE(j.at("intact") == false);
        REQUIRE(j.at("firstBrokenSeq") == 3);
    }
    SECTION("removed") {
        tamper("DELETE FROM audit_log WHERE seq = 2");
        const auto r = cli.run({"audit", "verify"}, kPass);
        REQUIRE(r.exitCode == 6);
        REQUIRE_THAT(r.err, Catch::Contains("entry 2") && Catch::Contains("missing"));
    }
}
