// The server keeps nothing in memory between requests, so several instances can serve one
// PostgreSQL behind a load balancer. Two real veldwerk-server processes on one database: devices
// on either instance see each other's work, concurrent syncs through both keep every change and
// every disagreement, and the login limit is shared.
#include <set>
#include <thread>

#include "tests/e2e/sync/sync_world.h"

using namespace veldwerk::testing;
using nlohmann::json;

namespace {

std::map<std::string, std::string> answersOf(const Device& d, const std::string& assessment) {
    std::map<std::string, std::string> out;
    const auto shown = d.show(assessment);  // the loop must not outlive it
    for (const auto& a : shown.at("answers")) {
        out[a.at("item").get<std::string>()] =
            a.at("value").is_null() ? "" : a.at("value").get<std::string>();
    }
    return out;
}

std::set<std::string> conflictItems(const Device& d) {
    std::set<std::string> items;
    const auto listed = d.json({"conflicts", "list"});
    for (const auto& c : listed.at("conflicts")) {
        items.insert(c.at("item").get<std::string>());
    }
    return items;
}

}  // namespace

TEST_CASE("sync: two server instances on one PostgreSQL serve as one") {
    SyncWorld world(Backend::Postgres);
    const auto logs = world.dir() / "second";
    std::filesystem::create_directories(logs);
    ServerProcess second(VELDWERK_SERVER_PATH, world.server().dbUrl(), logs);
    second.start();

    auto anna = world.device("anna");                    // instance 1
    auto gijs = world.device("gijs", "", second.url());  // instance 2

    const std::string caseId = anna.json({"case", "add", "--name", "Gezin Tweemaal"}).at("id");
    const std::string child = anna.json({"person", "add", "--case", caseId, "--role", "kind",
                                         "--name", "Lotte", "--born", "2017-03-03"})
                                  .at("id");
    anna.ok({"consent", "add", "--case", caseId, "--for", "gi", "--by", "vader"});
    anna.ok({"member", "add", "--case", caseId, "--user", "gijs", "--role", "gi"});
    const std::string rt = anna.json({"assessment", "new", "--case", caseId, "--form",
                                      "risicotaxatie", "--subject", child})
                               .at("id");
    anna.sync();
    const auto first = gijs.sync();
    REQUIRE(first.at("casesAdded").size() == 1);

    // Offline, both answer; the judgement item differently, the others alike or alone.
    anna.set(rt, "oordeel_veiligheid", "onveilig");
    gijs.set(rt, "oordeel_veiligheid", "voorwaardelijk_veilig");
    anna.set(rt, "sig_letsel", "ja");
    gijs.set(rt, "sig_letsel", "ja");
    anna.set(rt, "kind_jong", "nee");
    gijs.set(rt, "acuut_letsel", "nee");

    // Both sync at the same moment, each through its own instance, a few rounds.
    for (int round = 0; round < 3; ++round) {
        std::thread a([&] { anna.sync(); });
        std::thread g([&] { gijs.sync(); });
        a.join();
        g.join();
    }
    anna.sync();
    gijs.sync();

    const auto annaSees = answersOf(anna, rt);
    CHECK(annaSees == answersOf(gijs, rt));
    CHECK(annaSees.at("sig_letsel") == "ja");
    CHECK(annaSees.at("kind_jong") == "nee");
    CHECK(annaSees.at("acuut_letsel") == "nee");
    CHECK(conflictItems(anna) == std::set<std::string>{"oordeel_veiligheid"});
    CHECK(conflictItems(gijs) == std::set<std::string>{"oordeel_veiligheid"});

    SECTION("a login failure counted on one instance counts on the other") {
        // A fresh vault tries to enrol with a wrong password, alternating instances.
        Device intruder(world.dir() / "intruder", "anna");
        REQUIRE(intruder.cli().init(kDevicePassphrase).exitCode == 0);
        const std::vector<std::string> urls = {world.server().url(), second.url()};
        for (int i = 0; i < 5; ++i) {
            const auto r = intruder.cli().run(
                {"enroll", "--server", urls[static_cast<std::size_t>(i % 2)], "--user", "anna"},
                kDevicePassphrase, {{"VELDWERK_PASSWORD", "wrong-password"}});
            INFO(r.err);
            CHECK(r.exitCode != 0);
            CHECK(r.err.find("429") == std::string::npos);
        }
        const auto limited =
            intruder.cli().run({"enroll", "--server", second.url(), "--user", "anna"},
                               kDevicePassphrase, {{"VELDWERK_PASSWORD", kUserPassword}});
        INFO(limited.err);
        CHECK(limited.exitCode != 0);
        CHECK(limited.err.find("429") != std::string::npos);
    }
}
