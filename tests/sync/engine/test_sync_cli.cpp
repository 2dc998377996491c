// veldwerk-cli's sync commands as a script sees them: exit statuses and JSON for enrolment and
// sync failures (sync/cli/README.md), against the real veldwerk-server on loopback.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.h"
#include "tests/support/server_process.h"
#include "tests/support/temp_dir.h"

using namespace veldwerk::testing;

namespace {
constexpr const char* kPassphrase = "apparaat-wachtwoord-1";
constexpr const char* kPassword = "gebruiker-wachtwoord-1";

struct Tablet {
    CliRunner cli;
    explicit Tablet(const std::filesystem::path& dir) : cli(dir) {
        REQUIRE(cli.init(kPassphrase).exitCode == 0);
    }
    ProcessResult run(std::vector<std::string> args, const std::string& password = kPassword) {
        args.insert(args.begin(), "--json");
        return cli.run(args, kPassphrase, {{"VELDWERK_PASSWORD", password}});
    }
};

std::string errorCode(const ProcessResult& r) {
    return nlohmann::json::parse(r.err).at("error").at("code");
}
}  // namespace

TEST_CASE("cli sync: enrolment and sync failures have their own exit statuses") {
    TempDir tmp;
    ServerProcess server(VELDWERK_SERVER_PATH, (tmp / "server.db").string(), tmp.path());
    REQUIRE(server.admin({"org", "add", "JGT Utrecht", "--kind", "jgt"}).exitCode == 0);
    REQUIRE(server
                .admin({"user", "add", "anna", "--org", "JGT Utrecht", "--role", "jgt"},
                       {{"VELDWERK_PASSWORD", kPassword}})
                .exitCode == 0);
    server.start();

    Tablet fresh(tmp / "fresh");
    const auto notEnrolled = fresh.run({"sync"});
    REQUIRE(notEnrolled.exitCode == 9);
    REQUIRE(errorCode(notEnrolled) == "refused");

    const auto wrongPassword =
        fresh.run({"enroll", "--server", server.url(), "--user", "anna"}, "niet-het-wachtwoord");
    REQUIRE(wrongPassword.exitCode == 14);
    REQUIRE(errorCode(wrongPassword) == "unauthenticated");

    const auto plainHttpElsewhere =
        fresh.run({"enroll", "--server", "http://example.org", "--user", "anna"});
    REQUIRE(plainHttpElsewhere.exitCode == 2);

    Tablet withData(tmp / "with-data");
    REQUIRE(withData.run({"case", "add", "--name", "Gezin Lokaal"}).exitCode == 0);
    const auto dataVault = withData.run({"enroll", "--server", server.url(), "--user", "anna"});
    REQUIRE(dataVault.exitCode == 9);
    REQUIRE_THAT(dataVault.err, Catch::Contains("client data"));

    const auto enrolled = fresh.run({"enroll", "--server", server.url(), "--user", "anna"});
    INFO(enrolled.err);
    REQUIRE(enrolled.exitCode == 0);
    const auto answer = nlohmann::json::parse(enrolled.out);
    REQUIRE(answer.at("user") == "anna");
    REQUIRE(answer.at("role") == "jgt");
    REQUIRE(answer.at("sync").at("pushed").at("total") == 0);
    REQUIRE(fresh.run({"enroll", "--server", server.url(), "--user", "anna"}).exitCode == 9);

    REQUIRE(fresh.run({"case", "add", "--name", "Gezin Sync"}).exitCode == 0);
    server.stop();
    const auto offline = fresh.run({"sync"});
    REQUIRE(offline.exitCode == 11);
    REQUIRE(errorCode(offline) == "network");
    const auto status = nlohmann::json::parse(fresh.run({"sync", "status"}).out);
    REQUIRE(status.at("pending") == 2);  // nothing lost

    server.start();
    const auto synced = fresh.run({"sync"});
    REQUIRE(synced.exitCode == 0);
    const auto report = nlohmann::json::parse(synced.out);
    REQUIRE(report.at("pushed").at("total") == 2);
    REQUIRE(report.at("pushed").at("refused") == 0);
    REQUIRE(report.at("pending") == 0);
    REQUIRE(nlohmann::json::parse(fresh.run({"quarantine", "list"}).out).at("changes").empty());
    REQUIRE(nlohmann::json::parse(fresh.run({"conflicts", "list"}).out).at("conflicts").empty());
}
