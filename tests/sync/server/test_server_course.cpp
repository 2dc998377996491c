// A case's phase, regie and escalations (issue 13 point 5), the form field of an assessment
// (only the declared upgrade), and the crisis card's scope (point 3), on both backends through
// the real push and pull services.
#include <catch2/catch.hpp>
#include <map>

#include "sync/server/crisis/crisis_card.h"
#include "sync/server/transaction.h"
#include "tests/sync/server/server_world.h"

using namespace veldwerk::sync;
using namespace veldwerk::sync::server;
using namespace veldwerk::testing;

TEST_CASE("course: only JGT members write phase, regie and escalations, with checked values") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    ServerWorld w(backend);
    const auto anna = w.user("anna", "jgt", "Team Noord");
    const auto gijs = w.user("gijs", "gi");
    const auto sanne = w.user("sanne", "supervisor", "Team Noord");
    const auto bert = w.user("bert", "jgt", "Team Zuid");  // JGT, not a member
    const auto caseId = w.newCase(anna);
    w.giveConsent(anna, caseId);
    REQUIRE(w.addMember(anna, caseId, gijs, "gi").outcome == PushOutcome::Applied);

    const auto one = [&](const Caller& by, const std::string& entity, const std::string& id,
                         const std::string& field, std::optional<std::string> value) {
        const auto cur = w.field(anna, caseId, entity, id, field);
        return w.pushOne(
            by, w.change(by, caseId, entity, id, field, std::move(value), cur ? cur->version : 0));
    };
    CHECK(one(anna, "case", caseId, "phase", "drang").outcome == PushOutcome::Applied);
    CHECK(one(anna, "case", caseId, "regie", "JGT Utrecht").outcome == PushOutcome::Applied);
    // The GI strengthens, it does not take over: a GI member, a supervisor, a non-member and
    // values outside the vocabulary are refused.
    const auto refused = one(gijs, "case", caseId, "phase", "maatregel");
    CHECK(refused.outcome == PushOutcome::Refused);
    CHECK(refused.reason.find("JGT") != std::string::npos);
    CHECK(one(sanne, "case", caseId, "phase", "maatregel").outcome == PushOutcome::Refused);
    CHECK(one(bert, "case", caseId, "phase", "maatregel").outcome == PushOutcome::Refused);
    CHECK(one(anna, "case", caseId, "phase", "crisis").outcome == PushOutcome::Refused);
    CHECK(one(anna, "case", caseId, "phase", std::nullopt).outcome == PushOutcome::Refused);
    CHECK(one(anna, "case", caseId, "regie", "Een Verzonnen Organisatie").outcome ==
          PushOutcome::Refused);

    const auto e = newId();
    const auto batch =
        w.push(anna, {w.change(anna, caseId, "escalation", e, "case_id", caseId),
                      w.change(anna, caseId, "escalation", e, "kind", "maatregel_start"),
                      w.change(anna, caseId, "escalation", e, "date", "2026-01-05"),
                      w.change(anna, caseId, "escalation", e, "expected_end", "2026-07-03")});
    for (const auto& r : batch.results) {
        CHECK(r.outcome == PushOutcome::Applied);
        INFO(r.reason);
    }
    CHECK(one(gijs, "escalation", e, "outcome", "OTS uitgesproken").outcome ==
          PushOutcome::Refused);
    CHECK(one(anna, "escalation", e, "outcome", "OTS uitgesproken").outcome ==
          PushOutcome::Applied);
    const auto bad = newId();
    CHECK(w.pushOne(anna, w.change(anna, caseId, "escalation", bad, "kind", "ophalen")).outcome ==
          PushOutcome::Refused);
    CHECK(
        w.pushOne(anna, w.change(anna, caseId, "escalation", bad, "date", "2026-02-30")).outcome ==
        PushOutcome::Refused);
    CHECK(w.pushOne(anna, w.change(anna, caseId, "escalation", bad, "waar", "thuis")).outcome ==
          PushOutcome::Refused);
    // The GI member pulls what the JGT recorded.
    CHECK(w.field(gijs, caseId, "case", caseId, "phase")->value == "drang");
    CHECK(w.field(gijs, caseId, "escalation", e, "outcome")->value == "OTS uitgesproken");
}

TEST_CASE("course: an assessment's form changes only by the declared upgrade of a draft") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    ServerWorld w(backend);
    const auto anna = w.user("anna", "jgt", "Team Noord");
    const auto caseId = w.newCase(anna);
    const auto form = [&](const std::string& id, const std::string& value) {
        const auto cur = w.field(anna, caseId, "assessment", id, "form");
        return w.pushOne(
            anna, w.change(anna, caseId, "assessment", id, "form", value, cur ? cur->version : 0));
    };
    const auto created = [&](const std::string& value) {
        const auto id = newId();
        const auto r = w.push(anna, {w.change(anna, caseId, "assessment", id, "case_id", caseId),
                                     w.change(anna, caseId, "assessment", id, "form", value),
                                     w.change(anna, caseId, "assessment", id, "status", "draft")});
        for (const auto& x : r.results) {
            REQUIRE(x.outcome == PushOutcome::Applied);
        }
        return id;
    };
    const auto v2 = created("risicotaxatie.v2");
    // A downgrade, another form, or a version the server does not know: refused; the same
    // version again changes nothing.
    const auto down = form(v2, "risicotaxatie.v1");
    CHECK(down.outcome == PushOutcome::Refused);
    CHECK(down.reason.find("older version") != std::string::npos);
    CHECK(form(v2, "veiligheidsplan.v1").outcome == PushOutcome::Refused);
    CHECK(form(v2, "risicotaxatie.v9").outcome == PushOutcome::Refused);
    CHECK(form(v2, "risicotaxatie.v2").outcome != PushOutcome::Refused);
    CHECK(w.field(anna, caseId, "assessment", v2, "form")->value == "risicotaxatie.v2");

    // The declared upgrade (v2 maps from v1), as `assessment upgrade` writes it.
    const auto v1 = created("risicotaxatie.v1");
    CHECK(form(v1, "risicotaxatie.v2").outcome == PushOutcome::Applied);
    CHECK(w.field(anna, caseId, "assessment", v1, "form")->value == "risicotaxatie.v2");
    CHECK(form(v1, "risicotaxatie.v1").outcome == PushOutcome::Refused);
}

TEST_CASE("crisis card: each user gets their organisation's numbers with their team's") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    ServerWorld w(backend);
    const auto anna = w.user("anna", "jgt", "Team Noord");
    const auto bert = w.user("bert", "jgt", "Team Zuid");
    const auto gijs = w.user("gijs", "gi");
    CHECK(w.pull(anna).crisisCard.empty());  // nothing set yet
    inTransaction(w.db(), SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
        CrisisCard card(w.db());
        card.set("JGT Utrecht", std::nullopt, "veilig_thuis", "0800-2000", 1000);
        card.set("JGT Utrecht", std::nullopt, "after_hours", "030 111 1111", 1000);
        card.set("JGT Utrecht", std::string("Team Noord"), "after_hours", "030 222 2222", 2000);
        card.set("GI Midden", std::nullopt, "crisis_service", "088 123 4567", 3000);
        CHECK_THROWS(card.set("JGT Utrecht", std::nullopt, "pizza", "1", 1));
        CHECK_THROWS(card.set("JGT Utrecht", std::nullopt, "veilig_thuis", "bel ons", 1));
        CHECK_THROWS(card.set("JGT Utrecht", std::string("Team Elders"), "after_hours", "1", 1));
        tx.commit();
    });
    const auto numbers = [&](const Caller& by) {
        std::map<std::string, std::string> out;
        for (const auto& n : w.pull(by).crisisCard) {
            out[n.kind] = n.number;
        }
        return out;
    };
    CHECK(numbers(anna) == std::map<std::string, std::string>{{"after_hours", "030 222 2222"},
                                                              {"veilig_thuis", "0800-2000"}});
    CHECK(numbers(bert) == std::map<std::string, std::string>{{"after_hours", "030 111 1111"},
                                                              {"veilig_thuis", "0800-2000"}});
    CHECK(numbers(gijs) == std::map<std::string, std::string>{{"crisis_service", "088 123 4567"}});
    // A whole-case fetch and every later page carry it too (the device keeps the last one).
    CHECK(w.pull(anna, 0, std::string(newId())).crisisCard.size() == 2);
}
