// The outbox as the sync engine sees it: one row per field taken in local order, acknowledged
// rows leave, a row edited while its batch was out is rebased on the returned version, refused
// changes go to quarantine with their reason and the refused value is taken back from view.
#include <catch2/catch.hpp>

#include "core/domain/case_repository.h"
#include "core/vault/field_conflicts.h"
#include "sync/engine/incoming_change_applier.h"
#include "sync/engine/outbox.h"
#include "sync/engine/quarantine.h"
#include "tests/sync/engine/engine_fixture.h"

using namespace veldwerk;
using namespace veldwerk::testing;
using sync::PushOutcome;

namespace {
const sync::OutgoingChange& find(const std::vector<sync::OutgoingChange>& batch,
                                 const std::string& entity) {
    for (const auto& c : batch) {
        if (c.entity == entity) {
            return c;
        }
    }
    FAIL("no " << entity << " change in the batch");
    throw std::logic_error("unreachable");
}

std::string caseName(vault::Vault& v, const std::string& id) {
    auto st = v.db().prepare("SELECT name FROM cases WHERE id = ?1");
    st.bind(1, id);
    REQUIRE(st.step());
    return st.text(0);
}
}  // namespace

TEST_CASE("outbox: taken in local order, an acknowledged row leaves, its server version stays") {
    VaultFixture f;
    domain::CaseRepository cases(*f.vault);
    const auto id = cases.add(f.vault->owner(), "Gezin Een");
    sync::Outbox outbox(*f.vault);
    const auto batch = outbox.take(500);
    REQUIRE(batch.size() == 2);
    REQUIRE(batch[0].clientSeq < batch[1].clientSeq);
    const auto& name = find(batch, "case");
    REQUIRE(name.caseId == id);
    REQUIRE(name.baseVersion == 0);
    REQUIRE(name.author == f.vault->owner().userId);
    REQUIRE(outbox.take(1).size() == 1);

    vault::Transaction tx(f.vault->db());
    for (const auto& c : batch) {
        outbox.acknowledge(c, {c.clientSeq, PushOutcome::Applied, 1, ""});
    }
    tx.commit();
    REQUIRE(outbox.size() == 0);
    REQUIRE(f.vault->changes().serverVersion("case", id, "name") == 1);
    // The next edit is made on version 1.
    cases.rename(f.vault->owner(), id, "Gezin Twee");
    REQUIRE(outbox.take(500).at(0).baseVersion == 1);
}

TEST_CASE("outbox: a row edited while its batch was out stays, rebased on the returned version") {
    VaultFixture f;
    domain::CaseRepository cases(*f.vault);
    const auto id = cases.add(f.vault->owner(), "Gezin Een");
    sync::Outbox outbox(*f.vault);
    const auto sent = outbox.take(500);
    cases.rename(f.vault->owner(), id, "Gezin Twee");  // while the batch is out
    REQUIRE(outbox.size() == 2);                       // still one row per field
    {
        vault::Transaction tx(f.vault->db());
        for (const auto& c : sent) {
            outbox.acknowledge(c, {c.clientSeq, PushOutcome::Applied, 3, ""});
        }
        tx.commit();
    }
    const auto left = outbox.take(500);
    REQUIRE(left.size() == 1);
    REQUIRE(left[0].value == "Gezin Twee");
    REQUIRE(left[0].baseVersion == 3);
}

TEST_CASE("outbox: acknowledging a resolution ends the conflict, a concurrent answer keeps it") {
    VaultFixture f;
    const auto owner = f.vault->owner();
    const auto id = domain::CaseRepository(*f.vault).add(owner, "Gezin Een");
    vault::FieldConflicts conflicts(f.vault->db());
    const std::vector<vault::ConflictSide> sides = {{1, "A", owner.userId, "jgt", "d", {}},
                                                    {2, "B", owner.userId, "jgt", "e", {}}};
    conflicts.replace(id, "case", id, "name", sides);
    domain::CaseRepository(*f.vault).rename(owner, id, "A");
    REQUIRE(conflicts.open().empty());  // resolving locally
    sync::Outbox outbox(*f.vault);
    const auto batch = outbox.take(500);
    const auto& c = find(batch, "case");
    SECTION("applied: resolved") {
        vault::Transaction tx(f.vault->db());
        outbox.acknowledge(c, {c.clientSeq, PushOutcome::Applied, 3, ""});
        tx.commit();
        REQUIRE_FALSE(conflicts.find("case", id, "name"));
    }
    SECTION("conflict: still open, shown again") {
        vault::Transaction tx(f.vault->db());
        outbox.acknowledge(c, {c.clientSeq, PushOutcome::Conflict, 3, ""});
        tx.commit();
        REQUIRE(conflicts.open().size() == 1);
    }
}

TEST_CASE("quarantine: a refused change is kept with its reason and taken back from view") {
    VaultFixture f;
    domain::CaseRepository cases(*f.vault);
    const auto owner = f.vault->owner();
    const auto id = cases.add(owner, "Gezin Een");
    sync::Outbox outbox(*f.vault);
    {
        vault::Transaction tx(f.vault->db());
        for (const auto& c : outbox.take(500)) {
            outbox.acknowledge(c, {c.clientSeq, PushOutcome::Applied, 1, ""});
        }
        tx.commit();
    }
    cases.rename(owner, id, "Gezin Verkeerd");
    REQUIRE(caseName(*f.vault, id) == "Gezin Verkeerd");
    const auto c = outbox.take(500).at(0);
    {
        vault::Transaction tx(f.vault->db());
        sync::Quarantine(f.vault->db()).add(c, "dev-7", "you may not rename this case", 42);
        f.vault->changes().markRefused(c.clientSeq);
        REQUIRE(outbox.dropRefused(c));
        sync::IncomingChangeApplier(*f.vault).takeBack(sync::writeOf(c));
        tx.commit();
    }
    REQUIRE(outbox.size() == 0);
    REQUIRE(caseName(*f.vault, id) == "Gezin Een");  // what the server has
    const auto kept = sync::Quarantine(f.vault->db()).list();
    REQUIRE(kept.size() == 1);
    REQUIRE(kept[0].change.value == "Gezin Verkeerd");
    REQUIRE(kept[0].reason == "you may not rename this case");
    REQUIRE(kept[0].batchId == "dev-7");
    // The refused write stays in the field's history, marked.
    REQUIRE(f.vault->changes().history("case", id, "name").back().kind == "refused");
}

TEST_CASE("quarantine: a refused field the server never had disappears from view") {
    VaultFixture f;
    const auto id = domain::CaseRepository(*f.vault).add(f.vault->owner(), "Gezin Nieuw");
    sync::Outbox outbox(*f.vault);
    vault::Transaction tx(f.vault->db());
    for (const auto& c : outbox.take(500)) {
        sync::Quarantine(f.vault->db()).add(c, "dev-1", "no", 1);
        REQUIRE(outbox.dropRefused(c));
        sync::IncomingChangeApplier(*f.vault).takeBack(sync::writeOf(c));
    }
    tx.commit();
    REQUIRE(domain::CaseRepository(*f.vault).list(f.vault->owner()).empty());
    REQUIRE(sync::Quarantine(f.vault->db()).size() == 2);
}

TEST_CASE("outbox: after a conflict, an edit made while the batch was out stays concurrent") {
    VaultFixture f;
    domain::CaseRepository cases(*f.vault);
    const auto id = cases.add(f.vault->owner(), "Gezin Een");
    sync::Outbox outbox(*f.vault);
    const auto sent = outbox.take(500);
    cases.rename(f.vault->owner(), id, "Gezin Twee");  // while the batch is out
    {
        vault::Transaction tx(f.vault->db());
        for (const auto& c : sent) {
            outbox.acknowledge(c, {c.clientSeq, PushOutcome::Conflict, 3, ""});
        }
        tx.commit();
    }
    // Rebased on version 3, the edit would resolve a conflict this device has not seen.
    const auto left = outbox.take(500);
    REQUIRE(left.size() == 1);
    REQUIRE(left[0].value == "Gezin Twee");
    REQUIRE(left[0].baseVersion == 0);
    // And a later write, too, stays on the version the device last saw until a pull.
    cases.rename(f.vault->owner(), id, "Gezin Drie");
    REQUIRE(f.vault->changes().serverVersion("case", id, "name") == 0);
}

TEST_CASE(
    "outbox: a concurrent 'unchanged' does not rebase either (the server's value is unseen)") {
    VaultFixture f;
    domain::CaseRepository cases(*f.vault);
    const auto id = cases.add(f.vault->owner(), "Gezin Een");
    sync::Outbox outbox(*f.vault);
    const auto sent = outbox.take(500);
    cases.rename(f.vault->owner(), id, "Gezin Twee");
    {
        vault::Transaction tx(f.vault->db());
        for (const auto& c : sent) {
            // Made on version 0, answered at version 3: someone else's state stands there.
            outbox.acknowledge(c, {c.clientSeq, PushOutcome::Unchanged, 3, ""});
        }
        tx.commit();
    }
    REQUIRE(outbox.take(500).at(0).baseVersion == 0);
}

TEST_CASE("quarantine: an unsent edit folded into a refused one is not left on show") {
    VaultFixture f;
    domain::CaseRepository cases(*f.vault);
    const auto owner = f.vault->owner();
    const auto id = cases.add(owner, "Gezin Een");
    sync::Outbox outbox(*f.vault);
    {
        vault::Transaction tx(f.vault->db());
        for (const auto& c : outbox.take(500)) {
            outbox.acknowledge(c, {c.clientSeq, PushOutcome::Applied, 1, ""});
        }
        tx.commit();
    }
    cases.rename(owner, id, "Gezin Twee");  // never sent: the next edit replaces it in the outbox
    cases.rename(owner, id, "Gezin Drie");
    const auto c = outbox.take(500).at(0);
    REQUIRE(c.value == "Gezin Drie");
    {
        vault::Transaction tx(f.vault->db());
        f.vault->changes().markRefused(c.clientSeq);
        REQUIRE(outbox.dropRefused(c));
        sync::IncomingChangeApplier(*f.vault).takeBack(sync::writeOf(c));
        tx.commit();
    }
    REQUIRE(caseName(*f.vault, id) == "Gezin Een");
    // The field's latest state is the server's, not the folded edit (found by seed 3700).
    REQUIRE(f.vault->changes().latest("case", id, "name")->write.value == "Gezin Een");
    const auto history = f.vault->changes().history("case", id, "name");
    REQUIRE(history.size() == 3);
    REQUIRE(history[1].kind == "refused");
    REQUIRE(history[2].kind == "refused");
}

TEST_CASE("sync: a server state pulled after a concurrent no-op replaces the local value shown") {
    VaultFixture f;
    domain::CaseRepository cases(*f.vault);
    const auto owner = f.vault->owner();
    const auto id = cases.add(owner, "Gezin Een");
    sync::Outbox outbox(*f.vault);
    // The first name went out and came back 'unchanged' at version 1: someone else wrote the
    // same name concurrently. Meanwhile the user renamed; the server took that as a no-op too.
    const auto first = outbox.take(500);
    cases.rename(owner, id, "Gezin Twee");
    {
        vault::Transaction tx(f.vault->db());
        for (const auto& c : first) {
            outbox.acknowledge(c, {c.clientSeq, PushOutcome::Unchanged, 1, ""});
        }
        for (const auto& c : outbox.take(500)) {
            outbox.acknowledge(c, {c.clientSeq, PushOutcome::Unchanged, 1, ""});
        }
        tx.commit();
    }
    // The case is fetched again: version 1 is 'Gezin Een', which this device once wrote too.
    sync::IncomingChange pulled;
    pulled.caseId = id;
    pulled.entity = "case";
    pulled.entityId = id;
    pulled.field = "name";
    pulled.value = "Gezin Een";
    pulled.version = 1;
    pulled.hlc = f.vault->clock().now().packed();
    pulled.author = "someone-else";
    pulled.role = "jgt";
    pulled.device = "other-device";
    {
        vault::Transaction tx(f.vault->db());
        REQUIRE(sync::IncomingChangeApplier(*f.vault).apply(pulled) == sync::ApplyOutcome::Applied);
        tx.commit();
    }
    REQUIRE(caseName(*f.vault, id) == "Gezin Een");
    // The history's latest row is what is on show (found by seed 2580: a set field cleared).
    REQUIRE(f.vault->changes().latest("case", id, "name")->write.value == "Gezin Een");
}
