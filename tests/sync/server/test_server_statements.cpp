// Statements beside an assessment on the server, both backends (issue 14.3, issue 13.2): who may
// write which statement (any member a client's statement, supervisors too; only the GI member
// the GI's disagreement), written whole by the one who records it, never edited, beside an
// assessment of its own case, also once that assessment is submitted.
#include <catch2/catch.hpp>

#include "tests/sync/server/server_world.h"

using namespace veldwerk::sync;
using namespace veldwerk::sync::server;
using namespace veldwerk::testing;

namespace {

struct Statement {
    std::string kind;
    std::string text;
    std::optional<std::string> relation = "moeder";
};

std::vector<OutgoingChange> statementChanges(ServerWorld& world, const Caller& by,
                                             const std::string& caseId,
                                             const std::string& assessment, const std::string& id,
                                             const Statement& s) {
    std::vector<OutgoingChange> out = {
        world.change(by, caseId, "statement", id, "case_id", caseId),
        world.change(by, caseId, "statement", id, "assessment_id", assessment),
        world.change(by, caseId, "statement", id, "kind", s.kind),
        world.change(by, caseId, "statement", id, "said_on", "2026-12-01"),
        world.change(by, caseId, "statement", id, "text", s.text)};
    if (s.relation) {
        out.push_back(world.change(by, caseId, "statement", id, "relation", *s.relation));
    }
    return out;
}

// The reason of the first refused change of the push, or "" when every change was applied.
std::string firstRefusal(const PushResponse& r) {
    for (const auto& x : r.results) {
        if (x.outcome == PushOutcome::Refused) {
            return x.reason;
        }
    }
    return "";
}

}  // namespace

TEST_CASE("statements: the server checks who records which statement, and never an edit") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    ServerWorld world(backend);
    auto anna = world.user("anna", "jgt", "Team Noord");
    auto gijs = world.user("gijs", "gi");
    auto sanne = world.user("sanne", "supervisor", "Team Noord");
    auto zoe = world.user("zoe", "jgt", "Team Zuid");
    const auto caseId = world.newCase(anna);
    const auto otherCase = world.newCase(zoe);
    world.giveConsent(anna, caseId);
    REQUIRE(world.addMember(anna, caseId, gijs, "gi").outcome == PushOutcome::Applied);
    const auto rt = newId();
    REQUIRE(firstRefusal(world.push(
                anna, {world.change(anna, caseId, "assessment", rt, "case_id", caseId),
                       world.change(anna, caseId, "assessment", rt, "form", "samenwerking.v1")})) ==
            "");

    // Any member records the client's own view: JGT, GI, the supervisor of the team.
    const auto byAnna = newId();
    CHECK(firstRefusal(world.push(anna, statementChanges(world, anna, caseId, rt, byAnna,
                                                         {"client", "Wij zien het anders"}))) ==
          "");
    CHECK(firstRefusal(world.push(gijs, statementChanges(world, gijs, caseId, rt, newId(),
                                                         {"client", "Vader belde"}))) == "");
    CHECK(firstRefusal(world.push(sanne, statementChanges(world, sanne, caseId, rt, newId(),
                                                          {"client", "Moeder mailde"}))) == "");
    // Only the GI member records the GI's disagreement, and it names no person or relation.
    CHECK_THAT(firstRefusal(world.push(anna, statementChanges(world, anna, caseId, rt, newId(),
                                                              {"gi_disagreement", "x", {}}))),
               Catch::Contains("only the GI professional"));
    CHECK_THAT(firstRefusal(world.push(sanne, statementChanges(world, sanne, caseId, rt, newId(),
                                                               {"gi_disagreement", "x", {}}))),
               Catch::Contains("only the GI professional"));
    const auto disagreement = newId();
    CHECK(firstRefusal(world.push(
              gijs, statementChanges(world, gijs, caseId, rt, disagreement,
                                     {"gi_disagreement", "GI ziet meer risico", {}}))) == "");
    CHECK_THAT(firstRefusal(world.push(
                   gijs, {world.change(gijs, caseId, "statement", disagreement, "relation", "x")})),
               Catch::Contains("no person or relation"));

    // Never edited, never written into by another, never cleared; a resend of the same is fine.
    const auto one = [&](const Caller& by, const std::string& field,
                         std::optional<std::string> value, std::int64_t base) {
        return world.pushOne(by, world.change(by, caseId, "statement", byAnna, field, value, base));
    };
    CHECK_THAT(one(anna, "text", "Iets anders", 1).reason, Catch::Contains("never edited"));
    CHECK_THAT(one(anna, "text", std::nullopt, 1).reason, Catch::Contains("never edited"));
    CHECK(one(anna, "text", "Wij zien het anders", 1).outcome != PushOutcome::Refused);
    CHECK_THAT(one(gijs, "person_id", newId(), 0).reason, Catch::Contains("written whole"));
    // It starts with its case, stands beside an assessment of its own case, has a real date.
    CHECK_THAT(
        world.pushOne(anna, world.change(anna, caseId, "statement", newId(), "text", "t")).reason,
        Catch::Contains("starts with its case_id"));
    const auto otherRt = newId();
    REQUIRE(firstRefusal(world.push(
                zoe, {world.change(zoe, otherCase, "assessment", otherRt, "case_id", otherCase),
                      world.change(zoe, otherCase, "assessment", otherRt, "form",
                                   "samenwerking.v1")})) == "");
    CHECK_THAT(firstRefusal(world.push(
                   anna, statementChanges(world, anna, caseId, otherRt, newId(), {"client", "t"}))),
               Catch::Contains("its own case"));
    const auto badDate = newId();
    CHECK_THAT(
        firstRefusal(world.push(
            anna, {world.change(anna, caseId, "statement", badDate, "case_id", caseId),
                   world.change(anna, caseId, "statement", badDate, "said_on", "gisteren")})),
        Catch::Contains("said_on"));
    CHECK_THAT(firstRefusal(world.push(
                   anna, {world.change(anna, caseId, "statement", badDate, "kind", "gerucht")})),
               Catch::Contains("client or gi_disagreement"));
    // A user of another team's case is no member at all.
    CHECK_THAT(firstRefusal(world.push(
                   zoe, statementChanges(world, zoe, caseId, rt, newId(), {"client", "t"}))),
               Catch::Contains("not a member"));

    // Everyone of the case pulls them (the supervisor sees the GI's disagreement).
    const auto seen = world.field(sanne, caseId, "statement", disagreement, "text");
    REQUIRE(seen);
    CHECK(seen->value == "GI ziet meer risico");
    CHECK(world.count("SELECT COUNT(*) FROM fields WHERE entity = 'statement'") >= 4 * 6 - 1);
}
