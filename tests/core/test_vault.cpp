#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "core/domain/case_repository.h"
#include "core/vault/unlock_attempts.h"
#include "tests/core/vault_fixture.h"

using namespace veldwerk;
using namespace veldwerk::testing;
using vault::Vault;
using vault::VaultError;

namespace {
int failedAttempts(const std::filesystem::path& dir) {
    return vault::UnlockAttempts(dir).state().failed;
}

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
    REQUIRE(failedAttempts(f.vaultDir()) == 1);
    REQUIRE_NOTHROW(Vault::open(f.vaultDir(), kPassphrase));
    // A success resets the count.
    REQUIRE(failedAttempts(f.vaultDir()) == 0);
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
    REQUIRE(failedAttempts(f.vaultDir()) == 0);
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

namespace {
nlohmann::json readHeaderJson(const std::filesystem::path& dir) {
    std::ifstream in(dir / "vault.header");
    return nlohmann::json::parse(in);
}

void writeHeaderJson(const std::filesystem::path& dir, const nlohmann::json& j) {
    std::ofstream out(dir / "vault.header", std::ios::trunc);
    out << j.dump(2);
}

// The header as the landed format 1 wrote it: no integrity check, the counter inside.
void writeLegacyHeader(const std::filesystem::path& dir, int failedAttempts) {
    auto j = readHeaderJson(dir);
    j["format"] = 1;
    j.erase("check");
    j["failedAttempts"] = failedAttempts;
    writeHeaderJson(dir, j);
    std::filesystem::remove(dir / "vault.attempts");
}

std::uintmax_t sizeOf(const std::filesystem::path& p) {
    return std::filesystem::file_size(p);
}
}  // namespace

TEST_CASE("a database cut to 0 bytes is damaged, never a new empty vault") {
    VaultFixture f;
    domain::CaseRepository(*f.vault).add(f.vault->owner(), "Gezin Leeg");
    f.vault.reset();
    const auto db = f.vaultDir() / "vault-1.db";
    std::filesystem::resize_file(db, 0);
    for (int i = 0; i < 12; ++i) {
        REQUIRE(openErrorKind(f.vaultDir(), kPassphrase) == VaultError::Kind::Damaged);
    }
    // Nothing counted, nothing written into the empty file, nothing removed.
    REQUIRE(failedAttempts(f.vaultDir()) == 0);
    REQUIRE(sizeOf(db) == 0);
    REQUIRE(Vault::exists(f.vaultDir()));
}

TEST_CASE("a missing database is damaged and is not created anew") {
    VaultFixture f;
    f.vault.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) {
        std::filesystem::remove(f.vaultDir() / (std::string("vault-1.db") + suffix));
    }
    REQUIRE(openErrorKind(f.vaultDir(), kPassphrase) == VaultError::Kind::Damaged);
    REQUIRE_FALSE(std::filesystem::exists(f.vaultDir() / "vault-1.db"));
    REQUIRE(Vault::exists(f.vaultDir()));
}

TEST_CASE("a changed generation in the header is damaged and deletes no database") {
    VaultFixture f;
    const auto id = domain::CaseRepository(*f.vault).add(f.vault->owner(), "Gezin Generatie");
    f.vault.reset();
    const auto original = readHeaderJson(f.vaultDir());
    auto changed = original;
    changed["generation"] = 7;
    writeHeaderJson(f.vaultDir(), changed);
    REQUIRE(openErrorKind(f.vaultDir(), kPassphrase) == VaultError::Kind::Damaged);
    REQUIRE(openErrorKind(f.vaultDir(), "not the passphrase") == VaultError::Kind::Damaged);
    REQUIRE(std::filesystem::exists(f.vaultDir() / "vault-1.db"));
    // Put right, the vault opens with everything in it.
    writeHeaderJson(f.vaultDir(), original);
    auto v = Vault::open(f.vaultDir(), kPassphrase);
    REQUIRE(domain::CaseRepository(*v).find(v->owner(), id));
}

TEST_CASE("an old-format header with a changed generation deletes no database either") {
    VaultFixture f;
    domain::CaseRepository(*f.vault).add(f.vault->owner(), "Gezin Oud");
    f.vault.reset();
    writeLegacyHeader(f.vaultDir(), 0);
    auto j = readHeaderJson(f.vaultDir());
    j["generation"] = 2;
    writeHeaderJson(f.vaultDir(), j);
    REQUIRE(openErrorKind(f.vaultDir(), kPassphrase) == VaultError::Kind::Damaged);
    REQUIRE(std::filesystem::exists(f.vaultDir() / "vault-1.db"));
    REQUIRE(sizeOf(f.vaultDir() / "vault-1.db") > 0);
}

TEST_CASE("a damaged key check is a damaged header, never a wrong passphrase") {
    VaultFixture f;
    domain::CaseRepository(*f.vault).add(f.vault->owner(), "Gezin Sleutelcontrole");
    f.vault.reset();
    auto j = readHeaderJson(f.vaultDir());
    auto check = j["keyCheck"].get<std::string>();
    check[0] = check[0] == '0' ? '1' : '0';
    j["keyCheck"] = check;
    writeHeaderJson(f.vaultDir(), j);
    // More tries than the limit: the right passphrase never counts, nothing is wiped.
    for (int i = 0; i < 12; ++i) {
        REQUIRE(openErrorKind(f.vaultDir(), kPassphrase) == VaultError::Kind::Damaged);
    }
    REQUIRE(Vault::exists(f.vaultDir()));
    REQUIRE(failedAttempts(f.vaultDir()) == 0);
    REQUIRE(sizeOf(f.vaultDir() / "vault-1.db") > 0);
}

TEST_CASE("an old-format header with a damaged key check: the database decides") {
    VaultFixture f;
    f.vault.reset();
    writeLegacyHeader(f.vaultDir(), 0);
    auto j = readHeaderJson(f.vaultDir());
    auto check = j["keyCheck"].get<std::string>();
    check[0] = check[0] == '0' ? '1' : '0';
    j["keyCheck"] = check;
    writeHeaderJson(f.vaultDir(), j);
    // No integrity check to catch it: the database opens with the right passphrase's key, so the
    // header is damaged; the user is not counted against.
    for (int i = 0; i < 12; ++i) {
        REQUIRE(openErrorKind(f.vaultDir(), kPassphrase) == VaultError::Kind::Damaged);
    }
    REQUIRE(failedAttempts(f.vaultDir()) == 0);
    // A passphrase both witnesses refuse is still wrong, and counted.
    REQUIRE(openErrorKind(f.vaultDir(), "not the passphrase") == VaultError::Kind::WrongPassphrase);
    REQUIRE(failedAttempts(f.vaultDir()) == 1);
    REQUIRE(Vault::exists(f.vaultDir()));
}

TEST_CASE("an old-format header keeps working, keeps its count, and is upgraded on unlock") {
    VaultFixture f;
    const auto id = domain::CaseRepository(*f.vault).add(f.vault->owner(), "Gezin Formaat");
    f.vault.reset();
    writeLegacyHeader(f.vaultDir(), 2);
    try {
        Vault::open(f.vaultDir(), "not the passphrase");
        FAIL("opened with a wrong passphrase");
    } catch (const VaultError& e) {
        REQUIRE(e.kind() == VaultError::Kind::WrongPassphrase);
        REQUIRE(e.attemptsLeft() == 7);  // the two failures it held, and this one
    }
    {
        auto v = Vault::open(f.vaultDir(), kPassphrase);
        REQUIRE(domain::CaseRepository(*v).find(v->owner(), id));
    }
    REQUIRE(failedAttempts(f.vaultDir()) == 0);
    REQUIRE(readHeaderJson(f.vaultDir()).at("format") == 2);
    REQUIRE(readHeaderJson(f.vaultDir()).contains("check"));
}

TEST_CASE("an unlock never rewrites the header") {
    VaultFixture f;
    f.vault.reset();
    const auto before = std::filesystem::last_write_time(f.vaultDir() / "vault.header");
    const auto inode = [&] {
        struct stat st {};
        ::stat((f.vaultDir() / "vault.header").c_str(), &st);
        return st.st_ino;
    };
    const auto inodeBefore = inode();
    REQUIRE(Vault::open(f.vaultDir(), kPassphrase));
    REQUIRE(openErrorKind(f.vaultDir(), "not the passphrase") == VaultError::Kind::WrongPassphrase);
    REQUIRE(Vault::open(f.vaultDir(), kPassphrase));
    REQUIRE(std::filesystem::last_write_time(f.vaultDir() / "vault.header") == before);
    REQUIRE(inode() == inodeBefore);  // not replaced through a temporary file either
}

TEST_CASE("an attempt left pending by an interrupted unlock is dropped, not counted") {
    TempDir tmp;
    const auto dir = tmp / "vault";
    Vault::create(dir, kPassphrase, cheapVaultOptions(3));
    // What a kill during the key derivation leaves behind: the attempt marked, no verdict.
    vault::UnlockAttempts(dir).record({0, true});
    REQUIRE(Vault::open(dir, kPassphrase));
    REQUIRE(vault::UnlockAttempts(dir).state() == vault::AttemptState{0, false});
    for (int i = 0; i < 5; ++i) {
        vault::UnlockAttempts(dir).record({0, true});
    }
    REQUIRE(openErrorKind(dir, "wrong-1-xx") == VaultError::Kind::WrongPassphrase);
    REQUIRE(vault::UnlockAttempts(dir).state() == vault::AttemptState{1, false});
    // A pending mark does not erase failures proven before it.
    vault::UnlockAttempts(dir).record({1, true});
    REQUIRE(openErrorKind(dir, "wrong-2-xx") == VaultError::Kind::WrongPassphrase);
    REQUIRE(openErrorKind(dir, "wrong-3-xx") == VaultError::Kind::Wiped);
    REQUIRE_FALSE(Vault::exists(dir));
}

TEST_CASE("a damaged unlock counter refuses the unlock and deletes nothing") {
    VaultFixture f;
    f.vault.reset();
    {
        std::ofstream out(f.vaultDir() / "vault.attempts", std::ios::binary | std::ios::trunc);
        out << std::string(1024, 'z');
    }
    REQUIRE(openErrorKind(f.vaultDir(), kPassphrase) == VaultError::Kind::Damaged);
    REQUIRE(openErrorKind(f.vaultDir(), "not the passphrase") == VaultError::Kind::Damaged);
    // A missing one is damage too (it is written before the header): never a fresh count.
    std::filesystem::remove(f.vaultDir() / "vault.attempts");
    REQUIRE(openErrorKind(f.vaultDir(), "not the passphrase") == VaultError::Kind::Damaged);
    REQUIRE(Vault::exists(f.vaultDir()));
    REQUIRE(sizeOf(f.vaultDir() / "vault-1.db") > 0);
}

namespace {
std::int64_t cipherPageSize(Vault& v) {
    auto st = v.db().prepare("PRAGMA cipher_page_size");
    st.step();
    return st.int64(0);
}
}  // namespace

TEST_CASE("a new vault has 4 KiB pages, its header says so, and a re-key keeps them") {
    VaultFixture f;
    REQUIRE(readHeaderJson(f.vaultDir()).at("cipherPageSize") == 4096);
    REQUIRE(cipherPageSize(*f.vault) == 4096);
    const auto id = domain::CaseRepository(*f.vault).add(f.vault->owner(), "Gezin Bladzijde");
    f.vault->changePassphrase("een ander wachtwoord");
    REQUIRE(readHeaderJson(f.vaultDir()).at("cipherPageSize") == 4096);
    f.vault.reset();
    auto v = Vault::open(f.vaultDir(), "een ander wachtwoord");
    REQUIRE(cipherPageSize(*v) == 4096);
    REQUIRE(domain::CaseRepository(*v).find(v->owner(), id));
}

TEST_CASE("a vault from before the page size (1 KiB, nothing in its header) keeps opening") {
    TempDir tmp;
    const auto dir = tmp / "vault";
    auto options = cheapVaultOptions();
    options.cipherPageSize = 0;  // what every vault created before vault v18 has
    std::string id;
    {
        auto v = Vault::create(dir, kPassphrase, options);
        id = domain::CaseRepository(*v).add(v->owner(), "Gezin Oud");
    }
    REQUIRE_FALSE(readHeaderJson(dir).contains("cipherPageSize"));
    auto v = Vault::open(dir, kPassphrase);
    REQUIRE(cipherPageSize(*v) == 1024);
    REQUIRE(domain::CaseRepository(*v).find(v->owner(), id));
    v->changePassphrase("een ander wachtwoord");
    v.reset();
    REQUIRE_FALSE(readHeaderJson(dir).contains("cipherPageSize"));
    REQUIRE(Vault::open(dir, "een ander wachtwoord"));
}

TEST_CASE("a page size changed in the header is a damaged header, never a wrong passphrase") {
    VaultFixture f;
    domain::CaseRepository(*f.vault).add(f.vault->owner(), "Gezin Bladzijde");
    f.vault.reset();
    for (const nlohmann::json& size : {nlohmann::json(1024), nlohmann::json(3000)}) {
        auto j = readHeaderJson(f.vaultDir());
        const auto kept = j;
        j["cipherPageSize"] = size;
        writeHeaderJson(f.vaultDir(), j);
        for (int i = 0; i < 12; ++i) {
            REQUIRE(openErrorKind(f.vaultDir(), kPassphrase) == VaultError::Kind::Damaged);
        }
        REQUIRE(failedAttempts(f.vaultDir()) == 0);
        writeHeaderJson(f.vaultDir(), kept);
    }
    REQUIRE(Vault::open(f.vaultDir(), kPassphrase));
}
