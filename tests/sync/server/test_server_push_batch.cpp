// Pushes whose changes meet each other inside one batch, on both backends. The server reads a
// batch's fields in bulk and writes them in bulk at the end (FieldBatch), so these check that a
// change sees the ones before it in its batch: two changes of one field, a conflict and its
// resolution in one batch, a set merge on a version written in the batch; that authorization
// still decides per change in a batch mixing cases; and that batches larger than one statement's
// rows read and write every field.
#include <catch2/catch.hpp>
#include <map>

#include "tests/sync/server/server_world.h"

using namespace veldwerk::sync;
using namespace veldwerk::sync::server;
using namespace veldwerk::testing;

namespace {

// A case started by `jgt` with one risicotaxatie in draft; the assessment id.
std::string startAssessment(ServerWorld& w, const Caller& jgt, const std::string& caseId) {
    const auto rt = newId();
    const auto r = w.push(jgt, {w.change(jgt, caseId, "assessment", rt, "case_id", caseId),
                                w.change(jgt, caseId, "assessment", rt, "form", "risicotaxatie.v1"),
                                w.change(jgt, caseId, "assessment", rt, "status", "draft")});
    for (const auto& x : r.results) {
        REQUIRE(x.outcome == PushOutcome::Applied);
    }
    return rt;
}

struct Team {
    ServerWorld world;
    Caller anna;  // JGT, Team Noord
    Caller gijs;  // GI, member of anna's case
    Caller piet;  // JGT, Team Zuid, with a case of his own
    std::string caseId;
    std::string rt;
    std::string pietsCase;
    std::string pietsRt;

    explicit Team(const std::string& backend) : world(backend) {
        anna = world.user("anna", "jgt", "Team Noord");
        gijs = world.user("gijs", "gi");
        piet = world.user("piet", "jgt", "Team Zuid");
        caseId = world.newCase(anna);
        world.giveConsent(anna, caseId);
        REQUIRE(world.addMember(anna, caseId, gijs, "gi").outcome == PushOutcome::Applied);
        rt = startAssessment(world, anna, caseId);
        pietsCase = world.newCase(piet);
        pietsRt = startAssessment(world, piet, pietsCase);
    }

    OutgoingChange answer(const Caller& by, const std::string& item,
                          std::optional<std::string> value, std::int64_t base = 0) {
        return world.change(by, caseId, "answer", rt, item, std::move(value), base);
    }

    std::int64_t historyRows(const std::string& assessment) {
        return world.count(
            "SELECT COUNT(*) FROM field_history WHERE entity = 'answer' AND "
            "entity_id = '" +
            assessment + "'");
    }
};

}  // namespace

TEST_CASE("push batch: a batch mixing cases the user may and may not write") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    Team t(backend);
    auto& w = t.world;
    const auto seq = w.count("SELECT value FROM counters");

    const auto r =
        w.push(t.anna, {t.answer(t.anna, "item_0", "ja"),
                        w.change(t.anna, t.pietsCase, "answer", t.pietsRt, "item_0", "ja"),
                        t.answer(t.anna, "item_1", "ja"),
                        w.change(t.anna, t.pietsCase, "person", newId(), "name", "X"),
                        // anna's case, but a record of piet's case
                        w.change(t.anna, t.caseId, "answer", t.pietsRt, "item_1", "ja"),
                        t.answer(t.anna, "item_2", "ja")});
    REQUIRE(r.results.size() == 6);
    for (const auto i : {0, 2, 5}) {
        CHECK(r.results[i].outcome == PushOutcome::Applied);
        CHECK(r.results[i].version == 1);
    }
    for (const auto i : {1, 3}) {
        CHECK(r.results[i].outcome == PushOutcome::Refused);
        CHECK_THAT(r.results[i].reason, Catch::Contains("not a member"));
    }
    CHECK(r.results[4].outcome == PushOutcome::Refused);
    CHECK_THAT(r.results[4].reason, Catch::Contains("another case"));

    CHECK(w.count("SELECT value FROM counters") == seq + 3);
    CHECK(t.historyRows(t.rt) == 3);
    CHECK(t.historyRows(t.pietsRt) == 0);
    CHECK(w.count("SELECT COUNT(*) FROM fields WHERE entity = 'person'") == 0);
    CHECK(!w.field(t.piet, t.pietsCase, "answer", t.pietsRt, "item_0"));
    CHECK(w.field(t.gijs, t.caseId, "answer", t.rt, "item_2")->value == "ja");
    // The refusals are in piet's case's access log, under anna.
    CHECK(w.count("SELECT COUNT(*) FROM audit_log WHERE outcome = 'refused' AND case_id = '" +
                  t.pietsCase + "' AND user_id = '" + t.anna.userId + "'") >= 1);
}

TEST_CASE("push batch: later changes of a field see the earlier ones of the same batch") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    Team t(backend);
    auto& w = t.world;

    SECTION("the same value twice: applied, then unchanged") {
        const auto r = w.push(t.anna, {t.answer(t.anna, "x", "ja"), t.answer(t.anna, "x", "ja")});
        CHECK(r.results[0].outcome == PushOutcome::Applied);
        CHECK(r.results[1].outcome == PushOutcome::Unchanged);
        CHECK(r.results[1].version == 1);
        CHECK(t.historyRows(t.rt) == 1);
    }

    SECTION("a second write on the first's version applies on it") {
        const auto r =
            w.push(t.anna, {t.answer(t.anna, "x", "ja"), t.answer(t.anna, "x", "nee", 1)});
        CHECK(r.results[0].outcome == PushOutcome::Applied);
        CHECK(r.results[1].outcome == PushOutcome::Applied);
        CHECK(r.results[1].version == 2);
        const auto seen = w.field(t.gijs, t.caseId, "answer", t.rt, "x");
        REQUIRE(seen);
        CHECK(seen->value == "nee");
        CHECK(seen->version == 2);
        CHECK(seen->author == t.anna.userId);
    }

    SECTION("a conflict inside one batch, and its resolution in the same batch") {
        const auto r = w.push(t.anna, {t.answer(t.anna, "x", "ja"), t.answer(t.anna, "x", "nee")});
        CHECK(r.results[0].outcome == PushOutcome::Applied);
        CHECK(r.results[1].outcome == PushOutcome::Conflict);
        CHECK(r.results[1].version == 2);
        const auto seen = w.field(t.gijs, t.caseId, "answer", t.rt, "x");
        REQUIRE(seen);
        CHECK(seen->value == "ja");
        REQUIRE(seen->conflict.size() == 2);
        CHECK(seen->conflict[0].value == "ja");
        CHECK(seen->conflict[1].value == "nee");

        const auto again =
            w.push(t.anna, {t.answer(t.anna, "y", "ja"), t.answer(t.anna, "y", "nee"),
                            t.answer(t.anna, "y", "nee", 2)});
        CHECK(again.results[1].outcome == PushOutcome::Conflict);
        CHECK(again.results[2].outcome == PushOutcome::Applied);
        CHECK(again.results[2].version == 3);
        const auto resolved = w.field(t.gijs, t.caseId, "answer", t.rt, "y");
        REQUIRE(resolved);
        CHECK(resolved->value == "nee");
        CHECK(resolved->conflict.empty());
        const auto history = w.db().query(
            "SELECT version, kind, resolves, sibling FROM field_history WHERE entity = 'answer' "
            "AND field = 'y' ORDER BY version");
        REQUIRE(history.size() == 3);
        CHECK(history[1][1] == SqlValue(std::string("conflict")));
        CHECK(history[2][1] == SqlValue(std::string("resolution")));
        CHECK(history[2][2] == SqlValue(std::string("1,2")));
        for (const auto& h : history) {
            CHECK(h[3] == SqlValue(std::int64_t{0}));
        }
    }

    SECTION("a set merge on a version written earlier in the batch") {
        // besluit_acties is a multi item with merge policy set in risicotaxatie.v1.
        const auto r = w.push(
            t.anna,
            {t.answer(t.anna, "besluit_acties", "informatie_verzamelen"),
             t.answer(t.anna, "besluit_acties", "informatie_verzamelen,veilig_thuis_melding", 1),
             t.answer(t.anna, "besluit_acties", "informatie_verzamelen,veiligheidsplan_nu", 1)});
        CHECK(r.results[1].outcome == PushOutcome::Applied);
        CHECK(r.results[2].outcome == PushOutcome::Merged);
        CHECK(r.results[2].version == 3);
        CHECK(w.field(t.gijs, t.caseId, "answer", t.rt, "besluit_acties")->value ==
              "informatie_verzamelen,veilig_thuis_melding,veiligheidsplan_nu");
    }

    SECTION("an assessment written and answered in one batch") {
        const auto rt2 = newId();
        const auto r = w.push(
            t.anna,
            {w.change(t.anna, t.caseId, "answer", rt2, "besluit_acties", "informatie_verzamelen"),
             w.change(t.anna, t.caseId, "assessment", rt2, "case_id", t.caseId),
             w.change(t.anna, t.caseId, "assessment", rt2, "form", "risicotaxatie.v1"),
             w.change(t.anna, t.caseId, "assessment", rt2, "status", "draft"),
             w.change(t.anna, t.caseId, "answer", rt2, "besluit_acties", "veiligheidsplan_nu")});
        for (const auto& x : r.results) {
            CHECK(x.outcome != PushOutcome::Refused);
        }
        // The form arrived in the batch before the answers were applied: the set policy holds.
        CHECK(r.results[4].outcome == PushOutcome::Merged);
    }
}

TEST_CASE("push batch: batches larger than one statement's rows") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    Team t(backend);
    auto& w = t.world;
    // The protocol's largest batch: more than one bulk read of a record's fields (256 per
    // statement) and than one bulk write (64 rows on SQLite, 256 on PostgreSQL).
    constexpr int kOld = 200;
    constexpr int kAll = 500;
    std::vector<OutgoingChange> first;
    for (int i = 0; i < kOld; ++i) {
        first.push_back(t.answer(t.anna, "item_" + std::to_string(i), "ja"));
    }
    for (const auto& x : w.push(t.anna, first).results) {
        REQUIRE(x.outcome == PushOutcome::Applied);
    }
    std::vector<OutgoingChange> batch;
    for (int i = 0; i < kAll; ++i) {
        batch.push_back(t.answer(t.anna, "item_" + std::to_string(i), i < kOld ? "nee" : "ja",
                                 i < kOld ? 1 : 0));
    }
    const auto seq = w.count("SELECT value FROM counters");
    const auto r = w.push(t.anna, batch);
    REQUIRE(r.results.size() == static_cast<std::size_t>(kAll));
    for (int i = 0; i < kAll; ++i) {
        INFO(i);
        CHECK(r.results[i].outcome == PushOutcome::Applied);
        CHECK(r.results[i].version == (i < kOld ? 2 : 1));
    }
    CHECK(w.count("SELECT value FROM counters") == seq + kAll);
    CHECK(t.historyRows(t.rt) == kOld + kAll);

    // gijs saw none of it: every change a conflict, every field with both sides.
    std::vector<OutgoingChange> concurrent;
    for (int i = 0; i < kAll; ++i) {
        concurrent.push_back(t.answer(t.gijs, "item_" + std::to_string(i), "misschien"));
    }
    for (const auto& x : w.push(t.gijs, concurrent).results) {
        CHECK(x.outcome == PushOutcome::Conflict);
    }
    CHECK(w.count("SELECT COUNT(*) FROM field_history WHERE entity_id = '" + t.rt +
                  "' AND sibling = 1") == 2 * kAll);

    std::map<std::string, IncomingChange> seen;
    for (std::int64_t cursor = 0;;) {
        const auto page = w.pull(t.gijs, cursor, t.caseId, 1000);
        for (const auto& c : page.changes) {
            seen[c.field] = c;
        }
        cursor = page.cursor;
        if (!page.more) {
            break;
        }
    }
    for (int i = 0; i < kAll; ++i) {
        INFO(i);
        const auto& c = seen.at("item_" + std::to_string(i));
        CHECK(c.value == (i < kOld ? "nee" : "ja"));
        CHECK(c.version == (i < kOld ? 3 : 2));
        REQUIRE(c.conflict.size() == 2);
        CHECK(c.conflict[1].value == "misschien");
        CHECK(c.conflict[1].author == t.gijs.userId);
    }
}
