// Device audit uploads on both backends: only entries the device could have made are filed under
// a case (a case in the user's scope now, or theirs by the entry's time; a time between the
// device's enrolment and the server's time + 24 h); the others are skipped with their reason and
// logged without a case.
#include <catch2/catch.hpp>

#include "sync/server/audit/audit_trail.h"
#include "sync/server/audit/device_audit.h"
#include "sync/server/server_clock.h"
#include "sync/server/transaction.h"
#include "tests/sync/server/server_world.h"

using namespace veldwerk::sync;
using namespace veldwerk::sync::server;
using namespace veldwerk::testing;

namespace {

DeviceAudit::Outcome upload(ServerWorld& w, const Caller& by,
                            const std::vector<AuditUpload>& entries) {
    DeviceAudit::Outcome out;
    inTransaction(w.db(), SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
        out = DeviceAudit(w.db()).store(by, {entries}, wallNowMs());
        tx.commit();
    });
    return out;
}

std::size_t deviceEntries(ServerWorld& w, const std::string& caseId) {
    std::size_t n = 0;
    for (const auto& e : AuditTrail(w.db()).caseLog(caseId)) {
        n += e.source == "device" ? 1 : 0;
    }
    return n;
}

}  // namespace

TEST_CASE(
    "audit upload: entries are filed only under cases the sender may see, at plausible times") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    ServerWorld w(backend);
    const auto anna = w.user("anna", "jgt", "Team Noord");
    const auto piet = w.user("piet", "jgt", "Team Zuid");
    const auto gijs = w.user("gijs", "gi");
    const auto mine = w.newCase(anna);
    const auto pietsCase = w.newCase(piet);
    const auto now = wallNowMs();
    const auto entry = [&](std::int64_t seq, std::int64_t atMs, std::optional<std::string> c) {
        return AuditUpload{seq, atMs, anna.userId, "read", "case", c.value_or(""), std::move(c)};
    };
    const auto out =
        upload(w, anna,
               {entry(1, now, mine),                                            // hers: stored
                entry(2, now, pietsCase),                                       // never hers
                entry(3, 0, mine),                                              // 1970
                entry(4, now + 76LL * 365 * 24 * 3600 * 1000, mine),            // 2100
                entry(5, now + veldwerk::sync::kMaxClockSkewMs - 60000, mine),  // within the skew
                entry(6, now, std::nullopt)});                                  // no case: stored
    CHECK(out.stored == 3);
    REQUIRE(out.skipped.size() == 3);
    CHECK(out.skipped[0].seq == 2);
    CHECK_THAT(out.skipped[0].reason, Catch::Contains("not one this user may see"));
    CHECK(out.skipped[1].seq == 3);
    CHECK_THAT(out.skipped[1].reason, Catch::Contains("before this device was enrolled"));
    CHECK(out.skipped[2].seq == 4);
    CHECK_THAT(out.skipped[2].reason, Catch::Contains("after the server's time"));
    CHECK(deviceEntries(w, mine) == 2);
    CHECK(deviceEntries(w, pietsCase) == 0);
    // The skips are logged, under no case.
    CHECK(w.count("SELECT COUNT(*) FROM audit_log WHERE event = 'audit_refused' AND case_id IS "
                  "NULL") == 3);
    CHECK(w.count("SELECT COUNT(*) FROM audit_log WHERE event = 'audit_refused' AND case_id IS "
                  "NOT NULL") == 0);

    // A GI member whose membership ended: entries from while he was a member (or just after, the
    // purge) are his to upload; those of a case he never joined are not.
    w.giveConsent(anna, mine);
    REQUIRE(w.addMember(anna, mine, gijs, "gi").outcome == PushOutcome::Applied);
    w.pushOne(anna,
              w.change(anna, mine, "member", mine + ":" + gijs.userId, "role", std::nullopt, 1));
    REQUIRE(w.pull(gijs).scope.empty());
    const auto gi = [&](std::int64_t seq, std::int64_t atMs, const std::string& c) {
        return AuditUpload{seq, atMs, gijs.userId, "purge", "case", c, c};
    };
    const auto later = upload(w, gijs, {gi(1, wallNowMs(), mine), gi(2, wallNowMs(), pietsCase)});
    CHECK(later.stored == 1);
    REQUIRE(later.skipped.size() == 1);
    CHECK(later.skipped[0].seq == 2);
}
