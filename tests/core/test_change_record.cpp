#include <catch2/catch.hpp>

#include "core/domain/case_membership.h"
#include "core/domain/case_repository.h"
#include "core/domain/consent_repository.h"
#include "core/domain/user_repository.h"
#include "core/vault/field_conflicts.h"
#include "tests/core/vault_fixture.h"

using namespace veldwerk;
using namespace veldwerk::testing;

TEST_CASE("every field write is recorded with HLC time, author, device and versions") {
    VaultFixture f;
    domain::CaseRepository cases(*f.vault);
    const auto id = cases.add(f.vault->owner(), "Gezin Een");
    cases.rename(f.vault->owner(), id, "Gezin Twee");
    const auto history = f.vault->changes().history("case", id, "name");
    REQUIRE(history.size() == 2);
    REQUIRE(history[0].write.value == "Gezin Een");
    REQUIRE(history[0].baseVersion == 0);
    REQUIRE(history[0].version == 1);
    REQUIRE(history[1].write.value == "Gezin Twee");
    REQUIRE(history[1].baseVersion == 1);
    REQUIRE(history[1].version == 2);
    REQUIRE(history[1].hlc > history[0].hlc);
    for (const auto& c : history) {
        REQUIRE(c.author == f.vault->owner().userId);
        REQUIRE(c.device == f.vault->owner().deviceId);
    }
    REQUIRE(f.vault->changes().currentVersion("case", id, "name") == 2);
}

TEST_CASE("changes since a sequence number come in order, for the sync engine to push") {
    VaultFixture f;
    domain::CaseRepository cases(*f.vault);
    cases.add(f.vault->owner(), "A");
    cases.add(f.vault->owner(), "B");
    cases.add(f.vault->owner(), "C");
    // Each case add writes the case's name and its creator's membership.
    const auto all = f.vault->changes().since(0, 100);
    REQUIRE(all.size() == 6);
    REQUIRE(all[0].write.entity == "case");
    REQUIRE(all[1].write.entity == "member");
    const auto rest = f.vault->changes().since(all[1].seq, 100);
    REQUIRE(rest.size() == 4);
    REQUIRE(rest[0].write.value == "B");
    REQUIRE(f.vault->changes().since(0, 1).size() == 1);
}

TEST_CASE("the clock's high-water mark survives reopening, even with a clock set back") {
    TempDir tmp;
    const auto dir = tmp / "vault";
    clock::Hlc last;
    {
        auto v = vault::Vault::create(dir, kPassphrase, cheapVaultOptions());
        domain::CaseRepository(*v).add(v->owner(), "Gezin Klok");
        last = v->clock().last();
    }
    struct PastClock final : clock::PhysicalClock {
        std::int64_t nowMs() const override { return 1000; }  // 1970: a tablet with a dead RTC
    } past;
    auto v = vault::Vault::open(dir, kPassphrase, &past);
    const auto id = domain::CaseRepository(*v).add(v->owner(), "Na herstart");
    const auto h = v->changes().history("case", id, "name");
    REQUIRE(h.at(0).hlc > last);
}

TEST_CASE("a failed write leaves neither the row nor its change record") {
    VaultFixture f;
    domain::CaseRepository cases(*f.vault);
    REQUIRE_THROWS(cases.rename(f.vault->owner(), "no-such-case", "x"));
    REQUIRE(f.vault->changes().since(0, 100).empty());
}

namespace {
struct OutboxRow {
    std::string caseId;
    std::optional<std::string> value;
    std::int64_t base = 0;
    std::int64_t localSeq = 0;
};

std::optional<OutboxRow> outboxRow(vault::Vault& v, const std::string& entity,
                                   const std::string& entityId, const std::string& field) {
    auto st = v.db().prepare(
        "SELECT case_id, value, base_version, local_seq FROM outbox WHERE entity = ?1 AND "
        "entity_id = ?2 AND field = ?3");
    st.bind(1, entity).bind(2, entityId).bind(3, field);
    if (!st.step()) {
        return std::nullopt;
    }
    return OutboxRow{st.text(0), st.optionalText(1), st.int64(2), st.int64(3)};
}

std::int64_t count(vault::Vault& v, const std::string& sql) {
    auto st = v.db().prepare(sql);
    st.step();
    return st.int64(0);
}
}  // namespace

TEST_CASE("every write names its case and waits in the outbox: one row per field, first base") {
    VaultFixture f;
    domain::CaseRepository cases(*f.vault);
    const auto id = cases.add(f.vault->owner(), "Gezin Een");
    const auto first = outboxRow(*f.vault, "case", id, "name");
    REQUIRE(first);
    REQUIRE(first->caseId == id);
    REQUIRE(first->base == 0);
    REQUIRE(outboxRow(*f.vault, "member", id + ":" + f.vault->owner().userId, "role")->value ==
            f.vault->owner().role);

    // The server has seen version 4 of the name; two edits later the outbox holds the last value
    // with the base of the first unpushed edit.
    f.vault->db().exec("DELETE FROM outbox");
    f.vault->db()
        .prepare(
            "UPDATE field_versions SET server_version = 4 WHERE entity = 'case' AND field = "
            "'name'")
        .run();
    cases.rename(f.vault->owner(), id, "Gezin Twee");
    const auto second = outboxRow(*f.vault, "case", id, "name");
    cases.rename(f.vault->owner(), id, "Gezin Drie");
    const auto third = outboxRow(*f.vault, "case", id, "name");
    REQUIRE(count(*f.vault, "SELECT count(*) FROM outbox") == 1);
    REQUIRE(third->value == "Gezin Drie");
    REQUIRE(third->base == 4);
    REQUIRE(third->localSeq > second->localSeq);
    REQUIRE(f.vault->changes().serverVersion("case", id, "name") == 4);
    // The change record keeps the case of every row.
    REQUIRE(count(*f.vault, "SELECT count(*) FROM field_changes WHERE case_id != '" + id + "'") ==
            0);
    REQUIRE(count(*f.vault, "SELECT count(*) FROM field_versions WHERE case_id != '" + id + "'") ==
            0);
}

TEST_CASE("memberships and consents travel through the change record with their case") {
    VaultFixture f;
    domain::UserRepository users(*f.vault);
    const auto owner = f.vault->owner();
    const auto gi = users.actorFor(*users.findById(users.add(owner, "gi-gijs", "gi", "GI")));
    const auto caseId = domain::CaseRepository(*f.vault).add(owner, "Gezin Twee");
    const auto consent = domain::ConsentRepository(*f.vault).add(owner, caseId, "gi", "moeder");
    for (const char* field : {"case_id", "for_role", "given_by"}) {
        REQUIRE(outboxRow(*f.vault, "consent", consent, field)->caseId == caseId);
    }
    domain::CaseMembership(*f.vault).add(owner, caseId, gi.userId, "gi");
    const auto member = domain::memberEntityId(caseId, gi.userId);
    REQUIRE(outboxRow(*f.vault, "member", member, "role")->value == "gi");

    domain::ConsentRepository(*f.vault).withdraw(owner, caseId, "gi");
    REQUIRE(outboxRow(*f.vault, "consent", consent, "withdrawn_at")->value);
    // The GI membership ends with a tombstone.
    REQUIRE_FALSE(outboxRow(*f.vault, "member", member, "role")->value);
    REQUIRE(f.vault->changes().history("member", member, "role").size() == 2);
}

TEST_CASE("a JGT write on a field in conflict resolves it, anyone else's leaves it open") {
    VaultFixture f;
    domain::UserRepository users(*f.vault);
    const auto owner = f.vault->owner();
    const auto gi = users.actorFor(*users.findById(users.add(owner, "gi-gijs", "gi", "GI")));
    const auto caseId = domain::CaseRepository(*f.vault).add(owner, "Gezin Drie");
    vault::FieldConflicts conflicts(f.vault->db());
    const std::vector<vault::ConflictSide> sides = {{1, "ja", owner.userId, "jgt", "d1", {}},
                                                    {2, "nee", gi.userId, "gi", "d2", {}}};
    conflicts.replace(caseId, "answer", "a1", "sig_letsel", sides);
    REQUIRE(conflicts.open().size() == 1);

    vault::Transaction tx(f.vault->db());
    f.vault->changes().record({caseId, "answer", "a1", "sig_letsel", "nee"}, gi);
    REQUIRE(conflicts.open().size() == 1);
    f.vault->changes().record({caseId, "answer", "a1", "sig_letsel", "ja"}, owner);
    REQUIRE(conflicts.open().empty());
    REQUIRE(conflicts.find("answer", "a1", "sig_letsel")->resolving);
    tx.commit();
    const auto history = f.vault->changes().history("answer", "a1", "sig_letsel");
    REQUIRE(history.back().kind == "resolution");
    REQUIRE(history.front().kind == "write");
}
