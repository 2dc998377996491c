// The connection wrapper's statement cache: a statement is compiled once per connection and
// reused, yet every use starts clean (reset, no bindings left), two uses of the same SQL at once
// stay apart, a schema change is picked up, and a statement that outlives close() is safe.
#include <catch2/catch.hpp>

#include "core/vault/database.h"
#include "tests/support/temp_dir.h"

using namespace veldwerk;
using vault::Database;

namespace {
Database openDatabase(const testing::TempDir& dir) {
    vault::SecretBytes key(32);
    for (std::size_t i = 0; i < key.size(); ++i) {
        key.data()[i] = static_cast<std::uint8_t>(i * 7 + 1);
    }
    return Database::open(dir / "test.db", key);
}
}  // namespace

TEST_CASE("database: a reused statement starts clean, with no value left bound") {
    testing::TempDir dir;
    auto db = openDatabase(dir);
    {
        auto st = db.prepare("SELECT ?1");
        st.bind(1, std::string("geheim"));
        REQUIRE(st.step());
        REQUIRE(st.text(0) == "geheim");
    }  // given back mid-result
    auto again = db.prepare("SELECT ?1");
    REQUIRE(again.step());
    REQUIRE(again.isNull(0));
}

TEST_CASE("database: the same SQL prepared while in use gets its own statement") {
    testing::TempDir dir;
    auto db = openDatabase(dir);
    db.exec("CREATE TABLE t (n INTEGER)");
    for (int i = 1; i <= 3; ++i) {
        db.prepare("INSERT INTO t (n) VALUES (?1)").bind(1, i).run();
    }
    int pairs = 0;
    auto outer = db.prepare("SELECT n FROM t ORDER BY n");
    while (outer.step()) {
        auto inner = db.prepare("SELECT n FROM t ORDER BY n");
        while (inner.step()) {
            ++pairs;
        }
    }
    REQUIRE(pairs == 9);
}

TEST_CASE("database: a cached statement follows a schema change") {
    testing::TempDir dir;
    auto db = openDatabase(dir);
    db.exec("CREATE TABLE t (a TEXT)");
    db.prepare("INSERT INTO t (a) VALUES ('x')").run();
    {
        auto st = db.prepare("SELECT * FROM t");
        REQUIRE(st.step());
    }
    db.exec("ALTER TABLE t ADD COLUMN b TEXT DEFAULT 'y'");
    auto st = db.prepare("SELECT * FROM t");
    REQUIRE(st.step());
    REQUIRE(st.text(1) == "y");
}

TEST_CASE("database: a statement still held at close() is finalized safely") {
    testing::TempDir dir;
    auto db = openDatabase(dir);
    db.exec("CREATE TABLE t (a TEXT)");
    { db.prepare("SELECT a FROM t").step(); }  // idle in the cache
    auto held = db.prepare("SELECT count(*) FROM t");
    REQUIRE(held.step());
    db.close();
    // `held` is destroyed after the connection closed: finalized, not given back (ASan checks).
    SUCCEED();
}
