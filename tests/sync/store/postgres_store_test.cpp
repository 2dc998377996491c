// The PostgreSQL backend's own promises: connection errors never show the password, error
// messages never quote values, and a failed transaction cannot be committed.
#include <catch2/catch.hpp>

#include "sync/server/store/postgres_connection.h"
#include "sync/server/store/postgres_tls_policy.h"
#include "sync/server/store/sql_connection.h"
#include "tests/sync/store/store_backends.h"

using namespace veldwerk::sync::server;
using veldwerk::testing::PostgresBackend;
using veldwerk::testing::sharedPostgres;

TEST_CASE("PostgreSQL store: connection errors are clear and hide the password",
          "[store][postgres]") {
    auto& server = sharedPostgres();
    const std::string secret = "hunter2-S3cret";
    const auto port = std::to_string(server.port());
    for (const auto& url :
         {"postgresql://veldwerk:" + secret + "@127.0.0.1:" + port + "/no_such_database",
          "postgres://veldwerk:" + secret + "@127.0.0.1:1/veldwerk_test",
          "postgresql://veldwerk@127.0.0.1:" + port + "/no_such_database?password=" + secret}) {
        try {
            connect(url);
            FAIL("connected to " << url);
        } catch (const SqlError& e) {
            const std::string what = e.what();
            INFO(what);
            CHECK(what.find(secret) == std::string::npos);
            CHECK(what.find("PostgreSQL") != std::string::npos);
            CHECK(what.find("127.0.0.1") != std::string::npos);
        }
    }
}

TEST_CASE("PostgreSQL store: URLs are redacted", "[store][postgres]") {
    CHECK(redactPostgresUrl("postgresql://u:p%40ss@h:5/db").url == "postgresql://u:***@h:5/db");
    CHECK(redactPostgresUrl("postgresql://u:p%40ss@h:5/db").password == "p@ss");
    CHECK(redactPostgresUrl("postgresql://u@h/db?sslmode=require&password=x&a=b").url ==
          "postgresql://u@h/db?sslmode=require&password=***&a=b");
    CHECK(redactPostgresUrl("postgresql://h/db").url == "postgresql://h/db");
}

TEST_CASE("PostgreSQL store: backend specifics", "[store][postgres]") {
    PostgresBackend backend;
    auto c = connect(backend.url());
    c->script("CREATE TABLE t (id BIGINT PRIMARY KEY, small SMALLINT, mid INTEGER, flag BOOLEAN)");

    SECTION("int2, int4 and boolean columns come back as integers; numeric as text") {
        c->query("INSERT INTO t VALUES (1, -7, 2147483647, TRUE)");
        c->query("INSERT INTO t VALUES (2, 0, 0, FALSE)");
        CHECK(c->query("SELECT small, mid, flag FROM t ORDER BY id") ==
              std::vector<SqlRow>{{std::int64_t{-7}, std::int64_t{2147483647}, std::int64_t{1}},
                                  {std::int64_t{0}, std::int64_t{0}, std::int64_t{0}}});
        const auto sum = c->query("SELECT SUM(id) FROM t").at(0).at(0);
        CHECK(asInt(sum) == 3);
    }

    SECTION("a data error does not quote the value") {
        try {
            c->query("INSERT INTO t (id, mid) VALUES (1, ?)", {std::string("secret-value-42")});
            FAIL("text accepted as an integer");
        } catch (const SqlError& e) {
            CHECK(std::string(e.what()).find("secret-value") == std::string::npos);
            CHECK(std::string(e.what()).find("22P02") != std::string::npos);
        }
    }

    SECTION("a transaction with a failed statement cannot be committed") {
        c->beginWrite();
        c->query("INSERT INTO t (id) VALUES (1)");
        CHECK_THROWS_AS(c->query("INSERT INTO t (id) VALUES (1)"), SqlError);
        CHECK_THROWS_AS(c->commit(), SqlError);
        CHECK(c->query("SELECT COUNT(*) FROM t").at(0).at(0) == SqlValue(std::int64_t{0}));
    }

    SECTION("a dropped connection comes back outside a transaction, never inside one") {
        auto admin = connect(backend.url());
        const auto terminate = [&] {
            const auto pid = c->query("SELECT pg_backend_pid()").at(0).at(0);
            admin->query("SELECT pg_terminate_backend(CAST(? AS INTEGER))", {pid});
        };
        terminate();
        CHECK_THROWS_AS(c->query("SELECT 1"), SqlError);
        CHECK(c->query("SELECT 1").size() == 1);  // reconnected

        c->beginWrite();
        c->query("INSERT INTO t (id) VALUES (1)");
        terminate();
        CHECK_THROWS_AS(c->query("INSERT INTO t (id) VALUES (2)"), SqlError);
        // Still failing: the rest of the transaction must not run in autocommit.
        CHECK_THROWS_AS(c->query("INSERT INTO t (id) VALUES (3)"), SqlError);
        CHECK_THROWS_AS(c->commit(), SqlError);
        c->rollback();
        CHECK(c->query("SELECT COUNT(*) FROM t").at(0).at(0) == SqlValue(std::int64_t{0}));
    }

    SECTION("beginWrite works before and after the locks table exists") {
        c->beginWrite();
        c->script("CREATE TABLE locks (name TEXT PRIMARY KEY)");
        c->query("INSERT INTO locks (name) VALUES ('write_lock')");
        c->commit();
        c->beginWrite();
        // The row is locked: another connection cannot take it without waiting.
        auto other = connect(backend.url());
        CHECK_THROWS_AS(
            other->query("SELECT 1 FROM locks WHERE name = 'write_lock' FOR UPDATE NOWAIT"),
            SqlError);
        c->commit();
        CHECK(other->query("SELECT 1 FROM locks WHERE name = 'write_lock' FOR UPDATE NOWAIT")
                  .size() == 1);
    }
}

TEST_CASE("PostgreSQL store: a database off this machine only over verified TLS",
          "[store][postgres]") {
    for (const auto& url :
         {"postgresql://veldwerk:pw@db.example.org/veldwerk", "postgresql://10.0.0.5:5432/veldwerk",
          "postgresql://db.example.org/veldwerk?sslmode=require",
          "postgresql://db.example.org/veldwerk?sslmode=verify-ca",
          "postgresql://localhost,db.example.org/veldwerk",
          "postgresql://localhost/veldwerk?hostaddr=10.0.0.5"}) {
        INFO(url);
        try {
            connect(url);
            FAIL("accepted " << url);
        } catch (const SqlError& e) {
            const std::string what = e.what();
            INFO(what);
            CHECK(what.find("sslmode=verify-full") != std::string::npos);
            CHECK(what.find("pw") == std::string::npos);
        }
    }
    try {
        connect("postgresql://u:secret@h/db?bogus_option=1");
        FAIL("accepted an unparsable URL");
    } catch (const SqlError& e) {
        CHECK(std::string(e.what()).find("secret") == std::string::npos);
    }
}

TEST_CASE("PostgreSQL store: loopback or verify-full URLs pass the TLS policy",
          "[store][postgres]") {
    CHECK_NOTHROW(requireTlsOffLoopback("postgresql://veldwerk@127.0.0.1:5432/veldwerk"));
    CHECK_NOTHROW(requireTlsOffLoopback("postgresql://localhost/veldwerk"));
    CHECK_NOTHROW(requireTlsOffLoopback("postgresql://[::1]:5432/veldwerk"));
    CHECK_NOTHROW(requireTlsOffLoopback("postgresql:///veldwerk?host=/var/run/postgresql"));
    CHECK_NOTHROW(
        requireTlsOffLoopback("postgresql://db.example.org/veldwerk?sslmode=verify-full"));
}
