// Home visits end to end (issue 10): a real veldwerk-server and devices driven through
// veldwerk-cli. The JGT worker starts a visit offline with a position, the GI colleague joins it
// on their own tablet, both sync: the visit and both check-ins are on both devices and on the
// server (seen through the supervisor's device, which pulls the team's cases). RT3 blocks ending
// the visit until the Veilig Thuis action is recorded. Overdue visits and alerts reach the
// supervisor's device and `admin visits overdue`.
#include <chrono>
#include <thread>

#include "tests/e2e/sync/sync_world.h"

using namespace veldwerk::testing;
using nlohmann::json;

namespace {

struct VisitCase {
    std::string caseId;
    std::string child;
    std::string rt;
};

// The JGT worker prepares a case with a child, GI consent and membership and a risicotaxatie,
// and both workers sync.
VisitCase prepare(Device& anna, Device& gijs) {
    VisitCase c;
    c.caseId = anna.json({"case", "add", "--name", "Gezin Veldman"}).at("id");
    c.child = anna.json({"person", "add", "--case", c.caseId, "--role", "kind", "--name", "Noor",
                         "--born", "2019-06-01"})
                  .at("id");
    anna.ok({"consent", "add", "--case", c.caseId, "--for", "gi", "--by", "moeder"});
    anna.ok({"member", "add", "--case", c.caseId, "--user", "gijs", "--role", "gi"});
    c.rt = anna.json({"assessment", "new", "--case", c.caseId, "--form", "risicotaxatie",
                      "--subject", c.child})
               .at("id");
    anna.sync();
    gijs.sync();
    return c;
}

const json& professional(const json& visit, const std::string& user) {
    for (const auto& p : visit.at("professionals")) {
        if (p.at("user") == user) {
            return p;
        }
    }
    FAIL("no professional " << user << " on the visit: " << visit.dump());
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("visits: started offline, joined on the other tablet, synced, RT3 blocks its end") {
    const auto backend = GENERATE(Backend::Sqlite, Backend::Postgres);
    INFO(name(backend));
    SyncWorld world(backend);
    auto anna = world.device("anna");
    auto gijs = world.device("gijs");
    auto sanne = world.device("sanne");
    const auto c = prepare(anna, gijs);

    // At the door, offline: the visit starts anyway, with the position the tablet had.
    world.server().stop();
    const auto started =
        anna.json({"visit", "start", "--case", c.caseId, "--expect-minutes", "60", "--present",
                   c.child, "--lat", "52.158400", "--lon", "4.532100", "--accuracy", "12"});
    REQUIRE(started.at("synced") == false);
    const std::string visitId = started.at("id");
    REQUIRE(visitId.size() == 32);
    // The text output is the visit id alone (scripts read it).
    {
        const auto listed = anna.json({"visit", "list", "--case", c.caseId});
        REQUIRE(listed.at("visits").size() == 1);
        REQUIRE(listed.at("visits").at(0).at("running") == true);
    }

    // Back in reach: the JGT tablet syncs, the GI colleague pulls the visit and joins it.
    world.server().start();
    anna.sync();
    gijs.sync();
    gijs.ok(
        {"visit", "join", visitId, "--lat", "52.158500", "--lon", "4.532000", "--accuracy", "30"});
    gijs.sync();
    anna.sync();
    sanne.sync();

    for (const Device* d : {&anna, &gijs, &sanne}) {
        INFO("on the device of " << d->user());
        const auto shown = d->json({"visit", "show", visitId});
        REQUIRE(shown.at("case") == c.caseId);
        REQUIRE(shown.at("startedBy") == "anna");
        REQUIRE(shown.at("running") == true);
        REQUIRE(shown.at("present") == json::array({c.child}));
        const auto& a = professional(shown, "anna").at("checkin");
        REQUIRE(a.at("lat").get<double>() == Approx(52.1584));
        REQUIRE(a.at("lon").get<double>() == Approx(4.5321));
        REQUIRE(a.at("accuracy").get<double>() == Approx(12));
        const auto& g = professional(shown, "gijs").at("checkin");
        REQUIRE(g.at("lat").get<double>() == Approx(52.1585));
        REQUIRE(g.at("accuracy").get<double>() == Approx(30));
    }
    // Not overdue: the expected end is an hour away.
    REQUIRE(world.adminJson({"visits", "overdue"}).at("overdue").empty());

    // At the table: the child is unsafe and no action is recorded yet: RT3 blocks the end.
    anna.set(c.rt, "oordeel_veiligheid", "onveilig");
    const auto blocked = anna.run({"visit", "end", visitId, "--no-position", "declined"});
    REQUIRE(blocked.exitCode == 9);
    REQUIRE_THAT(blocked.err, Catch::Contains("RT3"));
    REQUIRE_THAT(blocked.err, Catch::Contains("besluit_acties"));
    REQUIRE(anna.json({"visit", "show", visitId}).at("running") == true);

    anna.set(c.rt, "besluit_acties", "veilig_thuis_melding");
    anna.ok(
        {"visit", "end", visitId, "--lat", "52.158410", "--lon", "4.532110", "--accuracy", "9"});
    anna.sync();
    gijs.sync();
    sanne.sync();
    for (const Device* d : {&anna, &gijs, &sanne}) {
        INFO("on the device of " << d->user());
        const auto shown = d->json({"visit", "show", visitId});
        REQUIRE(shown.at("running") == false);
        REQUIRE(shown.at("instruments") == json::array({c.rt}));
        REQUIRE(professional(shown, "anna").at("checkout").at("accuracy").get<double>() ==
                Approx(9));
    }

    // The server logged the visit's writes in the case's access log.
    const auto log = world.adminJson({"audit", "case", c.caseId}).at("entries");
    bool visitLogged = false;
    for (const auto& e : log) {
        visitLogged = visitLogged || (e.at("entity") == "visit" && e.at("entityId") == visitId);
    }
    REQUIRE(visitLogged);
}

TEST_CASE("visits: only the professional themselves checks in, and supervisors make no visits") {
    SyncWorld world(Backend::Sqlite);
    auto anna = world.device("anna");
    auto gijs = world.device("gijs");
    auto sanne = world.device("sanne");
    const auto c = prepare(anna, gijs);
    sanne.sync();
    const auto r = sanne.run({"visit", "start", "--case", c.caseId});
    REQUIRE(r.exitCode == 8);  // denied on the device; the server refuses it as well
    const std::string visitId =
        anna.json({"visit", "start", "--case", c.caseId, "--no-position", "no_fix"}).at("id");
    gijs.sync();
    gijs.ok({"visit", "join", visitId, "--no-position", "declined"});
    REQUIRE(gijs.run({"visit", "join", visitId}).exitCode == 9);  // already on it
    gijs.sync();
    anna.sync();
    const auto shown = anna.json({"visit", "show", visitId});
    REQUIRE(professional(shown, "anna").at("checkin").at("noPosition") == "no_fix");
    REQUIRE(professional(shown, "gijs").at("checkin").at("noPosition") == "declined");
}

TEST_CASE("visits: an alert reaches the supervisor at once, an overdue visit after the grace") {
    SyncWorld world(Backend::Sqlite);
    auto anna = world.device("anna");
    auto gijs = world.device("gijs");
    auto sanne = world.device("sanne");
    const auto c = prepare(anna, gijs);
    REQUIRE(world.adminJson({"visits", "grace"}).at("graceMinutes") == 15);

    // An alert: sent at once by `visit alert`, listed by the server, on the supervisor's device
    // after her next sync.
    const std::string alerted = anna.json({"visit", "start", "--case", c.caseId, "--lat", "52.1584",
                                           "--lon", "4.5321", "--accuracy", "12"})
                                    .at("id");
    REQUIRE(anna.json({"visit", "alert", alerted}).at("synced") == true);
    auto overdue = world.adminJson({"visits", "overdue", "--team", "Team Noord"}).at("overdue");
    REQUIRE(overdue.size() == 1);
    REQUIRE(overdue.at(0).at("visit") == alerted);
    REQUIRE(overdue.at(0).at("alert") == true);
    REQUIRE(overdue.at(0).at("worker") == "anna");
    REQUIRE(overdue.at(0).at("lastCheckin").at("lat").get<double>() == Approx(52.1584));
    REQUIRE(sanne.json({"visit", "overdue"}).at("overdue").empty());  // not synced yet
    sanne.sync();
    auto onDevice = sanne.json({"visit", "overdue"}).at("overdue");
    REQUIRE(onDevice.size() == 1);
    REQUIRE(onDevice.at(0).at("alert") == true);
    REQUIRE(onDevice.at(0).at("worker") == "anna");
    REQUIRE(onDevice.at(0).at("lastCheckin").at("accuracy").get<double>() == Approx(12));
    // The GI worker is no supervisor: no overdue list on their device.
    gijs.sync();
    REQUIRE(gijs.json({"visit", "overdue"}).at("overdue").empty());
    anna.ok({"visit", "end", alerted});
    anna.sync();

    // Overdue by time: a one-minute visit with no grace, started and synced, then left.
    world.admin({"visits", "grace", "0"});
    const std::string left =
        anna.json({"visit", "start", "--case", c.caseId, "--expect-minutes", "1"}).at("id");
    REQUIRE(world.adminJson({"visits", "overdue"}).at("overdue").empty());
    std::this_thread::sleep_for(std::chrono::seconds(62));
    overdue = world.adminJson({"visits", "overdue"}).at("overdue");
    REQUIRE(overdue.size() == 1);
    REQUIRE(overdue.at(0).at("visit") == left);
    REQUIRE(overdue.at(0).at("alert") == false);
    REQUIRE(world.adminJson({"visits", "overdue", "--team", "Team Noord"}).at("overdue").size() ==
            1);
    sanne.sync();
    onDevice = sanne.json({"visit", "overdue"}).at("overdue");
    REQUIRE(onDevice.size() == 1);
    REQUIRE(onDevice.at(0).at("visit") == left);
    // Ended: no longer overdue anywhere after the next syncs.
    anna.ok({"visit", "end", left});
    anna.sync();
    sanne.sync();
    REQUIRE(world.adminJson({"visits", "overdue"}).at("overdue").empty());
    REQUIRE(sanne.json({"visit", "overdue"}).at("overdue").empty());
    REQUIRE(world.server().admin({"visits", "overdue", "--team", "Geen Team"}).exitCode != 0);
}
