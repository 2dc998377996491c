// Emergency access at the service level, on SQLite and PostgreSQL: who may ask, that a reason is
// required, and that the 24-hour membership ends after 24 hours (the clock is the test's), but
// not when a JGT member has made it a regular membership meanwhile.
#include <algorithm>
#include <catch2/catch.hpp>

#include "sync/server/accountability/emergency_access.h"
#include "sync/server/api_error.h"
#include "sync/server/transaction.h"
#include "tests/sync/server/server_world.h"

using namespace veldwerk::testing;
using namespace veldwerk::sync;
using namespace veldwerk::sync::server;

namespace {

std::string refusalCode(ServerWorld& w, const Caller& who, const EmergencyAccessRequest& r) {
    try {
        inTransaction(w.db(), SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
            EmergencyAccess(w.db()).open(who, r, wallNowMs());
            tx.commit();
        });
    } catch (const ApiError& e) {
        return e.code();
    }
    return "granted";
}

bool inScope(ServerWorld& w, const Caller& who, const std::string& caseId) {
    const auto scope = w.pull(who).scope;
    return std::find(scope.begin(), scope.end(), caseId) != scope.end();
}

}  // namespace

TEST_CASE("emergency access: reason required, own organisation, 24 hours") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    ServerWorld w(backend);
    const auto anna = w.user("anna", "jgt", std::string("Team Noord"));
    const auto piet = w.user("piet", "jgt", std::string("Team Zuid"));
    const auto zoe = w.user("zoe", "supervisor", std::string("Team Zuid"));
    const auto gijs = w.user("gijs", "gi");
    const auto caseId = w.newCase(anna);

    CHECK(refusalCode(w, piet, {caseId, ""}) == "reason_required");
    CHECK(refusalCode(w, piet, {caseId, " \n "}) == "reason_required");
    CHECK(refusalCode(w, gijs, {caseId, "crisis"}) == "forbidden");
    CHECK(refusalCode(w, piet, {newId(), "crisis"}) == "not_found");
    CHECK(refusalCode(w, anna, {caseId, "crisis"}) == "already_member");
    CHECK_FALSE(inScope(w, piet, caseId));

    const auto now = wallNowMs();
    CHECK(refusalCode(w, piet, {caseId, "Politie aan de deur"}) == "granted");
    CHECK(refusalCode(w, zoe, {caseId, "Crisis, collega ziek"}) == "granted");
    CHECK(inScope(w, piet, caseId));
    CHECK(inScope(w, zoe, caseId));
    const auto member = w.field(anna, caseId, "member", caseId + ":" + piet.userId, "role");
    REQUIRE(member);
    CHECK(member->value == std::optional<std::string>("jgt"));
    CHECK(w.count("SELECT COUNT(*) FROM audit_log WHERE event = 'emergency' AND case_id = '" +
                  caseId + "'") == 2);

    // Meanwhile a JGT member makes the supervisor's access a regular membership.
    // (writing the same role: unchanged, but confirmed by a JGT member of the case).
    REQUIRE(w.addMember(anna, caseId, zoe, "supervisor").outcome == PushOutcome::Unchanged);

    endLapsedEmergencyAccess(w.db(), piet, now + kEmergencyAccessMs - 60'000);
    CHECK(inScope(w, piet, caseId));
    endLapsedEmergencyAccess(w.db(), piet, now + kEmergencyAccessMs + 60'000);
    CHECK_FALSE(inScope(w, piet, caseId));  // the device purges it
    const auto ended = w.field(anna, caseId, "member", caseId + ":" + piet.userId, "role");
    REQUIRE(ended);
    CHECK_FALSE(ended->value);
    endLapsedEmergencyAccess(w.db(), zoe, now + kEmergencyAccessMs + 60'000);
    CHECK(inScope(w, zoe, caseId));  // a regular member now
    CHECK(w.count("SELECT COUNT(*) FROM emergency_access WHERE ended_at IS NOT NULL") == 2);
}
