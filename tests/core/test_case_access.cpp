#include <catch2/catch.hpp>

#include "core/domain/case_membership.h"
#include "core/domain/case_repository.h"
#include "core/domain/consent_repository.h"
#include "core/domain/person_repository.h"
#include "core/domain/user_repository.h"
#include "tests/core/vault_fixture.h"

using namespace veldwerk;
using namespace veldwerk::testing;

namespace {
struct TeamVault : VaultFixture {
    domain::UserRepository users{*vault};
    domain::Actor jgt = vault->owner();
    domain::Actor gi;
    domain::Actor colleague;
    std::string caseId;
    TeamVault() {
        gi = users.actorFor(*users.findById(users.add(jgt, "gi-anouk", "gi", "GI Holland")));
        colleague = users.actorFor(*users.findById(users.add(jgt, "jgt-bram", "jgt", "JGT Oost")));
        caseId = domain::CaseRepository(*vault).add(jgt, "Gezin Toegang");
    }
};
}  // namespace

TEST_CASE("a user sees only the cases they are a member of") {
    TeamVault f;
    domain::CaseRepository cases(*f.vault);
    REQUIRE(cases.list(f.jgt).size() == 1);
    REQUIRE(cases.list(f.colleague).empty());
    REQUIRE_THROWS_AS(cases.find(f.colleague, f.caseId), domain::AccessDenied);
    domain::CaseMembership(*f.vault).add(f.jgt, f.caseId, f.colleague.userId, "jgt");
    REQUIRE(cases.list(f.colleague).size() == 1);
}

TEST_CASE("a GI professional joins a case only with the family's consent") {
    TeamVault f;
    domain::CaseMembership members(*f.vault);
    REQUIRE_THROWS_WITH(members.add(f.jgt, f.caseId, f.gi.userId, "gi"),
                        Catch::Contains("consent"));
    REQUIRE(domain::CaseRepository(*f.vault).list(f.gi).empty());
    domain::ConsentRepository(*f.vault).add(f.jgt, f.caseId, "gi", "moeder, mevrouw T.");
    members.add(f.jgt, f.caseId, f.gi.userId, "gi");
    REQUIRE(members.roleOf(f.caseId, f.gi.userId) == "gi");
    REQUIRE(domain::CaseRepository(*f.vault).list(f.gi).size() == 1);
}

TEST_CASE("withdrawing consent ends the GI memberships of the case") {
    TeamVault f;
    domain::ConsentRepository consents(*f.vault);
    consents.add(f.jgt, f.caseId, "gi", "vader");
    domain::CaseMembership(*f.vault).add(f.jgt, f.caseId, f.gi.userId, "gi");
    REQUIRE(consents.withdraw(f.jgt, f.caseId, "gi") == 1);
    REQUIRE_FALSE(consents.inForce(f.caseId, "gi"));
    REQUIRE_FALSE(domain::CaseMembership(*f.vault).roleOf(f.caseId, f.gi.userId));
    REQUIRE(domain::CaseRepository(*f.vault).list(f.gi).empty());
    // The record stays, with who withdrew it and when.
    const auto history = consents.forCase(f.caseId);
    REQUIRE(history.size() == 1);
    REQUIRE(history[0].withdrawnAtMs);
    REQUIRE(history[0].withdrawnBy == f.jgt.userId);
}

TEST_CASE("only a JGT member adds members") {
    TeamVault f;
    domain::ConsentRepository(*f.vault).add(f.jgt, f.caseId, "gi", "moeder");
    domain::CaseMembership members(*f.vault);
    members.add(f.jgt, f.caseId, f.gi.userId, "gi");
    REQUIRE_THROWS_AS(members.add(f.gi, f.caseId, f.colleague.userId, "jgt"), domain::AccessDenied);
}

TEST_CASE("persons are validated, recorded in the change record and audited") {
    TeamVault f;
    domain::PersonRepository persons(*f.vault);
    const auto id = persons.add(f.jgt, f.caseId, "kind", "Sem", std::string("2023-04-30"));
    REQUIRE_THROWS_WITH(persons.add(f.jgt, f.caseId, "buurman", "X", std::nullopt),
                        Catch::Contains("'kind' or 'ouder'"));
    REQUIRE_THROWS_WITH(persons.add(f.jgt, f.caseId, "kind", "Y", std::string("2023-02-30")),
                        Catch::Contains("YYYY-MM-DD"));
    REQUIRE_THROWS_AS(persons.add(f.colleague, f.caseId, "kind", "Z", std::nullopt),
                      domain::AccessDenied);
    const auto list = persons.forCase(f.jgt, f.caseId);
    REQUIRE(list.size() == 1);
    REQUIRE(list[0].born == "2023-04-30");
    REQUIRE(f.vault->changes().history("person", id, "name").at(0).write.value == "Sem");
    const auto log = f.vault->audit().list(f.caseId);
    REQUIRE(std::count_if(log.begin(), log.end(),
                          [](const auto& e) { return e.entity == "person"; }) == 2);
}

TEST_CASE("a person is corrected through the change record, only the fields that differ") {
    TeamVault f;
    domain::PersonRepository persons(*f.vault);
    const auto id = persons.add(f.jgt, f.caseId, "kind", "Sem", std::nullopt);
    persons.update(f.jgt, id, "kind", "Sem de Vries", std::string("2018-04-02"));
    const auto p = persons.find(f.jgt, id);
    REQUIRE(p->name == "Sem de Vries");
    REQUIRE(p->born == "2018-04-02");
    const auto names = f.vault->changes().history("person", id, "name");
    REQUIRE(names.size() == 2);
    REQUIRE(names.back().write.value == "Sem de Vries");
    REQUIRE(f.vault->changes().history("person", id, "born").size() == 2);
    REQUIRE(f.vault->changes().history("person", id, "role").size() == 1);  // unchanged
    REQUIRE_THROWS_WITH(persons.update(f.jgt, id, "kind", "Sem", std::string("2018-02-30")),
                        Catch::Contains("YYYY-MM-DD"));
    REQUIRE_THROWS_WITH(persons.update(f.jgt, id, "kind", "", std::nullopt),
                        Catch::Contains("name"));
    REQUIRE_THROWS_AS(persons.update(f.colleague, id, "ouder", "Sem", std::nullopt),
                      domain::AccessDenied);
    REQUIRE(persons.find(f.jgt, id)->role == "kind");
    const auto log = f.vault->audit().list(f.caseId);
    REQUIRE(std::count_if(log.begin(), log.end(), [](const auto& e) {
                return e.entity == "person" && e.action == "change";
            }) == 1);
}

TEST_CASE("iso dates are checked as calendar dates") {
    REQUIRE(domain::isIsoDate("2024-02-29"));
    REQUIRE_FALSE(domain::isIsoDate("2023-02-29"));
    REQUIRE_FALSE(domain::isIsoDate("2023-13-01"));
    REQUIRE_FALSE(domain::isIsoDate("23-01-01"));
    REQUIRE_FALSE(domain::isIsoDate("2023/01/01"));
}
