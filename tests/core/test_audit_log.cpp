#include <catch2/catch.hpp>

#include "core/domain/case_repository.h"
#include "tests/core/vault_fixture.h"

using namespace veldwerk;
using namespace veldwerk::testing;

namespace {
// What an attacker with the key would have to do first: the log refuses edits by trigger.
void dropGuards(vault::Database& db) {
    db.exec("DROP TRIGGER audit_log_no_update");
    db.exec("DROP TRIGGER audit_log_no_delete");
}

struct LoggedVault : VaultFixture {
    std::string caseId;
    LoggedVault() {
        domain::CaseRepository cases(*vault);
        caseId = cases.add(vault->owner(), "Gezin Audit");
        cases.find(vault->owner(), caseId);
        cases.list(vault->owner());
        cases.rename(vault->owner(), caseId, "Gezin Audit-Jansen");
    }
};
}  // namespace

TEST_CASE("each write and read of a case leaves an audit entry with user, device and case") {
    LoggedVault f;
    const auto entries = f.vault->audit().list(f.caseId);
    REQUIRE(entries.size() == 3);
    REQUIRE(entries[0].action == "create");
    REQUIRE(entries[1].action == "read");
    REQUIRE(entries[2].action == "change");
    for (const auto& e : entries) {
        REQUIRE(e.userId == f.vault->owner().userId);
        REQUIRE(e.deviceId == f.vault->owner().deviceId);
        REQUIRE(e.entityId == f.caseId);
    }
    // The list is a search across cases.
    const auto all = f.vault->audit().list();
    REQUIRE(
        std::any_of(all.begin(), all.end(), [](const auto& e) { return e.action == "search"; }));
}

TEST_CASE("an intact log verifies") {
    LoggedVault f;
    const auto result = f.vault->audit().verify();
    REQUIRE(result.intact);
    REQUIRE(result.entriesChecked == 5);  // vault create + 4 case accesses
}

TEST_CASE("the audit log refuses updates and deletes") {
    LoggedVault f;
    REQUIRE_THROWS(f.vault->db().exec("UPDATE audit_log SET action = 'read' WHERE seq = 2"));
    REQUIRE_THROWS(f.vault->db().exec("DELETE FROM audit_log WHERE seq = 2"));
}

TEST_CASE("verify names the first altered entry") {
    LoggedVault f;
    dropGuards(f.vault->db());
    f.vault->db().exec("UPDATE audit_log SET user_id = 'someone-else' WHERE seq = 3");
    const auto result = f.vault->audit().verify();
    REQUIRE_FALSE(result.intact);
    REQUIRE(*result.firstBrokenSeq == 3);
    REQUIRE_THAT(result.problem, Catch::Contains("altered"));
}

TEST_CASE("verify finds an entry removed from the middle") {
    LoggedVault f;
    dropGuards(f.vault->db());
    f.vault->db().exec("DELETE FROM audit_log WHERE seq = 2");
    const auto result = f.vault->audit().verify();
    REQUIRE_FALSE(result.intact);
    REQUIRE(*result.firstBrokenSeq == 2);
    REQUIRE_THAT(result.problem, Catch::Contains("missing"));
}

TEST_CASE("verify finds a removed entry even when the rest was renumbered") {
    LoggedVault f;
    dropGuards(f.vault->db());
    f.vault->db().exec("DELETE FROM audit_log WHERE seq = 2");
    f.vault->db().exec("UPDATE audit_log SET seq = seq - 1 WHERE seq > 2");
    const auto result = f.vault->audit().verify();
    REQUIRE_FALSE(result.intact);
    REQUIRE(*result.firstBrokenSeq == 2);
}

TEST_CASE("verify finds entries cut off the end") {
    LoggedVault f;
    dropGuards(f.vault->db());
    f.vault->db().exec("DELETE FROM audit_log WHERE seq >= 4");
    const auto result = f.vault->audit().verify();
    REQUIRE_FALSE(result.intact);
    REQUIRE(*result.firstBrokenSeq == 4);
}

TEST_CASE("a re-hashed forgery of the last entry is still caught by the head record") {
    LoggedVault f;
    dropGuards(f.vault->db());
    // Change the last entry's content and hash: the chain alone would not notice.
    f.vault->db().exec("UPDATE audit_log SET hash = 'ffff' WHERE seq = 5");
    REQUIRE_FALSE(f.vault->audit().verify().intact);
}
