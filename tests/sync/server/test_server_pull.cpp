// Pulls on both backends: the scope computed from the token (GI only with membership, which needs
// consent; supervisors see their team's cases), paging with a cursor, one case fetched whole,
// consent withdrawal ending GI memberships, the read audit, and the no-op pull.
#include <catch2/catch.hpp>
#include <set>

#include "sync/server/directory/directory.h"
#include "tests/sync/server/server_world.h"

using namespace veldwerk::sync;
using namespace veldwerk::sync::server;
using namespace veldwerk::testing;

namespace {

std::set<std::string> casesIn(const PullResponse& r) {
    std::set<std::string> out;
    for (const auto& c : r.changes) {
        out.insert(c.caseId);
    }
    return out;
}

bool hasUser(const PullResponse& r, const Caller& who) {
    for (const auto& u : r.users) {
        if (u.id == who.userId) {
            return true;
        }
    }
    return false;
}

}  // namespace

TEST_CASE("pull: the scope comes from the token's user") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    ServerWorld w(backend);
    const auto anna = w.user("anna", "jgt", "Team Noord");
    const auto piet = w.user("piet", "jgt", "Team Zuid");
    const auto gijs = w.user("gijs", "gi");
    const auto sanne = w.user("sanne", "supervisor", "Team Noord");
    const auto noord = w.newCase(anna);
    const auto zuid = w.newCase(piet);

    SECTION("a GI user without membership gets nothing, not even by asking for the case") {
        const auto r = w.pull(gijs);
        CHECK(r.changes.empty());
        CHECK(r.scope.empty());
        CHECK(w.pull(gijs, 0, noord).changes.empty());
        CHECK(w.count("SELECT COUNT(*) FROM audit_log WHERE event = 'read'") == 0);
    }
    SECTION("members get their cases only") {
        const auto r = w.pull(anna);
        CHECK(r.scope == std::vector<std::string>{noord});
        CHECK(casesIn(r) == std::set<std::string>{noord});
        CHECK(w.pull(anna, 0, zuid).changes.empty());
    }
    SECTION("a supervisor sees every case of their team, and only those") {
        const auto r = w.pull(sanne);
        CHECK(r.scope == std::vector<std::string>{noord});
        CHECK(casesIn(r) == std::set<std::string>{noord});
        CHECK(hasUser(r, anna));
        CHECK_FALSE(hasUser(r, piet));
    }
    SECTION("after consent and membership the GI user gets the case, whole") {
        w.giveConsent(anna, noord);
        REQUIRE(w.addMember(anna, noord, gijs, "gi").outcome == PushOutcome::Applied);
        const auto r = w.pull(gijs);
        CHECK(r.scope == std::vector<std::string>{noord});
        const auto whole = w.pull(gijs, 0, noord);
        CHECK(whole.changes.size() == r.changes.size());
        CHECK(hasUser(r, anna));
        CHECK(w.count("SELECT COUNT(*) FROM audit_log WHERE event = 'read' AND user_id = '" +
                      gijs.userId + "' AND case_id = '" + noord + "'") == 2);
    }
    SECTION("a JGT user sees the professionals they may add") {
        const auto r = w.pull(anna);
        CHECK(hasUser(r, gijs));
        CHECK(hasUser(r, sanne));
    }
    SECTION("colleagues come with the full name an admin set, else only their login") {
        w.inWrite([](SqlConnection& db) { Directory(db).setFullName("gijs", "Gijs Bakker"); });
        const auto r = w.pull(anna);
        for (const auto& u : r.users) {
            if (u.id == gijs.userId) {
                CHECK(u.name == "gijs");
                CHECK(u.fullName == "Gijs Bakker");
            } else {
                CHECK(u.fullName.empty());
            }
        }
        CHECK_THROWS_AS(w.inWrite([](SqlConnection& db) {
            Directory(db).setFullName("gijs", std::string("Gijs\nBakker"));
        }),
                        DirectoryError);
        CHECK_THROWS_AS(
            w.inWrite([](SqlConnection& db) { Directory(db).setFullName("nobody", "Niemand"); }),
            DirectoryError);
    }
}

TEST_CASE("pull: withdrawing consent ends the GI memberships of the case") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    ServerWorld w(backend);
    const auto anna = w.user("anna", "jgt", "Team Noord");
    const auto gijs = w.user("gijs", "gi");
    const auto caseId = w.newCase(anna);
    const auto consent = w.giveConsent(anna, caseId);
    REQUIRE(w.addMember(anna, caseId, gijs, "gi").outcome == PushOutcome::Applied);
    REQUIRE(w.pull(gijs).scope.size() == 1);

    const auto r = w.pushOne(
        anna, w.change(anna, caseId, "consent", consent, "withdrawn_at", "1700000000000"));
    CHECK(r.outcome == PushOutcome::Applied);
    const auto afterGi = w.pull(gijs);
    CHECK(afterGi.scope.empty());
    CHECK(afterGi.changes.empty());
    // Everyone else sees the membership end as a field change.
    const auto member = w.field(anna, caseId, "member", caseId + ":" + gijs.userId, "role");
    REQUIRE(member);
    CHECK_FALSE(member->value.has_value());
    CHECK(member->version == 2);
    // The device's own removal of the member meets an equal value.
    CHECK(w.pushOne(anna, w.change(anna, caseId, "member", caseId + ":" + gijs.userId, "role",
                                   std::nullopt, 1))
              .outcome == PushOutcome::Unchanged);
    // Re-adding needs a new consent.
    CHECK(w.addMember(anna, caseId, gijs, "gi").outcome == PushOutcome::Refused);
    w.giveConsent(anna, caseId);
    CHECK(w.addMember(anna, caseId, gijs, "gi").outcome == PushOutcome::Applied);
    CHECK(w.pull(gijs).scope.size() == 1);
}

TEST_CASE("pull: any change that ends the GI consent ends the GI memberships like a withdrawal") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    const std::string how = GENERATE(as<std::string>{}, "for_role null", "for_role jgt",
                                     "given_by null", "record tombstoned");
    INFO(backend << ", " << how);
    ServerWorld w(backend);
    const auto anna = w.user("anna", "jgt", "Team Noord");
    const auto gijs = w.user("gijs", "gi");
    const auto caseId = w.newCase(anna);
    const auto consent = w.giveConsent(anna, caseId);
    REQUIRE(w.addMember(anna, caseId, gijs, "gi").outcome == PushOutcome::Applied);
    REQUIRE(w.pull(gijs).scope.size() == 1);

    std::vector<OutgoingChange> ending;
    if (how == "for_role null" || how == "record tombstoned") {
        ending.push_back(w.change(anna, caseId, "consent", consent, "for_role", std::nullopt, 1));
    }
    if (how == "for_role jgt") {
        ending.push_back(w.change(anna, caseId, "consent", consent, "for_role", "jgt", 1));
    }
    if (how == "given_by null" || how == "record tombstoned") {
        ending.push_back(w.change(anna, caseId, "consent", consent, "given_by", std::nullopt, 1));
    }
    for (const auto& r : w.push(anna, ending).results) {
        CHECK(r.outcome == PushOutcome::Applied);
    }
    CHECK(w.pull(gijs).scope.empty());
    const auto member = w.field(anna, caseId, "member", caseId + ":" + gijs.userId, "role");
    REQUIRE(member);
    CHECK_FALSE(member->value.has_value());
    // No write access left either.
    CHECK(w.pushOne(gijs, w.change(gijs, caseId, "person", newId(), "name", "X")).outcome ==
          PushOutcome::Refused);
    CHECK(w.addMember(anna, caseId, gijs, "gi").outcome == PushOutcome::Refused);
}

TEST_CASE("pull: pages by cursor, a finished pull moves the cursor to the top") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    ServerWorld w(backend);
    const auto anna = w.user("anna", "jgt", "Team Noord");
    const auto piet = w.user("piet", "jgt", "Team Zuid");
    const auto mine = w.newCase(anna);
    std::vector<OutgoingChange> changes;
    for (int i = 0; i < 7; ++i) {
        changes.push_back(w.change(anna, mine, "person", newId(), "name", "P"));
    }
    w.push(anna, changes);
    const auto theirs = w.newCase(piet);  // later changes outside anna's scope

    std::int64_t cursor = 0;
    std::vector<std::int64_t> seqs;
    for (int page = 0; page < 10; ++page) {
        const auto r = w.pull(anna, cursor, std::nullopt, 3);
        for (const auto& c : r.changes) {
            CHECK(c.caseId == mine);
            seqs.push_back(c.seq);
        }
        CHECK(r.cursor >= cursor);
        cursor = r.cursor;
        if (!r.more) {
            break;
        }
    }
    CHECK(seqs.size() == 9);  // member, name, 7 persons
    CHECK(std::is_sorted(seqs.begin(), seqs.end()));
    const auto top = w.count("SELECT value FROM counters");
    CHECK(cursor == top);
    (void)theirs;

    // A case fetched whole pages within the case; its cursor is the last change it sent.
    std::int64_t caseCursor = 0;
    std::size_t fetched = 0;
    for (int page = 0; page < 10; ++page) {
        const auto r = w.pull(anna, caseCursor, mine, 4);
        fetched += r.changes.size();
        CHECK(r.cursor == (r.changes.empty() ? caseCursor : r.changes.back().seq));
        caseCursor = r.cursor;
        if (!r.more) {
            break;
        }
    }
    CHECK(fetched == 9);
    CHECK(caseCursor < top);

    // A no-op pull sends nothing and writes nothing.
    const auto auditBefore = w.count("SELECT COUNT(*) FROM audit_log");
    const auto again = w.pull(anna, cursor);
    CHECK(again.changes.empty());
    CHECK_FALSE(again.more);
    CHECK(again.cursor == cursor);
    CHECK(w.count("SELECT COUNT(*) FROM audit_log") == auditBefore);
    // Only the latest state of a field is sent.
    const auto person = changes[0].entityId;
    w.pushOne(anna, w.change(anna, mine, "person", person, "name", "Q", 1));
    w.pushOne(anna, w.change(anna, mine, "person", person, "name", "R", 2));
    const auto latest = w.pull(anna, cursor);
    REQUIRE(latest.changes.size() == 1);
    CHECK(latest.changes[0].value == "R");
    CHECK(latest.changes[0].version == 3);
}
