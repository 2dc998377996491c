// The server is killed (SIGKILL) in the middle of pushes and of pulls, many times; after a final
// clean sync every change is present exactly once on every side: nothing lost, nothing doubled.
#include <random>
#include <thread>

#include "tests/e2e/sync/sync_world.h"

using namespace veldwerk::testing;
using nlohmann::json;

namespace {

// Starts `veldwerk-cli sync` in the background, kills the server after a random moment, waits for
// the sync to give up, restarts the server.
void syncThroughAKill(SyncWorld& world, const Device& d, std::mt19937& rng, const TempDir& tmp) {
    std::uniform_int_distribution<int> delayUs(0, 60000);
    BackgroundProcess sync({VELDWERK_CLI_PATH, "--vault", d.cli().vaultDir().string(), "sync"},
                           {{"VELDWERK_PASSPHRASE", kDevicePassphrase}},
                           (tmp / "sync.log").string());
    std::this_thread::sleep_for(std::chrono::microseconds(delayUs(rng)));
    world.server().kill();
    sync.wait();
    world.server().start();
}

std::map<std::string, std::string> answersOf(const json& shown) {
    std::map<std::string, std::string> out;
    for (const auto& a : shown.at("answers")) {
        out[a.at("item").get<std::string>()] =
            a.at("value").is_null() ? "" : a.at("value").get<std::string>();
    }
    return out;
}

}  // namespace

TEST_CASE("sync: killing the server mid-push and mid-pull loses and doubles nothing") {
    const auto backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(name(backend));
    SyncWorld world(backend);
    TempDir logs;
    auto anna = world.device("anna");
    auto sanne = world.device("sanne");
    std::mt19937 rng(20261123);

    const std::string caseId = anna.json({"case", "add", "--name", "Gezin Kok"}).at("id");
    const std::string plan =
        anna.json({"assessment", "new", "--case", caseId, "--form", "veiligheidsplan"}).at("id");
    anna.sync();

    constexpr int kRounds = 12;
    constexpr int kEntriesPerRound = 8;
    int entries = 0;
    for (int round = 0; round < kRounds; ++round) {
        for (int i = 0; i < kEntriesPerRound; ++i) {
            const std::string entry =
                anna.json({"assessment", "entry", "add", plan, "vp_zorgen"}).at("entry");
            anna.set(plan, "vp_zorgen/" + entry + "/tekst",
                     "zorg " + std::to_string(round) + "." + std::to_string(i));
            ++entries;
        }
        syncThroughAKill(world, anna, rng, logs);   // interrupt a push
        syncThroughAKill(world, sanne, rng, logs);  // interrupt a pull
    }
    anna.sync();
    anna.sync();
    sanne.sync();

    const auto mine = anna.show(plan);
    const auto theirs = sanne.show(plan);
    REQUIRE(answersOf(mine) == answersOf(theirs));
    // Every entry and its text exactly once.
    int texts = 0;
    for (const auto& [item, value] : answersOf(theirs)) {
        if (item.size() > 6 && item.substr(item.size() - 6) == "/tekst") {
            ++texts;
        }
    }
    REQUIRE(texts == entries);
    // Each field was written once, so on the server it has exactly one version.
    for (const auto& a : theirs.at("answers")) {
        INFO(a.at("item"));
        REQUIRE(a.at("serverVersion") == 1);
    }
    REQUIRE(anna.json({"quarantine", "list"}).at("changes").empty());
}
