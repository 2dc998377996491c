// The server schema's forward-only migrations on both backends: each one from empty, step by
// step; running again changes nothing; two processes starting at once agree; a database newer
// than the server is refused.
#include <catch2/catch.hpp>
#include <thread>

#include "sync/server/schema/migrations.h"
#include "tests/sync/server/server_world.h"

using namespace veldwerk::sync::server;
using namespace veldwerk::testing;

namespace {

bool tableExists(SqlConnection& db, const std::string& table) {
    try {
        db.query("SELECT COUNT(*) FROM " + table);
        return true;
    } catch (const SqlError&) {
        return false;
    }
}

}  // namespace

TEST_CASE("migrations: each one applies from empty, in order, once") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    const auto store = makeBackend(backend);
    auto db = connect(store->url());
    CHECK(schemaVersion(*db) == 0);
    const std::map<int, std::vector<std::string>> tables = {
        {1,
         {"locks", "counters", "orgs", "teams", "users", "devices", "login_failures", "audit_log"}},
        {2, {"cases", "case_members", "consents", "fields", "field_history", "push_batches"}},
        {3, {"device_audit"}},
        {4, {}},  // push_batches.content_hash
        {5, {"visits", "visit_checkins", "settings"}},
        {6, {"case_closures", "destruction_requests", "case_destructions", "server_keys"}},
        {7, {"emergency_access"}},
        {8, {"consultations"}},
        {9, {"crisis_numbers"}},
        {11, {}},  // fields.sent_batch
        {12, {}},  // field_history_closings (an index)
        {15, {}},  // users.full_name
        {16, {}},  // teams.municipality
    };
    // Branches reserve numbers, so the list may have gaps: every listed migration is tested.
    REQUIRE(tables.size() == serverMigrations().size());
    REQUIRE(tables.rbegin()->first == latestSchemaVersion());
    for (const auto& [version, names] : tables) {
        INFO("migration " << version);
        CHECK(migrate(*db, version) == version);
        CHECK(schemaVersion(*db) == version);
        for (const auto& t : names) {
            INFO(t);
            CHECK(tableExists(*db, t));
        }
    }
    CHECK(migrate(*db) == latestSchemaVersion());
    CHECK(asInt(db->query("SELECT COUNT(*) FROM schema_migrations").at(0).at(0)) ==
          static_cast<std::int64_t>(serverMigrations().size()));
    CHECK(asInt(db->query("SELECT COUNT(*) FROM locks WHERE name = 'write_lock'").at(0).at(0)) ==
          1);
    // The auto-numbered audit key works on this dialect.
    db->query(
        "INSERT INTO audit_log (at_ms, event, outcome, entity, entity_id, detail) VALUES (1, 'x', "
        "'ok', 'e', '', '')");
    db->query(
        "INSERT INTO audit_log (at_ms, event, outcome, entity, entity_id, detail) VALUES (2, 'x', "
        "'ok', 'e', '', '')");
    const auto ids = db->query("SELECT id FROM audit_log ORDER BY id");
    REQUIRE(ids.size() == 2);
    CHECK(asInt(ids[0][0]) < asInt(ids[1][0]));
}

TEST_CASE("migrations: servers starting together migrate once, a newer schema is refused") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    const auto store = makeBackend(backend);
    { connect(store->url()); }  // creates the SQLite key file before the race
    std::vector<std::thread> servers;
    std::vector<int> reached(4, -1);
    std::vector<std::string> errors(reached.size());
    for (std::size_t i = 0; i < reached.size(); ++i) {
        servers.emplace_back([&, i] {
            try {
                auto db = connect(store->url());
                reached[i] = migrate(*db);
            } catch (const std::exception& e) {
                errors[i] = e.what();
                reached[i] = -2;
            }
        });
    }
    for (auto& t : servers) {
        t.join();
    }
    for (std::size_t i = 0; i < reached.size(); ++i) {
        INFO(errors[i]);
        CHECK(reached[i] == latestSchemaVersion());
    }
    auto db = connect(store->url());
    CHECK(asInt(db->query("SELECT COUNT(*) FROM schema_migrations").at(0).at(0)) ==
          static_cast<std::int64_t>(serverMigrations().size()));
    db->query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', 0)",
              {std::int64_t{latestSchemaVersion() + 1}});
    CHECK_THROWS(migrate(*db));
}
