// Anonymous consultations on the server, both backends (PROTOCOL.md "Consultations"): a
// consultation reaches the GI professionals of the organisation asked, without consent and
// without anything naming the case; the server refuses every field or value that would name a
// case or person towards them, and a link to the case without a GI consent in force; once linked
// it is part of the case (its scope, its audit trail, its destruction).
#include <catch2/catch.hpp>

#include "sync/server/directory/directory.h"
#include "sync/server/retention/case_destruction.h"
#include "sync/server/transaction.h"
#include "tests/sync/server/server_world.h"

using namespace veldwerk::sync;
using namespace veldwerk::sync::server;
using namespace veldwerk::testing;

namespace {

bool inScope(const PullResponse& p, const std::string& id) {
    return std::find(p.scope.begin(), p.scope.end(), id) != p.scope.end();
}

std::vector<IncomingChange> consultationChanges(const PullResponse& p, const std::string& id) {
    std::vector<IncomingChange> out;
    for (const auto& c : p.changes) {
        if (c.entity == "consultation" && c.entityId == id) {
            out.push_back(c);
        }
    }
    return out;
}

}  // namespace

TEST_CASE("consultations: reach the GI organisation asked without consent, naming no case") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    ServerWorld world(backend);
    auto anna = world.user("anna", "jgt", "Team Noord");
    auto bert = world.user("bert", "jgt", "Team Noord");
    auto gijs = world.user("gijs", "gi");
    auto gerda = world.user("gerda", "gi");
    auto sanne = world.user("sanne", "supervisor", "Team Noord");
    inTransaction(world.db(), SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
        Directory(world.db()).addOrg("GI Oost", "gi", wallNowMs());
        Directory(world.db())
            .addUser("olga", "GI Oost", "gi", std::nullopt, world.hasher().hash(kPassword),
                     wallNowMs());
        tx.commit();
    });
    auto olga = world.secondDevice("olga");
    const auto caseId = world.newCase(anna);
    const auto personId = newId();
    REQUIRE(world.pushOne(anna, world.change(anna, caseId, "person", personId, "name", "Sam"))
                .outcome == PushOutcome::Applied);

    const auto k = newId();
    const auto ask = [&](const std::string& field, std::optional<std::string> value) {
        return world.pushOne(anna, world.change(anna, k, "consultation", k, field, value));
    };
    for (const auto& [field, value] : std::vector<std::pair<std::string, std::string>>{
             {"to_org", "GI Midden"},
             {"question", "Moeder drinkt, kind van 6 alleen thuis: melden of eerst gesprek?"},
             {"about", "meldcode"},
             {"asked_at", "1765100000000"},
             {"asked_by", anna.userId}}) {
        const auto r = ask(field, value);
        INFO(field << ": " << r.reason);
        REQUIRE(r.outcome == PushOutcome::Applied);
    }

    // Nothing that names the case or a person, nor a link without consent.
    const auto refused = [&](const Caller& by, const std::string& caseOrId,
                             const std::string& field, std::optional<std::string> value) {
        const auto r =
            world.pushOne(by, world.change(by, caseOrId, "consultation", k, field, value));
        INFO(field << ": " << r.reason);
        return r.outcome == PushOutcome::Refused;
    };
    CHECK(refused(anna, caseId, "question", "Hoe verder?"));  // under the case's id
    for (const auto& field : {"case_id", "person_id", "name", "born", "address", "subject"}) {
        CHECK(refused(anna, k, field, caseId));
    }
    CHECK(refused(anna, k, "question", "Zie dossier " + caseId));
    CHECK(refused(anna, k, "question", "Over persoon " + personId));
    CHECK(refused(anna, k, "to_org", "JGT Utrecht"));  // not a GI organisation
    CHECK(refused(anna, k, "about", "wat dan ook"));
    CHECK(refused(anna, k, "case_link", caseId));       // no consent yet
    CHECK(refused(bert, k, "question", "Mijn vraag"));  // not the asker
    CHECK(refused(gijs, k, "question", "Andere vraag"));
    CHECK(refused(olga, k, "advice", "Van een andere GI"));  // not the organisation asked
    const auto other = newId();
    CHECK(
        world.pushOne(gijs, world.change(gijs, other, "consultation", other, "to_org",
                                         "GI Midden"))
            .outcome == PushOutcome::Refused);  // a GI professional does not ask

    // The GI organisation's professionals get it, and nothing in it names the case or a person.
    for (const auto* gi : {&gijs, &gerda}) {
        const auto pulled = world.pull(*gi);
        CHECK(inScope(pulled, k));
        CHECK_FALSE(inScope(pulled, caseId));
        const auto changes = consultationChanges(pulled, k);
        CHECK(changes.size() == 5);
        for (const auto& c : pulled.changes) {
            CHECK(c.caseId != caseId);
            CHECK(c.entityId != caseId);
            CHECK(c.entity == "consultation");
            CHECK(c.field != "case_link");
            CHECK((!c.value || (c.value->find(caseId) == std::string::npos &&
                                c.value->find(personId) == std::string::npos &&
                                c.value->find("Sam") == std::string::npos)));
        }
    }
    for (const auto* outside : {&olga, &bert}) {
        const auto pulled = world.pull(*outside);
        CHECK_FALSE(inScope(pulled, k));
        CHECK(consultationChanges(pulled, k).empty());
    }

    // Answered there, with the time it took; back to the asker.
    CHECK(refused(gijs, k, "minutes", "2000"));
    CHECK(refused(gijs, k, "answered_by", gerda.userId));
    CHECK(refused(gijs, k, "advice", "Bel over " + caseId));
    for (const auto& [field, value] : std::vector<std::pair<std::string, std::string>>{
             {"advice", "Eerst een gesprek met moeder, dan Veilig Thuis om advies."},
             {"minutes", "25"},
             {"answered_at", "1765100600000"},
             {"answered_by", gijs.userId}}) {
        const auto r = world.pushOne(gijs, world.change(gijs, k, "consultation", k, field, value));
        INFO(field << ": " << r.reason);
        REQUIRE(r.outcome == PushOutcome::Applied);
    }
    CHECK(world.field(anna, k, "consultation", k, "minutes")->value == std::string("25"));
    CHECK(world.count("SELECT COUNT(*) FROM consultations WHERE minutes = 25 AND answered_by = '" +
                      gijs.userId + "' AND case_id IS NULL") == 1);
    // Its accesses so far are logged under no case.
    CHECK(world.count("SELECT COUNT(*) FROM audit_log WHERE entity = 'consultation' AND "
                      "case_id IS NULL AND entity_id = '" +
                      k + "'") > 0);

    // After consent the asker links it: from then on it is the case's.
    world.giveConsent(anna, caseId);
    REQUIRE(world.addMember(anna, caseId, gijs, "gi").outcome == PushOutcome::Applied);
    CHECK(refused(bert, k, "case_link", caseId));  // not a member of the case
    CHECK(refused(gijs, k, "case_link", caseId));  // the JGT links
    CHECK_FALSE(refused(anna, k, "case_link", caseId));
    CHECK(refused(anna, k, "case_link", newId()));  // linked: stays with its case
    CHECK(refused(anna, k, "case_link", std::nullopt));
    CHECK(inScope(world.pull(gijs), k));
    CHECK(inScope(world.pull(sanne), k));
    CHECK(inScope(world.pull(anna), k));
    CHECK_FALSE(inScope(world.pull(gerda), k));  // a GI colleague not on the case: no more
    CHECK(
        world.count("SELECT COUNT(*) FROM audit_log WHERE entity = 'consultation' AND case_id = '" +
                    caseId + "'") > 0);

    // Withdrawn consent: the GI professional leaves the case, and the consultation with it.
    const auto consents = world.db().query("SELECT id FROM consents WHERE case_id = ?", {caseId});
    REQUIRE(consents.size() == 1);
    REQUIRE(world
                .pushOne(anna, world.change(anna, caseId, "consent", asText(consents[0][0]),
                                            "withdrawn_at", "1765200000000"))
                .outcome == PushOutcome::Applied);
    CHECK_FALSE(inScope(world.pull(gijs), k));

    // Destroyed with its case: fields and ledger row gone, the access log kept.
    inTransaction(world.db(), SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
        const auto admin1 = newId();
        CaseDestruction destruction(world.db());
        const auto request =
            destruction.request(caseId, "parent", wallNowMs(), admin1, wallNowMs());
        destruction.approve(request.id, newId(), wallNowMs());
        tx.commit();
    });
    CHECK(world.count("SELECT COUNT(*) FROM fields WHERE case_id = '" + k + "'") == 0);
    CHECK(world.count("SELECT COUNT(*) FROM consultations") == 0);
    CHECK(world.count("SELECT COUNT(*) FROM audit_log WHERE entity_id = '" + k + "'") > 0);
}
