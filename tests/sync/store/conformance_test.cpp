// One behaviour, two backends: every section runs against a fresh SQLite (SQLCipher) file and a
// fresh database on a real PostgreSQL 15.
#include <atomic>
#include <catch2/catch.hpp>
#include <limits>
#include <thread>

#include "sync/server/store/sql_connection.h"
#include "tests/sync/store/store_backends.h"

using namespace veldwerk::sync::server;
using veldwerk::testing::PostgresBackend;
using veldwerk::testing::SqliteBackend;
using veldwerk::testing::StoreBackend;

namespace {

const SqlValue kNull = std::monostate{};

SqlValue i64(std::int64_t v) {
    return v;
}
SqlValue text(const std::string& s) {
    return s;
}

std::int64_t count(SqlConnection& c, const std::string& table) {
    return asInt(c.query("SELECT COUNT(*) FROM " + table).at(0).at(0));
}

void createItems(SqlConnection& c) {
    c.script(
        "CREATE TABLE items (id BIGINT PRIMARY KEY, n BIGINT, s TEXT, tag TEXT UNIQUE);"
        "CREATE TABLE notes (id BIGINT PRIMARY KEY, body TEXT NOT NULL);");
}

void conformance(const StoreBackend& backend) {
    INFO("backend " << backend.name());
    auto c = connect(backend.url());
    REQUIRE(c->dialect() ==
            (backend.name() == "sqlite" ? SqlDialect::Sqlite : SqlDialect::Postgres));
    createItems(*c);

    SECTION("parameters, NULLs, int64 extremes and unicode text round-trip") {
        const std::int64_t maxV = std::numeric_limits<std::int64_t>::max();
        const std::int64_t minV = std::numeric_limits<std::int64_t>::min();
        const std::string unicode = "Zoë — 日本語 \xF0\x9F\x99\x82 'quote' \"dq\" \\ ?";
        c->query("INSERT INTO items (id, n, s, tag) VALUES (?, ?, ?, ?)",
                 {i64(1), i64(maxV), text(unicode), kNull});
        c->query("INSERT INTO items (id, n, s, tag) VALUES (?, ?, ?, ?)",
                 {i64(2), i64(minV), text(""), text("b")});
        c->query("INSERT INTO items (id, n, s, tag) VALUES (?, ?, ?, ?)",
                 {i64(3), kNull, kNull, text("c")});
        const auto rows = c->query("SELECT id, n, s, tag FROM items ORDER BY id");
        REQUIRE(rows.size() == 3);
        CHECK(rows[0] == SqlRow{i64(1), i64(maxV), text(unicode), kNull});
        CHECK(rows[1] == SqlRow{i64(2), i64(minV), text(""), text("b")});
        CHECK(rows[2] == SqlRow{i64(3), kNull, kNull, text("c")});
        // Parameters in WHERE, and an empty result.
        CHECK(c->query("SELECT id FROM items WHERE n = ?", {i64(minV)}) ==
              std::vector<SqlRow>{{i64(2)}});
        CHECK(c->query("SELECT id FROM items WHERE s = ?", {text(unicode)}) ==
              std::vector<SqlRow>{{i64(1)}});
        CHECK(c->query("SELECT id FROM items WHERE id > ?", {i64(99)}).empty());
        CHECK(c->query("SELECT id FROM items WHERE n IS NULL").size() == 1);
        // A bare integer parameter comes back as an integer, text as text.
        CHECK(c->query("SELECT ?, ?", {i64(maxV), text("x")}) ==
              std::vector<SqlRow>{{i64(maxV), text("x")}});
        CHECK(c->query("SELECT ? + 1", {i64(std::int64_t{1} << 40)}) ==
              std::vector<SqlRow>{{i64((std::int64_t{1} << 40) + 1)}});
    }

    SECTION("insert-if-absent without UPSERT: INSERT ... SELECT ?, ? WHERE NOT EXISTS") {
        const std::string sql =
            "INSERT INTO items (id, n, s) SELECT ?, ?, ? WHERE NOT EXISTS "
            "(SELECT 1 FROM items WHERE id = ?)";
        c->query(sql, {i64(1), i64(5), text("first"), i64(1)});
        CHECK(c->changes() == 1);
        c->query(sql, {i64(1), i64(6), text("second"), i64(1)});
        CHECK(c->changes() == 0);
        CHECK(c->query("SELECT n, s FROM items") == std::vector<SqlRow>{{i64(5), text("first")}});
        // Functions with 32-bit parameters take CAST(? AS INTEGER) on both backends.
        CHECK(c->query("SELECT substr(s, CAST(? AS INTEGER), CAST(? AS INTEGER)) FROM items",
                       {i64(2), i64(3)}) == std::vector<SqlRow>{{text("irs")}});
    }

    SECTION("typed readers") {
        c->query("INSERT INTO items (id, n, s) VALUES (1, 42, '17')");
        const auto row = c->query("SELECT n, s, tag FROM items").at(0);
        CHECK(asInt(row[0]) == 42);
        CHECK(asInt(row[1]) == 17);  // numbers as text (e.g. PostgreSQL's numeric) parse
        CHECK(asText(row[1]) == "17");
        CHECK_FALSE(asOptionalText(row[2]).has_value());
        CHECK_THROWS_AS(asInt(row[2]), SqlError);
        CHECK_THROWS_AS(asText(row[2]), SqlError);
        CHECK_THROWS_AS(asInt(text("12x")), SqlError);
        CHECK_THROWS_AS(asInt(text("")), SqlError);
    }

    SECTION("changes() counts the rows of the last INSERT/UPDATE/DELETE") {
        c->query("INSERT INTO items (id, n) VALUES (1, 10)");
        CHECK(c->changes() == 1);
        c->query("INSERT INTO items (id, n) VALUES (2, 10)");
        c->query("INSERT INTO items (id, n) VALUES (3, 20)");
        c->query("UPDATE items SET s = ? WHERE n = ?", {text("ten"), i64(10)});
        CHECK(c->changes() == 2);
        c->query("SELECT * FROM items");
        CHECK(c->changes() == 2);  // a SELECT leaves it alone
        c->query("DELETE FROM items WHERE n = ?", {i64(99)});
        CHECK(c->changes() == 0);
        c->query("DELETE FROM items");
        CHECK(c->changes() == 3);
    }

    SECTION("'?' inside literals, identifiers and comments is no placeholder") {
        c->query("INSERT INTO items (id, s) VALUES (?, 'what?')", {i64(1)});
        c->query("INSERT INTO items (id, s) VALUES (?, ?)", {i64(2), text("it's ?")});
        const auto rows = c->query(
            "SELECT id, 'a?b', 'it''s ?' FROM items -- really?\n"
            "WHERE s = 'what?' /* or? */ OR id = ? ORDER BY id",
            {i64(2)});
        REQUIRE(rows.size() == 2);
        CHECK(rows[0] == SqlRow{i64(1), text("a?b"), text("it's ?")});
        CHECK(rows[1][0] == i64(2));
        CHECK(c->query("SELECT s FROM items WHERE id = ?", {i64(2)}).at(0).at(0) == text("it's ?"));
    }

    SECTION("a wrong number of parameters is an error") {
        CHECK_THROWS_AS(c->query("SELECT ?", {}), SqlError);
        CHECK_THROWS_AS(c->query("SELECT ?", {i64(1), i64(2)}), SqlError);
        CHECK(c->query("SELECT 1").size() == 1);  // still usable
    }

    SECTION("commit makes writes visible to other connections; rollback discards them") {
        auto other = connect(backend.url());
        c->beginWrite();
        c->query("INSERT INTO items (id) VALUES (1)");
        c->commit();
        CHECK(count(*other, "items") == 1);

        c->beginWrite();
        c->query("INSERT INTO items (id) VALUES (2)");
        c->rollback();
        CHECK(count(*c, "items") == 1);
        CHECK(count(*other, "items") == 1);
    }

    SECTION("SqlTransaction rolls back unless committed, also when an exception leaves it") {
        {
            SqlTransaction tx(*c, SqlTransaction::Kind::Write);
            c->query("INSERT INTO items (id) VALUES (1)");
        }
        CHECK(count(*c, "items") == 0);
        try {
            SqlTransaction tx(*c, SqlTransaction::Kind::Write);
            c->query("INSERT INTO items (id) VALUES (2)");
            throw std::runtime_error("abort");
        } catch (const std::runtime_error&) {
        }
        CHECK(count(*c, "items") == 0);
        {
            SqlTransaction tx(*c, SqlTransaction::Kind::Write);
            c->query("INSERT INTO items (id) VALUES (3)");
            tx.commit();
        }
        CHECK(count(*c, "items") == 1);
        // A new transaction can begin right away: nothing was left open.
        SqlTransaction tx(*c, SqlTransaction::Kind::Read);
        CHECK(count(*c, "items") == 1);
        tx.commit();
    }

    SECTION("unique and primary key violations are flagged; other constraints are not") {
        c->query("INSERT INTO items (id, tag) VALUES (1, 'a')");
        try {
            c->query("INSERT INTO items (id, tag) VALUES (1, 'b')");
            FAIL("duplicate primary key accepted");
        } catch (const SqlError& e) {
            CHECK(e.uniqueViolation());
            CHECK_FALSE(e.transient());
        }
        try {
            c->query("INSERT INTO items (id, tag) VALUES (?, ?)", {i64(2), text("a")});
            FAIL("duplicate unique value accepted");
        } catch (const SqlError& e) {
            CHECK(e.uniqueViolation());
            CHECK(std::string(e.what()).find("'a'") == std::string::npos);
        }
        try {
            c->query("INSERT INTO notes (id, body) VALUES (1, NULL)");
            FAIL("NULL accepted in a NOT NULL column");
        } catch (const SqlError& e) {
            CHECK_FALSE(e.uniqueViolation());
            CHECK_FALSE(e.transient());
        }
        // Inside a transaction: the error, a rollback, and the connection works on.
        {
            SqlTransaction tx(*c, SqlTransaction::Kind::Write);
            c->query("INSERT INTO items (id) VALUES (5)");
            CHECK_THROWS_AS(c->query("INSERT INTO items (id) VALUES (5)"), SqlError);
        }
        CHECK(count(*c, "items") == 1);
    }

    SECTION("a read transaction sees one snapshot") {
        auto writer = connect(backend.url());
        c->beginRead();
        CHECK(count(*c, "items") == 0);
        writer->query("INSERT INTO items (id) VALUES (1)");
        CHECK(count(*c, "items") == 0);
        c->commit();
        CHECK(count(*c, "items") == 1);
    }

    SECTION("writing on a stale read snapshot is a transient error") {
        c->query("INSERT INTO items (id, n) VALUES (1, 0)");
        auto writer = connect(backend.url());
        c->beginRead();
        CHECK(asInt(c->query("SELECT n FROM items WHERE id = 1").at(0).at(0)) == 0);
        writer->query("UPDATE items SET n = 1 WHERE id = 1");
        try {
            c->query("UPDATE items SET n = 2 WHERE id = 1");
            c->commit();
            FAIL("a write based on a stale snapshot went through");
        } catch (const SqlError& e) {
            CHECK(e.transient());
            c->rollback();
        }
        CHECK(asInt(c->query("SELECT n FROM items WHERE id = 1").at(0).at(0)) == 1);
    }

    SECTION("concurrent writers on their own connections are serialized by beginWrite") {
        // The server's migrations create this; beginWrite locks its row.
        c->script(
            "CREATE TABLE locks (name TEXT PRIMARY KEY);"
            "INSERT INTO locks (name) VALUES ('write_lock');"
            "CREATE TABLE counter (id BIGINT PRIMARY KEY, n BIGINT NOT NULL);"
            "INSERT INTO counter (id, n) VALUES (1, 0);");
        constexpr int kThreads = 4;
        constexpr int kRounds = 200;
        std::atomic<int> retries{0};
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&] {
                try {
                    auto own = connect(backend.url());
                    for (int i = 0; i < kRounds; ++i) {
                        for (;;) {
                            try {
                                SqlTransaction tx(*own, SqlTransaction::Kind::Write);
                                // Read, then write what was read plus one: without the write
                                // lock two writers would read the same value and lose one.
                                const auto n = asInt(
                                    own->query("SELECT n FROM counter WHERE id = 1").at(0).at(0));
                                std::this_thread::yield();
                                own->query("UPDATE counter SET n = ? WHERE id = 1", {i64(n + 1)});
                                tx.commit();
                                break;
                            } catch (const SqlError& e) {
                                if (!e.transient()) {
                                    throw;
                                }
                                ++retries;
                            }
                        }
                    }
                } catch (...) {
                    ++failures;
                }
            });
        }
        for (auto& t : threads) {
            t.join();
        }
        CHECK(failures.load() == 0);
        // Writers wait for the lock rather than collide: none had to start over.
        CHECK(retries.load() == 0);
        CHECK(asInt(c->query("SELECT n FROM counter WHERE id = 1").at(0).at(0)) ==
              kThreads * kRounds);
    }

    SECTION("a statement runs again after it failed, after a schema change, and among many") {
        // Connections keep statements prepared; none of that may show.
        const std::string insert = "INSERT INTO items (id, tag) VALUES (?, ?)";
        c->query(insert, {i64(1), text("a")});
        CHECK_THROWS_AS(c->query(insert, {i64(2), text("a")}), SqlError);
        c->query(insert, {i64(2), text("b")});
        CHECK(c->query("SELECT tag FROM items WHERE id = ?", {i64(2)}) ==
              std::vector<SqlRow>{{text("b")}});
        {
            SqlTransaction tx(*c, SqlTransaction::Kind::Write);
            c->query(insert, {i64(3), text("c")});
            tx.commit();
        }
        c->script("ALTER TABLE items ADD COLUMN extra TEXT");
        CHECK(c->query("SELECT * FROM items WHERE id = ?", {i64(3)}).at(0).size() == 5);
        for (int i = 0; i < 600; ++i) {
            const auto rows =
                c->query("SELECT " + std::to_string(i) + " + id FROM items WHERE id = ?", {i64(1)});
            REQUIRE(rows == std::vector<SqlRow>{{i64(i + 1)}});
        }
        CHECK(count(*c, "items") == 3);
    }

    SECTION("script runs several statements") {
        c->script(
            "INSERT INTO items (id) VALUES (1);\n"
            "INSERT INTO items (id) VALUES (2);\n"
            "UPDATE items SET s = 'x;y' WHERE id = 2;");
        CHECK(count(*c, "items") == 2);
        CHECK(c->query("SELECT s FROM items WHERE id = 2").at(0).at(0) == text("x;y"));
        CHECK_THROWS_AS(c->script("INSERT INTO nowhere VALUES (1)"), SqlError);
    }
}

}  // namespace

TEST_CASE("SQLite store conforms to the storage interface", "[store][sqlite]") {
    SqliteBackend backend;
    conformance(backend);
}

TEST_CASE("PostgreSQL store conforms to the storage interface", "[store][postgres]") {
    PostgresBackend backend;
    conformance(backend);
}
