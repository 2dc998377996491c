// Applying pulled field states: they fill the tables the app reads, a page applied twice changes
// nothing, versions only move forward, a pending local edit is never overwritten, and conflict
// sides are kept (and stay in the history after the resolution).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/assessment/assessment_repository.h"
#include "core/domain/case_membership.h"
#include "core/domain/person_repository.h"
#include "core/vault/field_conflicts.h"
#include "core/vault/settled_conflicts.h"
#include "sync/engine/incoming_change_applier.h"
#include "sync/engine/outbox.h"
#include "tests/sync/engine/engine_fixture.h"

using namespace veldwerk;
using namespace veldwerk::testing;
using sync::ApplyOutcome;

namespace {
struct Pulled : VaultFixture {
    std::string caseId = vault::randomHex(16);
    std::string person = vault::randomHex(16);
    std::string rt = vault::randomHex(16);
    std::string event = vault::randomHex(16);
    std::string colleague = vault::randomHex(16);

    // A case as another device created it, with this device's owner as a member.
    std::vector<sync::IncomingChange> page() const {
        const auto me = vault->owner().userId;
        nlohmann::json created = {{"assessment", rt},  {"kind", "created"}, {"comment", nullptr},
                                  {"user", colleague}, {"role", "jgt"},     {"at", 1700000000000}};
        return {
            incoming(caseId, "case", caseId, "name", "Gezin Pull", 1, colleague),
            incoming(caseId, "member", caseId + ":" + colleague, "role", "jgt", 1, colleague),
            incoming(caseId, "member", caseId + ":" + me, "role", "gi", 1, colleague),
            incoming(caseId, "person", person, "case_id", caseId, 1, colleague),
            incoming(caseId, "person", person, "role", "kind", 1, colleague),
            incoming(caseId, "person", person, "name", "Noor", 1, colleague),
            incoming(caseId, "person", person, "born", "2019-06-01", 1, colleague),
            incoming(caseId, "assessment", rt, "case_id", caseId, 1, colleague),
            incoming(caseId, "assessment", rt, "form", "risicotaxatie.v1", 1, colleague),
            incoming(caseId, "assessment", rt, "subject_person_id", person, 1, colleague),
            incoming(caseId, "assessment", rt, "status", "draft", 1, colleague),
            incoming(caseId, "answer", rt, "sig_letsel", "ja", 1, colleague),
            incoming(caseId, "answer", rt, "veiligheid@" + colleague, "7", 1, colleague),
            incoming(caseId, "answer", rt, "zorgen/e1", "entry", 1, colleague),
            incoming(caseId, "answer", rt, "zorgen/e1/tekst", "slapen", 1, colleague),
            incoming(caseId, "event", event, "data", created.dump(), 1, colleague),
        };
    }

    void apply(const std::vector<sync::IncomingChange>& changes) {
        sync::IncomingChangeApplier applier(*vault);
        vault::Transaction tx(vault->db());
        for (const auto& c : changes) {
            applier.apply(c);
        }
        tx.commit();
    }

    ApplyOutcome applyOne(const sync::IncomingChange& c) {
        vault::Transaction tx(vault->db());
        const auto outcome = sync::IncomingChangeApplier(*vault).apply(c);
        tx.commit();
        return outcome;
    }
};
}  // namespace

TEST_CASE("incoming: a pulled case fills the tables the app reads") {
    Pulled f;
    f.apply(f.page());
    const auto me = f.vault->owner();
    const auto cases = domain::CaseRepository(*f.vault).list(me);
    REQUIRE(cases.size() == 1);
    REQUIRE(cases[0].name == "Gezin Pull");
    REQUIRE(domain::CaseMembership(*f.vault).roleOf(f.caseId, me.userId) == "gi");
    const auto persons = domain::PersonRepository(*f.vault).forCase(me, f.caseId);
    REQUIRE(persons.size() == 1);
    REQUIRE(persons[0].born == "2019-06-01");
    assessment::AssessmentRepository repo(*f.vault);
    const auto rt = repo.find(f.rt);
    REQUIRE(rt);
    REQUIRE(rt->formId == "risicotaxatie");
    REQUIRE(rt->formVersion == 1);
    REQUIRE(rt->subjectPersonId == f.person);
    const auto answers = repo.answers(f.rt);
    REQUIRE(answers.size() == 3);
    for (const auto& a : answers) {
        REQUIRE(a.byUser == f.colleague);
        REQUIRE(a.serverVersion == 1);
    }
    REQUIRE(repo.entries(f.rt).size() == 1);
    const auto events = repo.events(f.rt);
    REQUIRE(events.size() == 1);
    REQUIRE(events[0].kind == "created");
    REQUIRE(events[0].userId == f.colleague);
    // Pulled states are not local edits: nothing to push.
    REQUIRE(sync::Outbox(*f.vault).size() == 0);
}

TEST_CASE("incoming: an event shows who the server says wrote it, never who its text names") {
    Pulled f;
    f.apply(f.page());
    const auto giWorker = vault::randomHex(16);
    // A co-signature whose text names a GI worker, stored by the server as the JGT colleague's.
    nlohmann::json forged = {{"assessment", f.rt}, {"kind", "cosign"}, {"comment", nullptr},
                             {"user", giWorker},   {"role", "gi"},     {"at", 1700000000001}};
    auto cosign =
        incoming(f.caseId, "event", vault::randomHex(16), "data", forged.dump(), 1, f.colleague);
    cosign.role = "jgt";
    f.applyOne(cosign);
    // An event whose text names an assessment of another case does not show on it.
    const auto otherCase = vault::randomHex(16);
    nlohmann::json elsewhere = {{"assessment", f.rt},  {"kind", "return"},     {"comment", "weg"},
                                {"user", f.colleague}, {"role", "supervisor"}, {"at", 1}};
    f.applyOne(incoming(otherCase, "event", vault::randomHex(16), "data", elsewhere.dump(), 1,
                        f.colleague));
    const auto events = assessment::AssessmentRepository(*f.vault).events(f.rt);
    REQUIRE(events.size() == 2);
    CHECK(events[1].kind == "cosign");
    CHECK(events[1].userId == f.colleague);
    CHECK(events[1].role == "jgt");
}

TEST_CASE("incoming: a page applied twice changes nothing, older versions are ignored") {
    Pulled f;
    f.apply(f.page());
    const auto once = dump(f.vault->db());
    f.apply(f.page());
    REQUIRE(dump(f.vault->db()) == once);

    auto newer = incoming(f.caseId, "answer", f.rt, "sig_letsel", "nee", 3, f.colleague);
    REQUIRE(f.applyOne(newer) == ApplyOutcome::Applied);
    auto older = incoming(f.caseId, "answer", f.rt, "sig_letsel", "onbekend", 2, f.colleague);
    REQUIRE(f.applyOne(older) == ApplyOutcome::Stale);
    REQUIRE(f.applyOne(newer) == ApplyOutcome::Unchanged);
    REQUIRE(f.vault->changes().latest("answer", f.rt, "sig_letsel")->write.value == "nee");
}

TEST_CASE("incoming: a field with a pending local edit keeps its local value and base") {
    Pulled f;
    f.apply(f.page());
    const auto me = f.vault->owner();
    {
        vault::Transaction tx(f.vault->db());
        assessment::AssessmentRepository(*f.vault).writeAnswer(me, f.rt, "sig_letsel", "", "nee");
        tx.commit();
    }
    const auto before = sync::Outbox(*f.vault).take(500).at(0);
    REQUIRE(before.baseVersion == 1);
    REQUIRE(f.applyOne(incoming(f.caseId, "answer", f.rt, "sig_letsel", "onbekend", 2)) ==
            ApplyOutcome::KeptLocal);
    const auto after = sync::Outbox(*f.vault).take(500).at(0);
    REQUIRE(after.value == "nee");
    REQUIRE(after.baseVersion == 1);  // the push meets the server's merge
    const auto answers = assessment::AssessmentRepository(*f.vault).answers(f.rt);
    REQUIRE(std::any_of(answers.begin(), answers.end(),
                        [](const auto& a) { return a.path == "sig_letsel" && a.value == "nee"; }));
}

TEST_CASE("incoming: conflict sides are kept, shown, and stay in the history after resolution") {
    Pulled f;
    f.apply(f.page());
    const auto me = f.vault->owner().userId;
    auto conflicted = incoming(f.caseId, "answer", f.rt, "sig_letsel", "ja", 2, f.colleague);
    conflicted.conflict = {{1, "ja", f.colleague, "jgt", std::string(32, 'd'), 1},
                           {2, "nee", me, "gi", std::string(32, 'e'), 2}};
    REQUIRE(f.applyOne(conflicted) == ApplyOutcome::Applied);
    vault::FieldConflicts conflicts(f.vault->db());
    const auto open = conflicts.openFor("answer", f.rt);
    REQUIRE(open.size() == 1);
    REQUIRE(open[0].field == "sig_letsel");
    REQUIRE(open[0].sides.size() == 2);
    REQUIRE(open[0].sides[1].value == "nee");
    REQUIRE(open[0].sides[1].author == me);
    // The same state again changes nothing.
    const auto once = dump(f.vault->db());
    REQUIRE(f.applyOne(conflicted) == ApplyOutcome::Unchanged);
    REQUIRE(dump(f.vault->db()) == once);

    // The JGT colleague resolved it on their device.
    REQUIRE(f.applyOne(incoming(f.caseId, "answer", f.rt, "sig_letsel", "ja", 3, f.colleague)) ==
            ApplyOutcome::Applied);
    REQUIRE(conflicts.openFor("answer", f.rt).empty());
    const auto history = f.vault->changes().history("answer", f.rt, "sig_letsel");
    std::vector<std::string> seen;
    for (const auto& h : history) {
        seen.push_back(h.write.value.value_or("-") + "/" + h.kind);
    }
    REQUIRE(std::count(seen.begin(), seen.end(), "nee/conflict") == 1);
    REQUIRE(seen.back() == "ja/resolution");
}

TEST_CASE("incoming: a field's closed disagreements are kept, once, even beside a local edit") {
    Pulled f;
    f.apply(f.page());
    auto resolved = incoming(f.caseId, "answer", f.rt, "sig_letsel", "nee", 4, f.colleague);
    const auto me = f.vault->owner().userId;
    resolved.resolved = {{3,
                          "resolution",
                          std::string("nee"),
                          f.colleague,
                          "jgt",
                          std::string(32, 'd'),
                          30,
                          {{1, std::string("ja"), f.colleague, "jgt", std::string(32, 'd'), 10},
                           {2, std::string("nee"), me, "gi", std::string(32, 'e'), 20}}}};
    REQUIRE(f.applyOne(resolved) == ApplyOutcome::Applied);
    REQUIRE(f.applyOne(resolved) == ApplyOutcome::Unchanged);
    const auto settled = vault::SettledConflicts(f.vault->db()).of("answer", f.rt);
    REQUIRE(settled.size() == 1);
    CHECK(settled[0].kind == "resolution");
    CHECK(settled[0].caseId == f.caseId);
    CHECK(settled[0].closing.version == 3);
    CHECK(settled[0].closing.value == "nee");
    CHECK(settled[0].closing.author == f.colleague);
    CHECK(settled[0].closing.hlc.packed() == 30);
    REQUIRE(settled[0].sides.size() == 2);
    CHECK(settled[0].sides[0].value == "ja");
    CHECK(settled[0].sides[1].author == me);
    CHECK(settled[0].sides[1].role == "gi");

    // A later state of the field, pulled while this device has its own edit pending, still
    // brings what happened before.
    vault::Transaction tx(f.vault->db());
    f.vault->changes().record({f.caseId, "answer", f.rt, "acuut_letsel", std::string("ja")},
                              f.vault->owner());
    tx.commit();
    auto other = incoming(f.caseId, "answer", f.rt, "acuut_letsel", "nee", 3, f.colleague);
    other.resolved = {{3,
                       "agreement",
                       std::string("nee"),
                       me,
                       "gi",
                       std::string(32, 'e'),
                       40,
                       {{1, std::string("nee"), f.colleague, "jgt", std::string(32, 'd'), 35}}}};
    REQUIRE(f.applyOne(other) == ApplyOutcome::KeptLocal);
    REQUIRE(vault::SettledConflicts(f.vault->db()).of("answer", f.rt).size() == 2);
}
