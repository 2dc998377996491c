// End-to-end: several real veldwerk-cli processes on one vault at the same time (as the app and
// the CLI may be). None may report damage or a failed header replacement; a lock held too long
// is reported as "busy"; failed unlocks are all counted.
#include <catch2/catch.hpp>
#include <fstream>
#include <memory>
#include <sstream>

#include "tests/e2e/cli_runner.h"
#include "tests/support/temp_dir.h"

using namespace veldwerk::testing;

namespace {
constexpr const char* kPass = "kitchen-table-2026";

struct Outcome {
    int exitCode = -1;
    std::string output;
};

// Starts every command at once and waits for all of them.
std::vector<Outcome> runTogether(
    const TempDir& tmp, const CliRunner& cli,
    const std::vector<std::pair<std::vector<std::string>, std::string>>& commands) {
    std::vector<std::unique_ptr<BackgroundProcess>> running;
    std::vector<std::string> logs;
    for (std::size_t i = 0; i < commands.size(); ++i) {
        const auto log = (tmp / ("out-" + std::to_string(i) + ".log")).string();
        std::filesystem::remove(log);
        std::vector<std::string> argv = {VELDWERK_CLI_PATH, "--vault", cli.vaultDir().string()};
        argv.insert(argv.end(), commands[i].first.begin(), commands[i].first.end());
        running.push_back(std::make_unique<BackgroundProcess>(
            argv, std::map<std::string, std::string>{{"VELDWERK_PASSPHRASE", commands[i].second}},
            log));
        logs.push_back(log);
    }
    std::vector<Outcome> out;
    for (std::size_t i = 0; i < running.size(); ++i) {
        Outcome o;
        o.exitCode = running[i]->wait();
        std::ifstream in(logs[i]);
        std::stringstream text;
        text << in.rdbuf();
        o.output = text.str();
        out.push_back(o);
    }
    return out;
}
}  // namespace

TEST_CASE("cli: processes working on one vault at once never report damage") {
    TempDir tmp;
    CliRunner cli(tmp / "vault");
    REQUIRE(cli.init(kPass).exitCode == 0);
    REQUIRE(cli.run({"case", "add", "--name", "Gezin Samen"}, kPass).exitCode == 0);
    int busy = 0;
    int added = 0;
    for (int round = 0; round < 25; ++round) {
        const auto outcomes =
            runTogether(tmp, cli,
                        {{{"case", "add", "--name", "Gezin " + std::to_string(round)}, kPass},
                         {{"case", "list"}, kPass},
                         {{"audit", "verify"}, kPass},
                         {{"case", "list"}, "not-the-passphrase"}});
        for (std::size_t i = 0; i < outcomes.size(); ++i) {
            const auto& o = outcomes[i];
            INFO("round " << round << ", process " << i << ": " << o.output);
            REQUIRE_THAT(o.output, !Catch::Contains("damaged") && !Catch::Contains("tampered") &&
                                       !Catch::Contains("cannot replace") &&
                                       !Catch::Contains("cannot be read"));
            if (o.exitCode == 1 && o.output.find("busy") != std::string::npos) {
                ++busy;
                continue;
            }
            REQUIRE(o.exitCode == (i == 3 ? 3 : 0));
            added += i == 0 ? 1 : 0;
        }
        // A wrong passphrase among them is counted; the right ones reset the count.
        REQUIRE(cli.run({"case", "list"}, kPass).exitCode == 0);
    }
    WARN(busy << " of 100 commands reported busy");
    REQUIRE(busy <= 5);
    REQUIRE(cli.json({"case", "list"}, kPass).at("cases").size() ==
            static_cast<std::size_t>(1 + added));
    REQUIRE(cli.run({"audit", "verify"}, kPass).exitCode == 0);
}

TEST_CASE("cli: wrong passphrases tried at once are each counted") {
    TempDir tmp;
    CliRunner cli(tmp / "vault");
    REQUIRE(cli.init(kPass, {"--max-failures", "100"}).exitCode == 0);
    for (int round = 0; round < 4; ++round) {
        std::vector<std::pair<std::vector<std::string>, std::string>> guesses;
        for (int i = 0; i < 5; ++i) {
            guesses.push_back({{"case", "list"}, "guess-" + std::to_string(round * 5 + i)});
        }
        for (const auto& o : runTogether(tmp, cli, guesses)) {
            INFO(o.output);
            REQUIRE(o.exitCode == 3);
        }
    }
    // 20 counted: this one is the 21st.
    const auto next = cli.run({"case", "list"}, "guess-21");
    REQUIRE(next.exitCode == 3);
    REQUIRE_THAT(next.err, Catch::Contains("79 attempts left"));
}
