// Pushes on both backends: idempotent batches, authorization per change, and the merge: equal
// values, judgement conflicts with both sides, resolution by a JGT member with history kept, set
// merges, perspective answers, the lifecycle checked again, the global sequence; a device's own
// states as sent left out of its next pull.
#include <catch2/catch.hpp>
#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>
#include <set>

#include "core/clock/hlc.h"
#include "sync/server/api_error.h"
#include "sync/server/pull/pull_service.h"
#include "tests/sync/server/server_world.h"

using namespace veldwerk::sync;
using namespace veldwerk::sync::server;
using namespace veldwerk::testing;

namespace {

// A case with anna (JGT) and gijs (GI, with consent) as members and one risicotaxatie.
struct Cofill {
    ServerWorld world;
    Caller anna;
    Caller gijs;
    std::string caseId;
    std::string rt;

    explicit Cofill(const std::string& backend) : world(backend) {
        anna = world.user("anna", "jgt", "Team Noord");
        gijs = world.user("gijs", "gi");
        caseId = world.newCase(anna);
        world.giveConsent(anna, caseId);
        REQUIRE(world.addMember(anna, caseId, gijs, "gi").outcome == PushOutcome::Applied);
        rt = newId();
        const auto r = world.push(
            anna, {world.change(anna, caseId, "assessment", rt, "case_id", caseId),
                   world.change(anna, caseId, "assessment", rt, "form", "risicotaxatie.v1"),
                   world.change(anna, caseId, "assessment", rt, "status", "draft")});
        for (const auto& x : r.results) {
            REQUIRE(x.outcome == PushOutcome::Applied);
        }
    }

    // A new samenwerking assessment (no required items, no rules) in the case.
    std::string samenwerking() {
        const auto id = newId();
        world.push(anna, {world.change(anna, caseId, "assessment", id, "case_id", caseId),
                          world.change(anna, caseId, "assessment", id, "form", "samenwerking.v1"),
                          world.change(anna, caseId, "assessment", id, "status", "draft")});
        return id;
    }

    OutgoingChange answer(const Caller& by, const std::string& item,
                          std::optional<std::string> value, std::int64_t base = 0) {
        return world.change(by, caseId, "answer", rt, item, std::move(value), base);
    }
};

// A lifecycle event's value as a device writes it.
std::string eventData(const std::string& assessment, const std::string& kind,
                      const std::string& user, const std::string& role,
                      const std::string& comment = "") {
    nlohmann::json j = {{"assessment", assessment}, {"kind", kind}, {"at", 1700000000000}};
    j["comment"] = comment.empty() ? nlohmann::json() : nlohmann::json(comment);
    if (!user.empty()) {
        j["user"] = user;
    }
    if (!role.empty()) {
        j["role"] = role;
    }
    return j.dump();
}

}  // namespace

TEST_CASE("push: a batch sent twice applies once and answers the same") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    Cofill f(backend);
    const std::vector<OutgoingChange> changes = {f.answer(f.anna, "acuut_letsel", "ja"),
                                                 f.answer(f.anna, "sig_letsel", "nee")};
    const auto seqBefore = f.world.count("SELECT value FROM counters");
    const auto first = f.world.push(f.anna, changes, "batch-7");
    const auto seqAfter = f.world.count("SELECT value FROM counters");
    CHECK(seqAfter == seqBefore + 2);
    const auto again = f.world.push(f.anna, changes, "batch-7");
    CHECK(again.results == first.results);
    CHECK(f.world.count("SELECT value FROM counters") == seqAfter);
    CHECK(f.world.count("SELECT COUNT(*) FROM field_history WHERE entity = 'answer'") == 2);
    // The same batch id from another device is another batch.
    const auto other = f.world.secondDevice("anna");
    const auto fromOther = f.world.push(other, changes, "batch-7");
    CHECK(fromOther.results[0].outcome == PushOutcome::Unchanged);
}

TEST_CASE("push: a batch id reused for other changes is refused and applies nothing") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    Cofill f(backend);
    f.world.push(f.anna, {f.answer(f.anna, "acuut_letsel", "ja")}, "batch-3");
    const auto seq = f.world.count("SELECT value FROM counters");
    auto other = f.answer(f.anna, "sig_letsel", "nee");
    other.clientSeq += 100;  // another local write
    REQUIRE_THROWS_MATCHES(f.world.push(f.anna, {other}, "batch-3"), ApiError,
                           Catch::Predicate<ApiError>([](const ApiError& e) {
                               return e.status() == 409 && e.code() == "batch_reused";
                           }));
    CHECK(f.world.count("SELECT value FROM counters") == seq);
    CHECK_FALSE(f.world.field(f.anna, f.caseId, "answer", f.rt, "sig_letsel"));
    // Under a new id it goes in.
    CHECK(f.world.push(f.anna, {other}, "batch-4").results.at(0).outcome == PushOutcome::Applied);
}

TEST_CASE("push: a batch id and local sequence reused for other content is refused") {
    // A vault restored from a copy numbers its next batch and its next write like ones the server
    // already has: the same clientSeq, another value. Only the content tells them apart.
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    Cofill f(backend);
    const auto first = f.answer(f.anna, "acuut_letsel", "ja");
    f.world.push(f.anna, {first}, "batch-5");
    const auto seq = f.world.count("SELECT value FROM counters");
    auto restored = f.answer(f.anna, "sig_letsel", "nee");
    restored.clientSeq = first.clientSeq;
    REQUIRE_THROWS_MATCHES(f.world.push(f.anna, {restored}, "batch-5"), ApiError,
                           Catch::Predicate<ApiError>([](const ApiError& e) {
                               return e.status() == 409 && e.code() == "batch_reused";
                           }));
    auto sameFieldOtherValue = first;
    sameFieldOtherValue.value = "nee";
    CHECK_THROWS_AS(f.world.push(f.anna, {sameFieldOtherValue}, "batch-5"), ApiError);
    CHECK(f.world.count("SELECT value FROM counters") == seq);
    CHECK(!f.world.field(f.anna, f.caseId, "answer", f.rt, "sig_letsel"));
    // The true retry still gets its stored answer, and the changes go through under a new id.
    CHECK(f.world.push(f.anna, {first}, "batch-5").results.at(0).outcome == PushOutcome::Applied);
    CHECK(f.world.push(f.anna, {restored}, "batch-6").results.at(0).outcome ==
          PushOutcome::Applied);
}

TEST_CASE("push: authorization is checked per change, and a refusal changes nothing") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    Cofill f(backend);
    auto& w = f.world;
    const auto sanne = w.user("sanne", "supervisor", "Team Noord");
    const auto piet = w.user("piet", "jgt", "Team Zuid");
    const auto gerda = w.user("gerda", "gi");
    const auto seq = w.count("SELECT value FROM counters");

    SECTION("a non-member writes nothing to the case; the member's change in the batch goes on") {
        const auto r = w.push(piet, {w.change(piet, f.caseId, "answer", f.rt, "acuut_letsel", "ja"),
                                     w.change(piet, f.caseId, "case", f.caseId, "name", "X", 1)});
        for (const auto& x : r.results) {
            CHECK(x.outcome == PushOutcome::Refused);
            CHECK_THAT(x.reason, Catch::Contains("not a member"));
            CHECK(x.version == 0);
        }
        const auto mixed = w.push(f.anna, {w.change(piet, f.caseId, "answer", f.rt, "x", "ja"),
                                           f.answer(f.anna, "acuut_letsel", "ja")});
        CHECK(mixed.results[0].outcome == PushOutcome::Refused);  // not anna's own change
        CHECK(mixed.results[1].outcome == PushOutcome::Applied);
    }
    SECTION("a field a record does not have is refused, and nothing is written") {
        for (const auto& [entity, id] : {std::pair<std::string, std::string>{"case", f.caseId},
                                         {"assessment", f.rt},
                                         {"person", newId()},
                                         {"consent", newId()}}) {
            INFO(entity);
            const auto r =
                w.pushOne(f.anna, w.change(f.anna, f.caseId, entity, id, "notitie_x", "geheim"));
            CHECK(r.outcome == PushOutcome::Refused);
            CHECK_THAT(r.reason, Catch::Contains("has no field notitie_x"));
        }
        const auto id = newId();
        CHECK(w.pushOne(f.anna, w.change(f.anna, id, "case", id, "notitie_x", "geheim")).outcome ==
              PushOutcome::Refused);
        CHECK(w.count("SELECT value FROM counters") == seq);
        CHECK(w.count("SELECT COUNT(*) FROM fields WHERE field = 'notitie_x'") == 0);
    }
    SECTION("a supervisor writing an answer is refused") {
        const auto r =
            w.pushOne(sanne, w.change(sanne, f.caseId, "answer", f.rt, "acuut_letsel", "ja"));
        CHECK(r.outcome == PushOutcome::Refused);
        CHECK_THAT(r.reason, Catch::Contains("supervisor"));
        CHECK(w.count("SELECT value FROM counters") == seq);
    }
    SECTION("a GI user cannot be added without consent; a GI member cannot add members") {
        const auto other = w.newCase(f.anna);
        const auto r = w.addMember(f.anna, other, gerda, "gi");
        CHECK(r.outcome == PushOutcome::Refused);
        CHECK_THAT(r.reason, Catch::Contains("consent"));
        const auto byGi = w.pushOne(f.gijs, w.change(f.gijs, f.caseId, "member",
                                                     f.caseId + ":" + gerda.userId, "role", "gi"));
        CHECK(byGi.outcome == PushOutcome::Refused);
        CHECK_THAT(byGi.reason, Catch::Contains("only a JGT member"));
        const auto wrongRole = w.addMember(f.anna, f.caseId, piet, "gi");
        CHECK(wrongRole.outcome == PushOutcome::Refused);
        CHECK(w.count("SELECT COUNT(*) FROM case_members WHERE user_id = '" + gerda.userId + "'") ==
              0);
    }
    SECTION("only a JGT user starts a case; unknown cases are refused") {
        const auto id = newId();
        const auto r = w.pushOne(f.gijs, w.change(f.gijs, id, "case", id, "name", "X"));
        CHECK(r.outcome == PushOutcome::Refused);
        const auto unknown =
            w.pushOne(f.anna, w.change(f.anna, id, "person", newId(), "name", "X"));
        CHECK(unknown.outcome == PushOutcome::Refused);
        CHECK(w.count("SELECT COUNT(*) FROM cases WHERE id = '" + id + "'") == 0);
    }
    SECTION("a record stays in its case") {
        const auto other = w.newCase(f.anna);
        const auto r =
            w.pushOne(f.anna, w.change(f.anna, other, "answer", f.rt, "acuut_letsel", "ja"));
        CHECK(r.outcome == PushOutcome::Refused);
        CHECK_THAT(r.reason, Catch::Contains("another case"));
    }
    SECTION("perspective answers only by their author") {
        const auto own = f.answer(f.gijs, "x@" + f.gijs.userId, "5");
        CHECK(w.pushOne(f.gijs, own).outcome == PushOutcome::Applied);
        const auto foreign = f.answer(f.gijs, "x@" + f.anna.userId, "5");
        CHECK(w.pushOne(f.gijs, foreign).outcome == PushOutcome::Refused);
    }
    SECTION("every push is audit-logged per case, refusals too") {
        w.pushOne(piet, w.change(piet, f.caseId, "answer", f.rt, "acuut_letsel", "ja"));
        CHECK(w.count("SELECT COUNT(*) FROM audit_log WHERE outcome = 'refused' AND user_id = '" +
                      piet.userId + "' AND case_id = '" + f.caseId + "'") == 1);
        CHECK(w.count("SELECT COUNT(*) FROM audit_log WHERE event = 'create' AND entity = 'case' "
                      "AND case_id = '" +
                      f.caseId + "'") == 1);
    }
}

TEST_CASE("push: concurrent edits merge by version and policy") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    Cofill f(backend);
    auto& w = f.world;

    SECTION("equal values are no conflict") {
        CHECK(w.pushOne(f.anna, f.answer(f.anna, "acuut_letsel", "ja")).outcome ==
              PushOutcome::Applied);
        const auto r = w.pushOne(f.gijs, f.answer(f.gijs, "acuut_letsel", "ja"));
        CHECK(r.outcome == PushOutcome::Unchanged);
        CHECK(r.version == 1);
        CHECK(w.field(f.anna, f.caseId, "answer", f.rt, "acuut_letsel")->conflict.empty());
    }

    SECTION("different judgements conflict with both sides; a JGT resolution clears it") {
        REQUIRE(w.pushOne(f.anna, f.answer(f.anna, "sig_letsel", "ja")).outcome ==
                PushOutcome::Applied);
        const auto r = w.pushOne(f.gijs, f.answer(f.gijs, "sig_letsel", "nee"));
        CHECK(r.outcome == PushOutcome::Conflict);
        CHECK(r.version == 2);
        for (const auto* viewer : {&f.anna, &f.gijs}) {
            const auto seen = w.field(*viewer, f.caseId, "answer", f.rt, "sig_letsel");
            REQUIRE(seen);
            CHECK(seen->version == 2);
            CHECK(seen->value == "ja");  // the older canonical value stays shown
            REQUIRE(seen->conflict.size() == 2);
            CHECK(seen->conflict[0].value == "ja");
            CHECK(seen->conflict[0].author == f.anna.userId);
            CHECK(seen->conflict[0].role == "jgt");
            CHECK(seen->conflict[1].value == "nee");
            CHECK(seen->conflict[1].author == f.gijs.userId);
            CHECK(seen->conflict[1].role == "gi");
            CHECK(seen->conflict[1].device == f.gijs.deviceId);
        }
        // A third concurrent side is added; a repeat of a side is not.
        CHECK(w.pushOne(f.gijs, f.answer(f.gijs, "sig_letsel", "nee", 1)).outcome ==
              PushOutcome::Unchanged);

        // The GI worker may not resolve; the JGT worker may, on the conflict's version.
        const auto byGi = w.pushOne(f.gijs, f.answer(f.gijs, "sig_letsel", "nee", 2));
        CHECK(byGi.outcome == PushOutcome::Refused);
        const auto resolved = w.pushOne(f.anna, f.answer(f.anna, "sig_letsel", "nee", 2));
        CHECK(resolved.outcome == PushOutcome::Applied);
        CHECK(resolved.version == 3);
        const auto after = w.field(f.gijs, f.caseId, "answer", f.rt, "sig_letsel");
        CHECK(after->value == "nee");
        CHECK(after->conflict.empty());
        // History keeps both sides and the resolution naming them.
        const auto history = w.db().query(
            "SELECT version, value, kind, resolves FROM field_history WHERE entity = 'answer' AND "
            "field = 'sig_letsel' ORDER BY version");
        REQUIRE(history.size() == 3);
        CHECK(history[0][1] == SqlValue(std::string("ja")));
        CHECK(history[1][1] == SqlValue(std::string("nee")));
        CHECK(history[1][2] == SqlValue(std::string("conflict")));
        CHECK(history[2][2] == SqlValue(std::string("resolution")));
        CHECK(history[2][3] == SqlValue(std::string("1,2")));
    }

    SECTION("a deletion concurrent with an edit is a conflict") {
        w.pushOne(f.anna, f.answer(f.anna, "sig_letsel", "ja"));
        w.pushOne(f.anna, f.answer(f.anna, "sig_letsel", "nee", 1));
        CHECK(w.pushOne(f.gijs, f.answer(f.gijs, "sig_letsel", std::nullopt, 1)).outcome ==
              PushOutcome::Conflict);
    }

    SECTION("a set item merges per option, add wins") {
        // besluit_acties is a multi item with merge policy set in risicotaxatie.v1.
        REQUIRE(w.pushOne(f.anna, f.answer(f.anna, "besluit_acties", "informatie_verzamelen"))
                    .outcome == PushOutcome::Applied);
        const auto a = w.pushOne(f.anna, f.answer(f.anna, "besluit_acties",
                                                  "informatie_verzamelen,veilig_thuis_melding", 1));
        CHECK(a.outcome == PushOutcome::Applied);
        // gijs saw version 1 and added another option.
        const auto g = w.pushOne(f.gijs, f.answer(f.gijs, "besluit_acties",
                                                  "informatie_verzamelen,veiligheidsplan_nu", 1));
        CHECK(g.outcome == PushOutcome::Merged);
        CHECK(g.version == 3);
        CHECK(w.field(f.anna, f.caseId, "answer", f.rt, "besluit_acties")->value ==
              "informatie_verzamelen,veilig_thuis_melding,veiligheidsplan_nu");
        // A removal made on an older version still holds for what it saw.
        const auto removal =
            w.pushOne(f.gijs, f.answer(f.gijs, "besluit_acties", "veilig_thuis_melding", 2));
        CHECK(removal.outcome == PushOutcome::Merged);
        CHECK(w.field(f.anna, f.caseId, "answer", f.rt, "besluit_acties")->value ==
              "veilig_thuis_melding,veiligheidsplan_nu");
    }

    SECTION("perspective answers of two authors never conflict") {
        CHECK(w.pushOne(f.anna, f.answer(f.anna, "sw_schaal@" + f.anna.userId, "3")).outcome ==
              PushOutcome::Applied);
        CHECK(w.pushOne(f.gijs, f.answer(f.gijs, "sw_schaal@" + f.gijs.userId, "7")).outcome ==
              PushOutcome::Applied);
        // Two devices of one author do meet as judgement.
        const auto tablet2 = w.secondDevice("gijs");
        CHECK(w.pushOne(tablet2, f.answer(tablet2, "sw_schaal@" + f.gijs.userId, "6")).outcome ==
              PushOutcome::Conflict);
    }

    SECTION("entries of a group from both sides are kept") {
        CHECK(w.pushOne(f.anna, f.answer(f.anna, "vp/" + newId(), "entry")).outcome ==
              PushOutcome::Applied);
        CHECK(w.pushOne(f.gijs, f.answer(f.gijs, "vp/" + newId(), "entry")).outcome ==
              PushOutcome::Applied);
    }

    SECTION("a base version ahead of the server is refused") {
        const auto r = w.pushOne(f.anna, f.answer(f.anna, "kind_jong", "ja", 5));
        CHECK(r.outcome == PushOutcome::Refused);
        CHECK_THAT(r.reason, Catch::StartsWith("base_version_ahead"));
    }

    SECTION("every accepted change takes the next global sequence number") {
        const auto before = w.count("SELECT value FROM counters");
        w.push(f.anna, {f.answer(f.anna, "a1", "ja"), f.answer(f.anna, "a2", "ja")});
        CHECK(w.count("SELECT value FROM counters") == before + 2);
        CHECK(w.count("SELECT MAX(seq) FROM fields") == before + 2);
    }
}

TEST_CASE("push: the lifecycle is checked again on the server") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    Cofill f(backend);
    auto& w = f.world;
    const auto sanne = w.user("sanne", "supervisor", "Team Noord");
    const auto sw = f.samenwerking();  // a form without required items or rules
    const auto status = [&](const Caller& by, const std::string& value) {
        const auto cur = w.field(f.anna, f.caseId, "assessment", sw, "status");
        return w.pushOne(
            by, w.change(by, f.caseId, "assessment", sw, "status", value, cur ? cur->version : 0));
    };
    const auto answer = [&](const Caller& by, const std::string& item, const std::string& value,
                            std::int64_t base = 0) {
        return w.change(by, f.caseId, "answer", sw, item, value, base);
    };
    CHECK(status(f.gijs, "submitted").outcome == PushOutcome::Refused);
    CHECK(status(sanne, "approved").outcome == PushOutcome::Refused);  // not submitted yet
    // The answers of a batch go in before the submission in it.
    const auto batch =
        w.push(f.anna, {w.change(f.anna, f.caseId, "assessment", sw, "status", "submitted", 1),
                        answer(f.anna, "sw_hoe", "samen")});
    CHECK(batch.results[0].outcome == PushOutcome::Applied);
    CHECK(batch.results[1].outcome == PushOutcome::Applied);
    CHECK(w.pushOne(f.gijs, answer(f.gijs, "sw_rolverdeling", "GI")).outcome ==
          PushOutcome::Refused);  // submitted: no edits
    CHECK(status(sanne, "returned").outcome == PushOutcome::Applied);
    CHECK(w.pushOne(f.gijs, answer(f.gijs, "sw_rolverdeling", "GI")).outcome ==
          PushOutcome::Applied);
    CHECK(status(f.anna, "draft").outcome == PushOutcome::Applied);
    // The GI professional wrote in it: co-signed, or submitted with the reason it is not.
    CHECK(w.pushOne(f.gijs, w.change(f.gijs, f.caseId, "event", newId(), "data",
                                     eventData(sw, "cosign", f.gijs.userId, "gi")))
              .outcome == PushOutcome::Applied);
    CHECK(status(f.anna, "submitted").outcome == PushOutcome::Applied);
    CHECK(status(sanne, "approved").outcome == PushOutcome::Applied);
    CHECK(w.pushOne(f.anna, answer(f.anna, "sw_hoe", "nee", 1)).outcome ==
          PushOutcome::Refused);  // approved is immutable
    const auto event = newId();
    CHECK(w.pushOne(sanne, w.change(sanne, f.caseId, "event", event, "data",
                                    eventData(sw, "approve", sanne.userId, "supervisor")))
              .outcome == PushOutcome::Applied);
}

TEST_CASE("push: a submission is checked against the form's rules again on the server") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    Cofill f(backend);
    auto& w = f.world;
    const auto submit = [&](const Caller& by, std::vector<OutgoingChange> before = {}) {
        const auto cur = w.field(f.anna, f.caseId, "assessment", f.rt, "status");
        before.push_back(w.change(by, f.caseId, "assessment", f.rt, "status", "submitted",
                                  cur ? cur->version : 0));
        return w.push(by, before).results.back();
    };
    const auto refusedFor = [](const PushResult& r, const std::vector<std::string>& ids) {
        INFO(r.reason);
        CHECK(r.outcome == PushOutcome::Refused);
        for (const auto& id : ids) {
            CHECK_THAT(r.reason, Catch::Contains(id));
        }
    };
    // Required items open.
    refusedFor(submit(f.anna), {"oordeel_veiligheid", "oordeel_risico", "oordeel_toelichting"});
    // A warning in force without its written justification (RT6: low risk despite an acute
    // danger).
    refusedFor(submit(f.anna, {f.answer(f.anna, "acuut_letsel", "ja"),
                               f.answer(f.anna, "oordeel_veiligheid", "veilig"),
                               f.answer(f.anna, "oordeel_risico", "laag"),
                               f.answer(f.anna, "oordeel_toelichting", "gesprek")}),
               {"RT6"});
    CHECK(w.field(f.anna, f.caseId, "assessment", f.rt, "status")->value == "draft");
    // An open conflict (RT9): anna and gijs judge the safety at the same time; "unsafe" needs
    // its action recorded (RT3, a require rule).
    w.pushOne(f.anna, f.answer(f.anna, "acuut_letsel", "nee", 1));
    w.pushOne(f.anna, f.answer(f.anna, "oordeel_veiligheid", "onveilig", 1));
    REQUIRE(w.pushOne(f.gijs, f.answer(f.gijs, "oordeel_veiligheid", "voorwaardelijk_veilig", 1))
                .outcome == PushOutcome::Conflict);
    refusedFor(submit(f.anna), {"RT9", "RT3"});
    // Resolved, justified and co-signed, the same submission is applied.
    const auto conflictVersion =
        w.field(f.anna, f.caseId, "answer", f.rt, "oordeel_veiligheid")->version;
    w.pushOne(f.anna, f.answer(f.anna, "oordeel_veiligheid", "veilig", conflictVersion));
    const auto bad = submit(f.anna);
    INFO(bad.reason);
    CHECK(bad.outcome == PushOutcome::Refused);  // gijs wrote in it: no co-signature, no reason
    CHECK_THAT(bad.reason, Catch::Contains("co-signature"));
    const auto ok = submit(f.anna, {w.change(f.anna, f.caseId, "assessment", f.rt,
                                             "without_cosign_reason", "GI-collega met verlof")});
    INFO(ok.reason);
    CHECK(ok.outcome == PushOutcome::Applied);
    // The co-signature still follows the submission.
    CHECK(w.pushOne(f.gijs, w.change(f.gijs, f.caseId, "event", newId(), "data",
                                     eventData(f.rt, "cosign", f.gijs.userId, "gi")))
              .outcome == PushOutcome::Applied);
    // Only a JGT member gives the reason.
    CHECK(w.pushOne(f.gijs,
                    w.change(f.gijs, f.caseId, "assessment", f.rt, "without_cosign_reason", "x", 1))
              .outcome == PushOutcome::Refused);
}

TEST_CASE("push: a lifecycle event names only the device's user, their role and their case") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    Cofill f(backend);
    auto& w = f.world;
    const auto sanne = w.user("sanne", "supervisor", "Team Noord");
    const auto event = [&](const Caller& by, const std::string& caseId, const std::string& data) {
        return w.pushOne(by, w.change(by, caseId, "event", newId(), "data", data));
    };
    const auto refused = [](const PushResult& r, const std::string& why) {
        INFO(r.reason);
        CHECK(r.outcome == PushOutcome::Refused);
        CHECK_THAT(r.reason, Catch::Contains(why));
    };
    // A JGT worker co-signing in the GI worker's name, or in her own.
    refused(event(f.anna, f.caseId, eventData(f.rt, "cosign", f.gijs.userId, "gi")),
            "another user");
    refused(event(f.anna, f.caseId, eventData(f.rt, "cosign", f.anna.userId, "gi")),
            "another role");
    refused(event(f.anna, f.caseId, eventData(f.rt, "cosign", f.anna.userId, "jgt")),
            "only a GI member");
    refused(event(f.anna, f.caseId, eventData(f.rt, "cosign", "", "")), "");
    // A GI worker approving in the supervisor's name, or in his own.
    refused(event(f.gijs, f.caseId, eventData(f.rt, "approve", sanne.userId, "supervisor")),
            "another user");
    refused(event(f.gijs, f.caseId, eventData(f.rt, "approve", f.gijs.userId, "gi")),
            "only a supervisor");
    // An event of case A about an assessment of case B, which anna cannot see.
    const auto piet = w.user("piet", "jgt", "Team Zuid");
    const auto caseB = w.newCase(piet);
    const auto rtB = newId();
    w.push(piet, {w.change(piet, caseB, "assessment", rtB, "case_id", caseB),
                  w.change(piet, caseB, "assessment", rtB, "form", "risicotaxatie.v1"),
                  w.change(piet, caseB, "assessment", rtB, "status", "draft")});
    refused(event(f.anna, f.caseId, eventData(rtB, "reopen", f.anna.userId, "jgt")),
            "another case");
    refused(event(f.anna, caseB, eventData(rtB, "reopen", f.anna.userId, "jgt")), "not a member");
    refused(event(f.anna, f.caseId, eventData(newId(), "reopen", f.anna.userId, "jgt")),
            "does not know");
    refused(event(f.anna, f.caseId, R"({"assessment": 7, "kind": "submit"})"), "as text");
    refused(event(f.anna, f.caseId, eventData(f.rt, "delete", f.anna.userId, "jgt")),
            "unknown kind");
    refused(w.pushOne(f.anna, w.change(f.anna, f.caseId, "event", newId(), "data", std::nullopt)),
            "never removed");
    for (const auto& c : w.pull(piet).changes) {
        CHECK(c.entity != "event");
    }
    // The real ones: the GI worker co-signs, as himself; an event is never rewritten.
    const auto cosignId = newId();
    const auto own = eventData(f.rt, "cosign", f.gijs.userId, "gi");
    CHECK(w.pushOne(f.gijs, w.change(f.gijs, f.caseId, "event", cosignId, "data", own)).outcome ==
          PushOutcome::Applied);
    const auto stored = w.field(f.anna, f.caseId, "event", cosignId, "data");
    REQUIRE(stored);
    CHECK(stored->author == f.gijs.userId);
    CHECK(stored->role == "gi");
    refused(w.pushOne(f.gijs, w.change(f.gijs, f.caseId, "event", cosignId, "data",
                                       eventData(f.rt, "cosign", f.gijs.userId, "gi", "x"), 1)),
            "never rewritten");
}

TEST_CASE("push: a justification is guarded like an answer and merges as a judgement") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    Cofill f(backend);
    auto& w = f.world;
    const auto sanne = w.user("sanne", "supervisor", "Team Noord");
    const auto justify = [&](const Caller& by, const std::string& rule,
                             std::optional<std::string> text, std::int64_t base = 0) {
        return w.pushOne(by, w.change(by, f.caseId, "assessment", f.rt, "justification/" + rule,
                                      std::move(text), base));
    };
    // Only a rule of the assessment's form that warns (RT7 does, RT3 only blocks), named by its
    // id in lowercase.
    CHECK_THAT(justify(f.anna, "rt3", "x").reason,
               Catch::Contains("justification/rt3 names no rule of risicotaxatie.v1"));
    CHECK(justify(f.anna, "rt99", "x").outcome == PushOutcome::Refused);
    CHECK(justify(sanne, "rt7", "x").outcome == PushOutcome::Refused);

    REQUIRE(justify(f.anna, "rt7", "Zomervakantie").outcome == PushOutcome::Applied);
    const auto r = justify(f.gijs, "rt7", "Gezin op reis");  // written without seeing anna's
    CHECK(r.outcome == PushOutcome::Conflict);
    const auto seen = w.field(f.gijs, f.caseId, "assessment", f.rt, "justification/rt7");
    REQUIRE(seen);
    REQUIRE(seen->conflict.size() == 2);
    CHECK(seen->conflict[0].value == "Zomervakantie");
    CHECK(seen->conflict[1].value == "Gezin op reis");
    CHECK(justify(f.gijs, "rt7", "Gezin op reis", 2).outcome == PushOutcome::Refused);
    CHECK(justify(f.anna, "rt7", "Zomervakantie", 2).outcome == PushOutcome::Applied);
    CHECK(w.field(f.gijs, f.caseId, "assessment", f.rt, "justification/rt7")->conflict.empty());
    // Cleared is a tombstone like an answer's.
    CHECK(justify(f.anna, "rt7", std::nullopt, 3).outcome == PushOutcome::Applied);

    // The justification of a batch goes in before the submission in it (the server's check of
    // the submission counts it); after it, no edits. RT7 warns about an evaluation date more
    // than 6 weeks ahead for a raised risk.
    const auto late = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() +
                                                           std::chrono::hours(24 * 60));
    char date[11];
    std::tm tm{};
    localtime_r(&late, &tm);
    std::strftime(date, sizeof date, "%Y-%m-%d", &tm);
    w.push(f.anna, {f.answer(f.anna, "oordeel_veiligheid", "veilig"),
                    f.answer(f.anna, "oordeel_risico", "verhoogd"),
                    f.answer(f.anna, "oordeel_toelichting", "gesprek"),
                    f.answer(f.anna, "besluit_evaluatiedatum", date),
                    // gijs wrote a side of the justification: submitted without his
                    // co-signature, with the reason
                    w.change(f.anna, f.caseId, "assessment", f.rt, "without_cosign_reason",
                             "GI-collega met verlof")});
    const auto batch = w.push(
        f.anna,
        {w.change(f.anna, f.caseId, "assessment", f.rt, "status", "submitted", 1),
         w.change(f.anna, f.caseId, "assessment", f.rt, "justification/rt7", "Zomervakantie", 4)});
    INFO(batch.results[0].reason);
    CHECK(batch.results[0].outcome == PushOutcome::Applied);
    CHECK(batch.results[1].outcome == PushOutcome::Applied);
    CHECK_THAT(justify(f.gijs, "rt7", "Later", 5).reason, Catch::Contains("submitted"));
}

TEST_CASE("push: a change with a clock over 24 hours ahead refuses the batch") {
    ServerWorld world("sqlite");
    const auto anna = world.user("anna", "jgt", "Team Noord");
    const auto id = newId();
    auto c = world.change(anna, id, "case", id, "name", "X");
    c.hlc = veldwerk::clock::Hlc{static_cast<std::uint64_t>(wallNowMs() + 48LL * 3600 * 1000), 0}
                .packed();
    try {
        world.push(anna, {c});
        FAIL("accepted");
    } catch (const ApiError& e) {
        CHECK(e.status() == 409);
        CHECK(e.code() == "clock_skew");
    }
    CHECK(world.count("SELECT COUNT(*) FROM fields") == 0);
    CHECK(world.count("SELECT COUNT(*) FROM push_batches") == 0);
}

namespace {

// The (entity, field) of every state a pull of `by` sends from `since`, naming `pushed`.
std::multiset<std::string> sentFields(ServerWorld& w, const Caller& by,
                                      std::vector<std::int64_t> pushed,
                                      std::optional<std::string> caseId = std::nullopt) {
    PullRequest request;
    request.caseId = std::move(caseId);
    request.pushed = std::move(pushed);
    const auto r = PullService(w.lend(), w.commits()).pull(by, request, 0, 0);
    std::multiset<std::string> out;
    for (const auto& c : r.changes) {
        out.insert(c.entity + "." + c.field);
    }
    return out;
}

}  // namespace

TEST_CASE("pull: a device's own states applied as sent stay out when it names their batch") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    Cofill f(backend);
    auto& w = f.world;
    const auto tablet2 = w.secondDevice("anna");
    const auto before = sentFields(w, f.anna, {});
    // Batch 7 of anna's device: two answers, one of them a set item.
    REQUIRE(w.push(f.anna,
                   {f.answer(f.anna, "acuut_letsel", "ja"),
                    f.answer(f.anna, "besluit_acties", "informatie_verzamelen")},
                   f.anna.deviceId + "-7")
                .results.at(1)
                .outcome == PushOutcome::Applied);
    auto withAnswers = before;
    withAnswers.insert({"answer.acuut_letsel", "answer.besluit_acties"});

    // Named: both stay out, in a pull and in a whole-case fetch; everything else still comes.
    CHECK(sentFields(w, f.anna, {7}) == before);
    CHECK(sentFields(w, f.anna, {7, 100}, f.caseId) == before);
    // Not named, another batch, or another device of the same user: sent.
    CHECK(sentFields(w, f.anna, {}) == withAnswers);
    CHECK(sentFields(w, f.anna, {6, 8}) == withAnswers);
    CHECK(sentFields(w, tablet2, {7}) == withAnswers);

    // A state the server made of it is sent: a set merge of gijs's concurrent option, then
    // anna's next write merged with it, and a conflict of her tablet's with gijs's.
    REQUIRE(w.push(f.gijs, {f.answer(f.gijs, "besluit_acties", "veiligheidsplan_nu")})
                .results.at(0)
                .outcome == PushOutcome::Merged);
    CHECK(sentFields(w, f.anna, {7}).count("answer.besluit_acties") == 1);
    REQUIRE(w.push(f.anna, {f.answer(f.anna, "besluit_acties", "veilig_thuis_melding", 1)},
                   f.anna.deviceId + "-8")
                .results.at(0)
                .outcome == PushOutcome::Merged);
    CHECK(sentFields(w, f.anna, {7, 8}).count("answer.besluit_acties") == 1);
    REQUIRE(w.push(f.gijs, {f.answer(f.gijs, "acuut_letsel", "nee")}).results.at(0).outcome ==
            PushOutcome::Conflict);
    CHECK(sentFields(w, f.anna, {7, 8}).count("answer.acuut_letsel") == 1);

    // The server's own writes for a batch are sent too: starting a case writes the creator's
    // membership (same device, same batch).
    const auto started = newId();
    REQUIRE(w.push(f.anna, {w.change(f.anna, started, "case", started, "name", "Gezin Nieuw")},
                   f.anna.deviceId + "-9")
                .results.at(0)
                .outcome == PushOutcome::Applied);
    CHECK(sentFields(w, f.anna, {7, 8, 9}, started) == std::multiset<std::string>{"member.role"});
    CHECK(sentFields(w, f.anna, {7, 8}, started) ==
          std::multiset<std::string>{"case.name", "member.role"});
}
