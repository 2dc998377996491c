// Randomized convergence: several devices (two of them the same JGT worker's), random offline
// edits that often touch the same items, random sync orders, syncs interrupted by killing the
// server, conflicts resolved now and then. After everyone syncs, every device shows the same
// answers and the same open conflicts, for every seed.
#include <random>
#include <set>
#include <thread>

#include "tests/e2e/sync/sync_world.h"

using namespace veldwerk::testing;
using nlohmann::json;

namespace {

struct State {
    std::map<std::string, std::string> answers;
    std::map<std::string, std::set<std::string>> conflicts;
    bool operator==(const State&) const = default;
};

State stateOf(const Device& d, const std::string& assessment) {
    State s;
    const auto shown = d.show(assessment);  // the loops must not outlive it
    for (const auto& a : shown.at("answers")) {
        s.answers[a.at("item").get<std::string>()] =
            a.at("value").is_null() ? "" : a.at("value").get<std::string>();
    }
    const auto listed = d.json({"conflicts", "list"});
    for (const auto& c : listed.at("conflicts")) {
        if (c.at("assessment") != assessment) {
            continue;
        }
        auto& sides = s.conflicts[c.at("item").get<std::string>()];
        for (const auto& side : c.at("sides")) {
            sides.insert(side.at("value").get<std::string>());
        }
    }
    return s;
}

void runSeed(SyncWorld& world, unsigned seed, const TempDir& logs) {
    INFO("seed " << seed);
    std::mt19937 rng(seed);
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };

    auto anna = world.device("anna", "a");
    auto annaTablet2 = world.device("anna", "b");
    auto gijs = world.device("gijs");
    const std::string caseId = anna.json({"case", "add", "--name", "Gezin Random"}).at("id");
    const std::string child = anna.json({"person", "add", "--case", caseId, "--role", "kind",
                                         "--name", "Kim", "--born", "2015-01-01"})
                                  .at("id");
    anna.ok({"consent", "add", "--case", caseId, "--for", "gi", "--by", "vader"});
    anna.ok({"member", "add", "--case", caseId, "--user", "gijs", "--role", "gi"});
    const std::string rt = anna.json({"assessment", "new", "--case", caseId, "--form",
                                      "risicotaxatie", "--subject", child})
                               .at("id");
    anna.sync();
    annaTablet2.sync();
    gijs.sync();

    std::vector<Device*> devices = {&anna, &annaTablet2, &gijs};
    const std::vector<std::string> items = {"sig_letsel", "acuut_letsel", "kind_jong",
                                            "oordeel_veiligheid", "bronnen"};
    const std::map<std::string, std::vector<std::string>> values = {
        {"sig_letsel", {"ja", "nee", "onbekend"}},
        {"acuut_letsel", {"ja", "nee"}},
        {"kind_jong", {"ja", "nee"}},
        {"oordeel_veiligheid", {"veilig", "voorwaardelijk_veilig", "onveilig"}},
        {"bronnen", {"eigen_observatie", "gesprek_ouder", "eigen_observatie,gesprek_kind"}}};

    for (int step = 0; step < 24; ++step) {
        Device& d = *devices[static_cast<std::size_t>(pick(3))];
        const int action = pick(10);
        if (action < 6) {
            const auto& item = items[static_cast<std::size_t>(pick(5))];
            const auto& options = values.at(item);
            d.set(rt, item,
                  options[static_cast<std::size_t>(pick(static_cast<int>(options.size())))]);
        } else if (action < 8) {
            d.sync();
        } else if (action < 9) {
            BackgroundProcess sync(
                {VELDWERK_CLI_PATH, "--vault", d.cli().vaultDir().string(), "sync"},
                {{"VELDWERK_PASSPHRASE", kDevicePassphrase}}, (logs / "sync.log").string());
            std::this_thread::sleep_for(std::chrono::microseconds(pick(40000)));
            world.server().kill();
            sync.wait();
            world.server().start();
        } else {
            // The JGT worker resolves one open conflict on one of her tablets.
            Device& jgt = pick(2) == 0 ? anna : annaTablet2;
            json open = json::array();
            const auto listed = jgt.json({"conflicts", "list"});
            for (const auto& c : listed.at("conflicts")) {
                if (c.at("assessment") == rt) {
                    open.push_back(c);
                }
            }
            if (!open.empty()) {
                const auto& c = open.at(0);
                const auto& sides = c.at("sides");
                const std::string value =
                    sides.at(static_cast<std::size_t>(pick(static_cast<int>(sides.size()))))
                        .at("value");
                jgt.ok({"conflict", "resolve", rt, c.at("item"), value});
            }
        }
    }
    // Everyone comes online; two rounds so that every device has seen every other's writes.
    for (int round = 0; round < 2; ++round) {
        for (Device* d : devices) {
            d->sync();
        }
    }
    const auto expected = stateOf(anna, rt);
    for (Device* d : devices) {
        INFO(d->user());
        REQUIRE(stateOf(*d, rt) == expected);
    }
}

}  // namespace

TEST_CASE("sync: random offline edits, orders and interruptions converge for every seed") {
    SyncWorld world(Backend::Sqlite);
    TempDir logs;
    for (unsigned seed = 1; seed <= 12; ++seed) {
        runSeed(world, seed, logs);
    }
}
