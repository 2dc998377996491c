// The pull's `resolved` (PROTOCOL.md "Pull"), on both backends: a device that asks gets, with a
// field, every disagreement on it that was closed — both sides with their authors, the value
// that closed it, who and how — and a device that does not ask (an older one) gets the page as
// before. A supervisor of the team gets them too, for their team's cases only.
#include <catch2/catch.hpp>
#include <chrono>

#include "sync/protocol/codec.h"
#include "sync/server/pull/pull_service.h"
#include "tests/sync/server/server_world.h"

using namespace veldwerk::sync;
using namespace veldwerk::sync::server;
using namespace veldwerk::testing;

namespace {

std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

PullResponse pullResolved(ServerWorld& w, const Caller& by, std::int64_t since = 0,
                          std::optional<std::string> caseId = std::nullopt) {
    PullRequest request{since, 500, std::move(caseId), {}};
    request.resolved = true;
    return PullService(w.lend(), w.commits()).pull(by, request, nowMs(), 0);
}

const IncomingChange* fieldIn(const PullResponse& r, const std::string& field) {
    for (const auto& c : r.changes) {
        if (c.entity == "answer" && c.field == field) {
            return &c;
        }
    }
    return nullptr;
}

}  // namespace

TEST_CASE("pull: closed disagreements travel with their field to a device that asks") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    ServerWorld w(backend);
    const auto anna = w.user("anna", "jgt", "Team Noord");
    const auto gijs = w.user("gijs", "gi");
    const auto sanne = w.user("sanne", "supervisor", "Team Noord");
    const auto bram = w.user("bram", "supervisor", "Team Zuid");
    const auto caseId = w.newCase(anna);
    w.giveConsent(anna, caseId);
    REQUIRE(w.addMember(anna, caseId, gijs, "gi").outcome == PushOutcome::Applied);
    const auto rt = newId();
    for (const auto& x :
         w.push(anna, {w.change(anna, caseId, "assessment", rt, "case_id", caseId),
                       w.change(anna, caseId, "assessment", rt, "form", "risicotaxatie.v1"),
                       w.change(anna, caseId, "assessment", rt, "status", "draft")})
             .results) {
        REQUIRE(x.outcome == PushOutcome::Applied);
    }
    const auto answer = [&](const Caller& by, const std::string& item, const std::string& value,
                            std::int64_t base) {
        return w.pushOne(by, w.change(by, caseId, "answer", rt, item, value, base));
    };
    // JGT and GI answer at once, differently; the JGT worker resolves on the conflict's version.
    REQUIRE(answer(anna, "sig_letsel", "ja", 0).outcome == PushOutcome::Applied);
    REQUIRE(answer(gijs, "sig_letsel", "nee", 0).outcome == PushOutcome::Conflict);
    REQUIRE(answer(anna, "sig_letsel", "nee", 2).outcome == PushOutcome::Applied);
    // Another item that never disagreed.
    REQUIRE(answer(anna, "acuut_letsel", "nee", 0).outcome == PushOutcome::Applied);

    SECTION("the supervisor of the team sees both sides, the chosen value and who chose it") {
        const auto r = pullResolved(w, sanne);
        const auto* c = fieldIn(r, "sig_letsel");
        REQUIRE(c);
        CHECK(c->value == "nee");
        CHECK(c->conflict.empty());
        REQUIRE(c->resolved.size() == 1);
        const auto& s = c->resolved[0];
        CHECK(s.kind == "resolution");
        CHECK(s.version == 3);
        CHECK(s.value == "nee");
        CHECK(s.author == anna.userId);
        CHECK(s.role == "jgt");
        CHECK(s.device == anna.deviceId);
        CHECK(s.hlc != 0);
        REQUIRE(s.sides.size() == 2);
        CHECK(s.sides[0].version == 1);
        CHECK(s.sides[0].value == "ja");
        CHECK(s.sides[0].author == anna.userId);
        CHECK(s.sides[0].role == "jgt");
        CHECK(s.sides[1].version == 2);
        CHECK(s.sides[1].value == "nee");
        CHECK(s.sides[1].author == gijs.userId);
        CHECK(s.sides[1].role == "gi");
        CHECK(s.sides[1].device == gijs.deviceId);
        // A field that never disagreed carries none.
        REQUIRE(fieldIn(r, "acuut_letsel"));
        CHECK(fieldIn(r, "acuut_letsel")->resolved.empty());
        // The same with the case fetched whole, and it survives the codec both ways.
        const auto whole = pullResolved(w, sanne, 0, caseId);
        REQUIRE(fieldIn(whole, "sig_letsel"));
        CHECK(fieldIn(whole, "sig_letsel")->resolved == c->resolved);
        CHECK(decodePullResponse(encode(r)) == r);
    }
    SECTION("a device that does not ask (an older one) gets the page as before") {
        const auto r = w.pull(sanne);
        REQUIRE(fieldIn(r, "sig_letsel"));
        CHECK(fieldIn(r, "sig_letsel")->resolved.empty());
        CHECK(encode(r).find("\"resolved\"") == std::string::npos);
    }
    SECTION("a later edit keeps the closed disagreement in the field's history") {
        REQUIRE(answer(gijs, "sig_letsel", "ja", 3).outcome == PushOutcome::Applied);
        const auto r = pullResolved(w, gijs);
        const auto* c = fieldIn(r, "sig_letsel");
        REQUIRE(c);
        CHECK(c->value == "ja");
        CHECK(c->author == gijs.userId);
        REQUIRE(c->resolved.size() == 1);
        CHECK(c->resolved[0].value == "nee");
        CHECK(c->resolved[0].author == anna.userId);
    }
    SECTION("sides that come to agree close it as an agreement, by whoever wrote last") {
        REQUIRE(answer(anna, "kind_jong", "ja", 0).outcome == PushOutcome::Applied);
        REQUIRE(answer(gijs, "kind_jong", "nee", 0).outcome == PushOutcome::Conflict);
        // The GI worker saw both sides and takes the JGT worker's view.
        REQUIRE(answer(gijs, "kind_jong", "ja", 1).outcome == PushOutcome::Applied);
        const auto r = pullResolved(w, anna);
        const auto* c = fieldIn(r, "kind_jong");
        REQUIRE(c);
        REQUIRE(c->resolved.size() == 1);
        CHECK(c->resolved[0].kind == "agreement");
        CHECK(c->resolved[0].value == "ja");
        CHECK(c->resolved[0].author == gijs.userId);
        REQUIRE_FALSE(c->resolved[0].sides.empty());
    }
    SECTION("another team's supervisor gets neither the field nor its history") {
        const auto r = pullResolved(w, bram);
        CHECK(r.changes.empty());
        CHECK(pullResolved(w, bram, 0, caseId).changes.empty());
    }
}
