#include <catch2/catch.hpp>

#include "core/domain/case_repository.h"
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
    const auto all = f.vault->changes().since(0, 100);
    REQUIRE(all.size() == 3);
    const auto rest = f.vault->changes().since(all[0].seq, 100);
    REQUIRE(rest.size() == 2);
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
