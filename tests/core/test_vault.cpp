#include <catch2/catch.hpp>
#include <fstream>
#include <thread>

#include "core/domain/case_repository.h"
#include "tests/core/vault_fixture.h"

using namespace veldwerk;
using namespace veldwerk::testing;
using vault::Vault;
using vault::VaultError;

namespace {
VaultError::Kind openErrorKind(const std::filesystem::path& dir, const std::string& passphrase) {
    try {
        Vault::open(dir, passphrase);
    } catch (const VaultError& e) {
        return e.kind();
    }
    FAIL("the vault opened");
    return VaultError::Kind::Io;
}
}  // namespace

TEST_CASE("a created vault opens again with its passphrase and keeps its records") {
    TempDir tmp;
    const auto dir = tmp / "vault";
    std::string id;
    {
        auto v = Vault::create(dir, kPassphrase, cheapVaultOptions());
        id = domain::CaseRepository(*v).add(v->owner(), "Gezin Testmans");
    }
    auto v = Vault::open(dir, kPassphrase);
    const auto found = domain::CaseRepository(*v).find(v->owner(), id);
    REQUIRE(found);
    REQUIRE(found->name == "Gezin Testmans");
}

TEST_CASE("a wrong passphrase is refused, counted, and the right one still opens") {
    VaultFixture f;
    f.vault.reset();
    try {
        Vault::open(f.vaultDir(), "not the passphrase");
        FAIL("opened with a wrong passphrase");
    } catch (const VaultError& e) {
        REQUIRE(e.kind() == VaultError::Kind::WrongPassphrase);
        REQUIRE(e.attemptsLeft() == 9);
    }
    REQUIRE(vault::VaultHeader::load(f.vaultDir())->failedAttempts == 1);
    REQUIRE_NOTHROW(Vault::open(f.vaultDir(), kPassphrase));
    // A success resets the count.
    REQUIRE(vault::VaultHeader::load(f.vaultDir())->failedAttempts == 0);
}

TEST_CASE("the configured number of consecutive wrong passphrases wipes the vault") {
    TempDir tmp;
    const auto dir = tmp / "vault";
    Vault::create(dir, kPassphrase, cheapVaultOptions(3));
    REQUIRE(openErrorKind(dir, "wrong-1-xx") == VaultError::Kind::WrongPassphrase);
    REQUIRE(openErrorKind(dir, "wrong-2-xx") == VaultError::Kind::WrongPassphrase);
    REQUIRE(openErrorKind(dir, "wrong-3-xx") == VaultError::Kind::Wiped);
    REQUIRE_FALSE(Vault::exists(dir));
    REQUIRE(std::filesystem::is_empty(dir));
    REQUIRE(openErrorKind(dir, kPassphrase) == VaultError::Kind::NotFound);
}

TEST_CASE("failures that are not consecutive do not wipe") {
    TempDir tmp;
    const auto dir = tmp / "vault";
    Vault::create(dir, kPassphrase, cheapVaultOptions(2));
    REQUIRE(openErrorKind(dir, "wrong-1-xx") == VaultError::Kind::WrongPassphrase);
    REQUIRE_NOTHROW(Vault::open(dir, kPassphrase));
    REQUIRE(openErrorKind(dir, "wrong-2-xx") == VaultError::Kind::WrongPassphrase);
    REQUIRE(Vault::exists(dir));
}

TEST_CASE("changing the passphrase re-keys without losing data") {
    VaultFixture f;
    const auto id = domain::CaseRepository(*f.vault).add(f.vault->owner(), "Gezin Rekey");
    f.vault->changePassphrase("a brand new passphrase");
    // Still usable after the switch.
    domain::CaseRepository(*f.vault).add(f.vault->owner(), "Gezin Na");
    f.vault.reset();
    REQUIRE(openErrorKind(f.vaultDir(), kPassphrase) == VaultError::Kind::WrongPassphrase);
    auto v = Vault::open(f.vaultDir(), "a brand new passphrase");
    REQUIRE(domain::CaseRepository(*v).find(v->owner(), id)->name == "Gezin Rekey");
    REQUIRE(domain::CaseRepository(*v).list(v->owner()).size() == 2);
    REQUIRE(v->audit().verify().intact);
    // Only the new generation's database remains.
    int databases = 0;
    for (const auto& e : std::filesystem::directory_iterator(f.vaultDir())) {
        databases += e.path().extension() == ".db" ? 1 : 0;
    }
    REQUIRE(databases == 1);
}

TEST_CASE("a re-key interrupted before the switch leaves the old passphrase working") {
    VaultFixture f;
    domain::CaseRepository(*f.vault).add(f.vault->owner(), "Gezin Onderbroken");
    f.vault.reset();
    // Debris of an interrupted re-key: a half-written next-generation database.
    {
        std::ofstream half(f.vaultDir() / "vault-2.db", std::ios::binary);
        half << std::string(1000, 'x');
    }
    auto v = Vault::open(f.vaultDir(), kPassphrase);
    REQUIRE(domain::CaseRepository(*v).list(v->owner()).size() == 1);
    REQUIRE_FALSE(std::filesystem::exists(f.vaultDir() / "vault-2.db"));
}

TEST_CASE("a short passphrase is refused at creation") {
    TempDir tmp;
    REQUIRE_THROWS_AS(Vault::create(tmp / "v", "short", cheapVaultOptions()),
                      std::invalid_argument);
}

TEST_CASE("a damaged header gives a clear error and wipes nothing") {
    VaultFixture f;
    f.vault.reset();
    {
        std::ofstream h(f.vaultDir() / "vault.header", std::ios::trunc);
        h << "{ not json";
    }
    REQUIRE(openErrorKind(f.vaultDir(), kPassphrase) == VaultError::Kind::Damaged);
    REQUIRE(std::filesystem::exists(f.vaultDir() / "vault-1.db"));
}

TEST_CASE("a tampered database is reported as damaged, not as a wrong passphrase") {
    VaultFixture f;
    domain::CaseRepository(*f.vault).add(f.vault->owner(), "Gezin Gemanipuleerd");
    f.vault.reset();
    {
        std::fstream db(f.vaultDir() / "vault-1.db",
                        std::ios::in | std::ios::out | std::ios::binary);
        db.seekp(100);
        db.write("tampered-bytes", 14);
    }
    REQUIRE(openErrorKind(f.vaultDir(), kPassphrase) == VaultError::Kind::Damaged);
    // Not counted as a failed unlock.
    REQUIRE(vault::VaultHeader::load(f.vaultDir())->failedAttempts == 0);
}

TEST_CASE("client data never appears in plaintext in any vault file, WAL included") {
    VaultFixture f;
    const std::string canary = "CANARY-7f3a9c-Pietersen";
    domain::CaseRepository cases(*f.vault);
    cases.add(f.vault->owner(), canary);
    // While the vault is open the WAL holds the latest pages: check it too.
    REQUIRE(std::filesystem::exists(f.vaultDir() / "vault-1.db-wal"));
    REQUIRE_FALSE(anyFileContains(f.vaultDir(), canary));
    REQUIRE(cases.list(f.vault->owner()).at(0).name == canary);
    f.vault.reset();
    REQUIRE_FALSE(anyFileContains(f.vaultDir(), canary));
}

TEST_CASE("vault files are readable by their owner only") {
    VaultFixture f;
    for (const auto& e : std::filesystem::directory_iterator(f.vaultDir())) {
        const auto perms = std::filesystem::status(e.path()).permissions();
        REQUIRE((perms & (std::filesystem::perms::group_all |
                          std::filesystem::perms::others_all)) == std::filesystem::perms::none);
    }
}

TEST_CASE("a granted second connection works from another thread without the passphrase") {
    VaultFixture f;
    const auto grant = f.vault->grantConnection();
    const auto first = domain::CaseRepository(*f.vault).add(f.vault->owner(), "Gezin Een");
    std::string second;
    std::string failure;
    std::string ownerThere;
    bool sawFirst = false;
    // No Catch2 assertions on the worker thread (they are not thread-safe): collect, then check.
    std::thread worker([&] {
        try {
            auto other = grant.open();
            ownerThere = other->owner().userId;
            sawFirst = domain::CaseRepository(*other).find(other->owner(), first).has_value();
            second = domain::CaseRepository(*other).add(other->owner(), "Gezin Twee");
        } catch (const std::exception& e) {
            failure = e.what();
        }
    });
    worker.join();
    REQUIRE(failure.empty());
    REQUIRE(ownerThere == f.vault->owner().userId);
    REQUIRE(sawFirst);
    // Each connection sees what the other committed; the audit chain stays whole.
    REQUIRE(domain::CaseRepository(*f.vault).find(f.vault->owner(), second)->name == "Gezin Twee");
    REQUIRE(f.vault->audit().verify().intact);
    // The failed-attempt counter was never touched: the passphrase was not asked.
    f.vault.reset();
    REQUIRE(Vault::open(f.vaultDir(), kPassphrase));
}

TEST_CASE("a grant no longer opens after a passphrase change or a wipe") {
    VaultFixture f;
    const auto grant = f.vault->grantConnection();
    REQUIRE(grant.open());
    f.vault->changePassphrase("a brand new passphrase");
    REQUIRE_THROWS_AS(grant.open(), VaultError);
    // A grant taken after the change uses the new key.
    const auto fresh = f.vault->grantConnection();
    REQUIRE(fresh.open());
    f.vault.reset();
    Vault::wipe(f.vaultDir());
    try {
        fresh.open();
        FAIL("a wiped vault opened");
    } catch (const VaultError& e) {
        REQUIRE(e.kind() == VaultError::Kind::Wiped);
    }
}
