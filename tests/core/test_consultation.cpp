// Anonymous consultation on the device (core/consultation): what the device refuses before
// anything leaves it (record ids, the names it holds for the case, a link without consent), the
// fields that go through the change record under the consultation's own id, and the audit log.
#include <catch2/catch.hpp>

#include "core/consultation/consultation_service.h"
#include "core/consultation/identifying_text.h"
#include "core/domain/case_membership.h"
#include "core/domain/case_repository.h"
#include "core/domain/consent_repository.h"
#include "core/domain/person_repository.h"
#include "core/domain/user_repository.h"
#include "tests/core/vault_fixture.h"

using namespace veldwerk;
using namespace veldwerk::testing;
using consultation::ConsultationRefused;
using consultation::ConsultationService;

namespace {
struct ConsultVault : VaultFixture {
    domain::UserRepository users{*vault};
    domain::Actor jgt = vault->owner();
    domain::Actor gi;
    std::string caseId;
    std::string personId;
    ConsultVault() {
        gi = users.actorFor(*users.findById(users.add(jgt, "gi-anouk", "gi", "GI Midden")));
        caseId = domain::CaseRepository(*vault).add(jgt, "Gezin Jansen");
        personId =
            domain::PersonRepository(*vault).add(jgt, caseId, "kind", "Noor Jansen", "2019-03-01");
    }
    consultation::ConsultationAsk question(std::string text) {
        consultation::ConsultationAsk a;
        a.toOrg = "GI Midden";
        a.question = std::move(text);
        a.about = "veiligheid";
        a.originCase = caseId;
        return a;
    }
};

std::int64_t count(vault::Vault& v, const std::string& sql) {
    auto st = v.db().prepare(sql);
    st.step();
    return st.int64(0);
}
}  // namespace

TEST_CASE("consultation: the device refuses a question that names the case or its family") {
    ConsultVault f;
    ConsultationService consultations(*f.vault);
    REQUIRE_THROWS_AS(consultations.ask(f.jgt, f.question("Zie " + f.caseId)), ConsultationRefused);
    REQUIRE_THROWS_AS(consultations.ask(f.jgt, f.question("Over " + f.personId)),
                      ConsultationRefused);
    REQUIRE_THROWS_AS(consultations.ask(f.jgt, f.question("Hoe gaat het met noor?")),
                      ConsultationRefused);
    REQUIRE_THROWS_AS(consultations.ask(f.jgt, f.question("Familie JANSEN, vader drinkt")),
                      ConsultationRefused);
    REQUIRE_THROWS_AS(consultations.ask(f.gi, f.question("Vraag")), domain::AccessDenied);
    auto unknownTopic = f.question("Vraag");
    unknownTopic.about = "iets";
    REQUIRE_THROWS_AS(consultations.ask(f.jgt, unknownTopic), std::invalid_argument);
    // Nothing of a refused question was written, nor did it reach the refusal's message.
    REQUIRE(count(*f.vault, "SELECT COUNT(*) FROM consultations") == 0);
    REQUIRE(count(*f.vault, "SELECT COUNT(*) FROM outbox WHERE entity = 'consultation'") == 0);
    try {
        consultations.ask(f.jgt, f.question("Familie Jansen"));
        FAIL("refused expected");
    } catch (const ConsultationRefused& e) {
        REQUIRE(std::string(e.what()).find("Jansen") == std::string::npos);
    }
    // "Jansenweg" is not the name; words shorter than three letters never count.
    REQUIRE(consultation::identifyingText("Woont aan de Jansenweg", {"Noor Jansen"}) ==
            std::nullopt);
    REQUIRE(consultation::identifyingText("ik en jij", {"Ik Li"}) == std::nullopt);
}

TEST_CASE("consultation: asked under its own id, answered, linked only with consent") {
    ConsultVault f;
    ConsultationService consultations(*f.vault);
    const auto id =
        consultations.ask(f.jgt, f.question("Kind van 6 vaak alleen thuis, moeder drinkt."));
    // Every field is in the outbox under the consultation's own id, none names the case.
    REQUIRE(count(*f.vault,
                  "SELECT COUNT(*) FROM outbox WHERE entity = 'consultation' AND "
                  "case_id = '" +
                      id + "' AND entity_id = '" + id + "'") == 5);
    REQUIRE(count(*f.vault,
                  "SELECT COUNT(*) FROM outbox WHERE entity = 'consultation' AND ("
                  "case_id = '" +
                      f.caseId + "' OR value LIKE '%" + f.caseId + "%')") == 0);
    auto c = consultations.find(f.jgt, id.substr(0, 8));
    REQUIRE(c.originCase == f.caseId);  // the asker's own note, in no field
    REQUIRE_FALSE(c.caseLink);
    REQUIRE(c.about == "veiligheid");

    REQUIRE_THROWS_AS(consultations.answer(f.jgt, id, "Advies", 10), domain::AccessDenied);
    REQUIRE_THROWS_AS(consultations.answer(f.gi, id, "Advies", 2000), std::invalid_argument);
    REQUIRE_THROWS_AS(consultations.answer(f.gi, id, "Bel " + f.caseId, 10), ConsultationRefused);
    consultations.answer(f.gi, id, "Eerst een gesprek, dan Veilig Thuis om advies.", 25);
    c = consultations.find(f.jgt, id);
    REQUIRE(c.minutes == 25);
    REQUIRE(c.answeredBy == f.gi.userId);

    REQUIRE_THROWS_WITH(consultations.link(f.jgt, id, f.caseId), Catch::Contains("consent"));
    REQUIRE(count(*f.vault, "SELECT COUNT(*) FROM outbox WHERE field = 'case_link'") == 0);
    domain::ConsentRepository(*f.vault).add(f.jgt, f.caseId, "gi", "moeder");
    consultations.link(f.jgt, id, f.caseId);
    REQUIRE(consultations.forCase(f.jgt, f.caseId).size() == 1);
    REQUIRE(
        count(*f.vault, "SELECT COUNT(*) FROM outbox WHERE field = 'case_link' AND case_id = '" +
                            id + "'") == 1);
    // Every access is in the audit log; after the link under the case.
    REQUIRE(count(*f.vault,
                  "SELECT COUNT(*) FROM audit_log WHERE entity = 'consultation' AND "
                  "action = 'create'") == 1);
    REQUIRE(count(*f.vault,
                  "SELECT COUNT(*) FROM audit_log WHERE entity = 'consultation' AND "
                  "action = 'read' AND case_id = '" +
                      f.caseId + "'") >= 1);
    REQUIRE(f.vault->audit().verify().intact);
}
