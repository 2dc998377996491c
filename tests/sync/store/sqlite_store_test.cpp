// The SQLite backend's own promises: the file is encrypted, its key file is private, and a
// database never opens with a key that does not belong to it.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <mutex>
#include <thread>

#include "core/vault/database.h"
#include "sync/server/store/sql_connection.h"
#include "sync/server/store/sqlite_key_file.h"
#include "tests/support/temp_dir.h"

using namespace veldwerk::sync::server;
using veldwerk::testing::anyFileContains;
using veldwerk::testing::TempDir;

namespace {
const std::string kCanary = "canary-Jansen-7f3a91-client-name";

std::string bytesOf(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void writeBytes(const std::filesystem::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << bytes;
}

std::int64_t pageSizeOf(SqlConnection& c) {
    return asInt(c.query("PRAGMA page_size").at(0).at(0));
}

unsigned modeOf(const std::filesystem::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 0777U;
}
}  // namespace

TEST_CASE("SQLite store: nothing written reaches the disk in plain text", "[store][sqlite]") {
    TempDir dir;
    {
        auto c = connect("sqlite:" + (dir / "server.db").string());
        c->script("CREATE TABLE t (id BIGINT PRIMARY KEY, s TEXT)");
        SqlTransaction tx(*c, SqlTransaction::Kind::Write);
        for (int i = 0; i < 50; ++i) {
            c->query("INSERT INTO t (id, s) VALUES (?, ?)",
                     {std::int64_t{i}, kCanary + std::to_string(i)});
        }
        tx.commit();
        // Checked while the connection is open too: the WAL holds the rows at this point.
        CHECK_FALSE(anyFileContains(dir.path(), kCanary));
    }
    CHECK_FALSE(anyFileContains(dir.path(), kCanary));
    // The rows are there: the check above looked for something that exists.
    auto c = connect("sqlite:" + (dir / "server.db").string());
    CHECK(c->query("SELECT s FROM t WHERE id = 7").at(0).at(0) == SqlValue(kCanary + "7"));
}

TEST_CASE("SQLite store: the key file is 52 bytes, owner-only, and reused", "[store][sqlite]") {
    TempDir dir;
    const auto db = dir / "server.db";
    const auto key = dir / "server.db.key";
    connect(db.string())->script("CREATE TABLE t (id BIGINT)");  // a plain path works too
    REQUIRE(std::filesystem::exists(key));
    CHECK(std::filesystem::file_size(key) == 52);  // the key and its page size record
    CHECK(modeOf(key) == 0600U);
    CHECK(modeOf(db) == 0600U);
    std::ifstream in(key, std::ios::binary);
    const std::string before((std::istreambuf_iterator<char>(in)), {});
    connect("sqlite:" + db.string())->query("INSERT INTO t (id) VALUES (1)");
    std::ifstream again(key, std::ios::binary);
    const std::string after((std::istreambuf_iterator<char>(again)), {});
    CHECK(before == after);
    CHECK(connect("sqlite://" + db.string())->query("SELECT id FROM t").size() == 1);
}

TEST_CASE("SQLite store: a missing or foreign key file is a clear error", "[store][sqlite]") {
    TempDir dir;
    const auto db = dir / "server.db";
    connect(db.string())->script("CREATE TABLE t (id BIGINT)");

    SECTION("missing key file: no new key is made up for an existing database") {
        std::filesystem::remove(dir / "server.db.key");
        try {
            connect(db.string());
            FAIL("opened without its key");
        } catch (const SqlError& e) {
            CHECK(std::string(e.what()).find("key file") != std::string::npos);
        }
        CHECK_FALSE(std::filesystem::exists(dir / "server.db.key"));
    }
    SECTION("another database's key") {
        connect((dir / "other.db").string())->script("CREATE TABLE u (id BIGINT)");
        std::filesystem::copy_file(dir / "other.db.key", dir / "server.db.key",
                                   std::filesystem::copy_options::overwrite_existing);
        CHECK_THROWS_AS(connect(db.string()), SqlError);
    }
    SECTION("a truncated key file") {
        std::filesystem::resize_file(dir / "server.db.key", 16);
        CHECK_THROWS_AS(connect(db.string()), SqlError);
    }
}

TEST_CASE("SQLite store: connections opened at once on a new file agree on one key",
          "[store][sqlite]") {
    TempDir dir;
    const auto url = "sqlite:" + (dir / "fresh.db").string();
    std::atomic<int> failures{0};
    std::mutex errorsMutex;
    std::string errors;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            try {
                auto c = connect(url);
                c->query("SELECT COUNT(*) FROM sqlite_master");
            } catch (const std::exception& e) {
                const std::lock_guard lock(errorsMutex);
                errors += std::string(e.what()) + "\n";
                ++failures;
            }
        });
    }
    for (auto& t : threads) {
        t.join();
    }
    INFO(errors);
    CHECK(failures.load() == 0);
    CHECK(std::filesystem::file_size(dir / "fresh.db.key") == 52);
    // No temporary key files are left behind.
    int files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path())) {
        if (e.path().filename().string().find(".tmp") != std::string::npos) {
            ++files;
        }
    }
    CHECK(files == 0);
}

TEST_CASE("SQLite store: a new store has 4 KiB pages, one made before keeps its 1 KiB",
          "[store][sqlite]") {
    TempDir dir;
    SECTION("a new store") {
        auto c = connect((dir / "server.db").string());
        c->script("CREATE TABLE t (id BIGINT PRIMARY KEY, s TEXT)");
        c->query("INSERT INTO t (id, s) VALUES (1, 'een')");
        CHECK(pageSizeOf(*c) == kNewStorePageSize);
        CHECK(loadOrCreateKey(dir / "server.db").cipherPageSize == kNewStorePageSize);
        c.reset();
        auto again = connect((dir / "server.db").string());
        CHECK(pageSizeOf(*again) == kNewStorePageSize);
        CHECK(again->query("SELECT s FROM t").at(0).at(0) == SqlValue(std::string("een")));
    }
    SECTION("a store made before, with a key file of the key alone") {
        // What an older server left: SQLCipher 3's default pages and a 32-byte key file.
        const auto db = dir / "old.db";
        {
            const auto made = loadOrCreateKey(dir / "scratch.db");
            writeBytes(keyFileFor(db), bytesOf(keyFileFor(dir / "scratch.db")).substr(0, 32));
            auto old = veldwerk::vault::Database::open(db, made.key);
            old.exec("CREATE TABLE t (id BIGINT PRIMARY KEY, s TEXT)");
            old.exec("INSERT INTO t (id, s) VALUES (1, 'oud')");
        }
        auto c = connect(db.string());
        CHECK(pageSizeOf(*c) == 1024);
        CHECK(c->query("SELECT s FROM t").at(0).at(0) == SqlValue(std::string("oud")));
        c->query("INSERT INTO t (id, s) VALUES (2, 'nieuw')");
        c.reset();
        CHECK(std::filesystem::file_size(keyFileFor(db)) == 32);  // left as it was
        CHECK(connect(db.string())->query("SELECT COUNT(*) FROM t").at(0).at(0) ==
              SqlValue(std::int64_t{2}));
    }
}

TEST_CASE("SQLite store: a damaged page size record is a clear error and changes nothing",
          "[store][sqlite]") {
    TempDir dir;
    const auto db = dir / "server.db";
    {
        auto c = connect(db.string());
        c->script("CREATE TABLE t (id BIGINT PRIMARY KEY, s TEXT)");
        c->query("INSERT INTO t (id, s) VALUES (1, 'bewaard')");
    }
    const auto key = keyFileFor(db);
    const auto good = bytesOf(key);
    REQUIRE(good.size() == 52);
    const auto storeBefore = bytesOf(db);
    auto damaged = good;
    SECTION("the page size changed to another valid one (1 KiB)") {
        damaged[32] = 0;
        damaged[33] = 0;
        damaged[34] = 4;
        damaged[35] = 0;
    }
    SECTION("a bit of the tag flipped") {
        damaged[40] = static_cast<char>(damaged[40] ^ 1);
    }
    SECTION("a bit of the key flipped") {
        damaged[3] = static_cast<char>(damaged[3] ^ 0x10);
    }
    SECTION("cut short after the key and part of the record") {
        damaged.resize(40);
    }
    SECTION("longer than a key with its record") {
        damaged += std::string(100, 'x');
    }
    writeBytes(key, damaged);
    try {
        connect(db.string());
        FAIL("opened with a damaged key file");
    } catch (const SqlError& e) {
        const std::string what = e.what();
        INFO(what);
        CHECK(what.find("key file") != std::string::npos);
        CHECK(what.find("damaged") != std::string::npos);
        CHECK(what.find("restore") != std::string::npos);
    }
    // Nothing was wiped or made anew: the store and the damaged key file are as they were.
    CHECK(bytesOf(db) == storeBefore);
    CHECK(bytesOf(key) == damaged);
    writeBytes(key, good);
    CHECK(connect(db.string())->query("SELECT s FROM t").at(0).at(0) ==
          SqlValue(std::string("bewaard")));
}
