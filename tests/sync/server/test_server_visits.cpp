// Visits on the server, both backends: who may write which visit field (the rules the device
// enforces, again), the starter taken from the token, and which visits are overdue at a given
// time (expected end + grace, or an alert; the later of two expected ends counts).
#include <catch2/catch.hpp>

#include "sync/server/visits/overdue_visits.h"
#include "tests/sync/server/server_world.h"

using namespace veldwerk::sync;
using namespace veldwerk::sync::server;
using namespace veldwerk::testing;

namespace {
std::string stamp(std::int64_t at) {
    return R"({"at":)" + std::to_string(at) +
           R"(,"lat":52.1584,"lon":4.5321,"accuracy":14,"fixAt":)" + std::to_string(at) + "}";
}
}  // namespace

TEST_CASE("visits: the server checks every visit field again and knows who started it") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    ServerWorld world(backend);
    auto anna = world.user("anna", "jgt", "Team Noord");
    auto gijs = world.user("gijs", "gi");
    auto sanne = world.user("sanne", "supervisor", "Team Noord");
    const auto caseId = world.newCase(anna);
    world.giveConsent(anna, caseId);
    REQUIRE(world.addMember(anna, caseId, gijs, "gi").outcome == PushOutcome::Applied);
    const auto v = newId();
    const std::int64_t start = 1'700'000'000'000;
    const auto r = world.push(
        anna,
        {world.change(anna, caseId, "visit", v, "case_id", caseId),
         world.change(anna, caseId, "visit", v, "started_at", std::to_string(start)),
         world.change(anna, caseId, "visit", v, "started_by", anna.userId),
         world.change(anna, caseId, "visit", v, "expected_end", std::to_string(start + 60 * 60000)),
         world.change(anna, caseId, "visit", v, "checkin@" + anna.userId, stamp(start))});
    for (const auto& x : r.results) {
        INFO(x.reason);
        REQUIRE(x.outcome == PushOutcome::Applied);
    }
    const auto refused = [&](const Caller& by, const std::string& field,
                             std::optional<std::string> value) {
        const auto res = world.pushOne(by, world.change(by, caseId, "visit", v, field, value));
        INFO(field << ": " << res.reason);
        return res.outcome == PushOutcome::Refused;
    };
    CHECK(refused(gijs, "checkin@" + anna.userId, stamp(start)));  // not his own
    CHECK(refused(gijs, "started_by", gijs.userId));               // not the starter
    CHECK(refused(gijs, "checkin@" + gijs.userId, "somewhere"));   // not a stamp
    CHECK(refused(gijs, "ended_at", "soon"));                      // not a time
    CHECK(refused(gijs, "colour", "blauw"));                       // no such field
    CHECK(refused(sanne, "alert@" + sanne.userId, "1"));           // supervisors make no visits
    CHECK_FALSE(refused(gijs, "checkin@" + gijs.userId, stamp(start + 5)));
    CHECK(world.count("SELECT COUNT(*) FROM visit_checkins") == 2);
    CHECK(world.count("SELECT COUNT(*) FROM visits WHERE started_by = '" + anna.userId + "'") == 1);

    // Overdue: past expected end + grace (15 min), or with an alert, and only while not ended.
    const auto at = [&](std::int64_t minutes) {
        return overdueVisits(world.db(), start + minutes * 60000, std::nullopt).size();
    };
    CHECK(at(60 + 14) == 0);
    CHECK(at(60 + 16) == 1);
    // A later expected end from the other professional counts, an earlier one does not.
    CHECK_FALSE(refused(gijs, "expected_end", std::to_string(start + 120 * 60000)));
    CHECK(at(60 + 16) == 0);
    const auto earlier = world.pushOne(anna, world.change(anna, caseId, "visit", v, "expected_end",
                                                          std::to_string(start + 30 * 60000), 1));
    CHECK(earlier.outcome != PushOutcome::Refused);
    CHECK(at(60 + 16) == 0);
    CHECK(at(120 + 16) == 1);
    CHECK(overdueVisits(world.db(), start + 136 * 60000, std::string("no-such-team")).empty());
    // An alert makes it overdue at once, with who raised it and the last check-in.
    CHECK_FALSE(refused(gijs, "alert@" + gijs.userId, std::to_string(start + 10 * 60000)));
    const auto alerted = overdueVisits(world.db(), start + 11 * 60000, std::nullopt);
    REQUIRE(alerted.size() == 1);
    CHECK(alerted[0].alertBy == "gijs");
    CHECK(alerted[0].workerName == "anna");
    CHECK(alerted[0].since == start + 10 * 60000);
    CHECK(alerted[0].lastCheckinBy == "gijs");
    // Supervisors of the team get it on their pull; the GI worker does not.
    CHECK(world.pull(sanne).overdue.size() == 1);
    CHECK(world.pull(gijs).overdue.empty());
    // Ended: overdue no more.
    CHECK_FALSE(refused(anna, "ended_at", std::to_string(start + 20 * 60000)));
    CHECK(at(200) == 0);
    CHECK(world.pull(sanne).overdue.empty());
}
