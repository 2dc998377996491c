#include <catch2/catch.hpp>

#include "core/vault/key_derivation.h"
#include "core/vault/migrations.h"
#include "tests/support/temp_dir.h"

using namespace veldwerk;
using namespace veldwerk::vault;

namespace {
SecretBytes testKey() {
    return deriveKey("migration test key", KdfParams::forTests());
}

std::int64_t count(Database& db, const std::string& table) {
    auto st = db.prepare("SELECT count(*) FROM " + table);
    st.step();
    return st.int64(0);
}

std::string text(Database& db, const std::string& sql) {
    auto st = db.prepare(sql);
    st.step();
    return st.text(0);
}

// Data a device could hold at each schema version, written with that version's schema.
void seed(Database& db, int version) {
    if (version >= 1) {
        db.exec("INSERT INTO users (id, name, org_id, role) VALUES ('u', 'anna', 'o', 'jgt')");
        db.exec("INSERT INTO cases (id, name, created_at) VALUES ('c1', 'Gezin Oud', 1)");
        db.exec(
            "INSERT INTO assessments (id, case_id, form_id, form_version, status, created_by, "
            "created_at) VALUES ('a1', 'c1', 'risicotaxatie', 1, 'draft', 'u', 1)");
        db.exec(
            "INSERT INTO answers (assessment_id, item, value) VALUES ('a1', 'sig_letsel', 'ja')");
        db.exec("INSERT INTO visits (id, case_id, started_at) VALUES ('v1', 'c1', 5)");
    }
    if (version >= 2) {
        db.exec(
            "INSERT INTO field_changes (entity, entity_id, field, value, base_version, version, "
            "hlc, author, device) VALUES ('case', 'c1', 'name', 'Gezin Oud', 0, 1, 1, 'u', 'd')");
        db.exec(
            "INSERT INTO field_changes (entity, entity_id, field, value, base_version, version, "
            "hlc, author, device) VALUES ('answer', 'a1', 'sig_letsel', 'ja', 0, 1, 2, 'u', 'd')");
        db.exec(
            "INSERT INTO field_versions (entity, entity_id, field, version, hlc, author, device) "
            "VALUES ('answer', 'a1', 'sig_letsel', 1, 2, 'u', 'd')");
    }
    if (version >= 4) {
        db.exec(
            "INSERT INTO assessment_events (assessment_id, kind, user_id, role, at_ms, hlc) "
            "VALUES ('a1', 'created', 'u', 'jgt', 1, 1)");
    }
    if (version >= 5) {
        db.exec("INSERT INTO known_cases (case_id, fetched_at) VALUES ('c1', 1)");
        db.exec(
            "INSERT INTO outbox (entity, entity_id, field, case_id, value, base_version, hlc, "
            "author, role, local_seq) VALUES ('case', 'c1', 'name', 'c1', 'Gezin Oud', 0, 1, 'u', "
            "'jgt', 1)");
        // From v5 on every row names its case (the v5 migration filled them in for older ones).
        db.exec("UPDATE field_changes SET case_id = 'c1'");
        db.exec("UPDATE field_versions SET case_id = 'c1'");
        db.exec(
            "UPDATE assessment_events SET case_id = 'c1', event_id = "
            "'0123456789abcdef0123456789abcdef'");
        // A justification pulled from a newer device: a v5 device kept it only here.
        db.exec(
            "INSERT INTO field_changes (entity, entity_id, field, value, base_version, version, "
            "hlc, author, device, case_id, origin) VALUES ('assessment', 'a1', "
            "'justification/rt7', "
            "'Zomer', 0, 1, 3, 'u', 'd', 'c1', 'server')");
    }
    if (version >= 6) {
        // A v6 device shows it in its own table.
        db.exec(
            "INSERT INTO justifications (assessment_id, rule_id, text) VALUES ('a1', 'rt7', "
            "'Zomer')");
    }
}
}  // namespace

TEST_CASE("every earlier schema version migrates to the latest without losing data") {
    const auto key = testKey();
    // Every version a vault can be at (0: new), from the list: branches reserve numbers, so the
    // list may have gaps.
    std::vector<int> versions{0};
    for (const auto& m : migrations()) {
        if (m.version < latestSchemaVersion()) {
            versions.push_back(m.version);
        }
    }
    for (const int from : versions) {
        DYNAMIC_SECTION("from version " << from) {
            testing::TempDir tmp;
            auto db = Database::open(tmp / "v.db", key);
            migrate(db, from);
            REQUIRE(db.userVersion() == from);
            seed(db, from);
            migrate(db);
            REQUIRE(db.userVersion() == latestSchemaVersion());
            if (from >= 1) {
                REQUIRE(count(db, "cases") == 1);
                REQUIRE(count(db, "answers") == 1);
            }
            if (from >= 2) {
                REQUIRE(count(db, "field_changes") == (from >= 5 ? 3 : 2));
                // v5: every change-record row names its case, found through its record.
                REQUIRE(text(db, "SELECT group_concat(case_id) FROM field_changes") ==
                        (from >= 5 ? "c1,c1,c1" : "c1,c1"));
                REQUIRE(text(db, "SELECT case_id FROM field_versions") == "c1");
                REQUIRE(text(db, "SELECT server_version FROM field_versions") == "0");
            }
            if (from >= 4) {
                REQUIRE(text(db, "SELECT case_id FROM assessment_events") == "c1");
                REQUIRE(text(db, "SELECT length(event_id) FROM assessment_events") == "32");
            }
            // v6: justifications the change record held are on show.
            REQUIRE(count(db, "justifications") == (from >= 5 ? 1 : 0));
            if (from >= 5) {
                REQUIRE(text(db, "SELECT rule_id || '=' || text FROM justifications") ==
                        "rt7=Zomer");
            }
            // v7: a visit keeps what it had and takes professionals' check-ins.
            if (from >= 1) {
                REQUIRE(text(db, "SELECT started_at FROM visits WHERE id = 'v1'") == "5");
            }
            db.exec(
                "INSERT INTO visit_professionals (visit_id, user_id, case_id, checkin) VALUES "
                "('v1', 'u', 'c1', '{}')");
            db.exec("UPDATE visits SET expected_end = 9, started_by = 'u' WHERE id = 'v1'");
            // v8: consultations, with the asker's own note of the case they came from.
            db.exec(
                "INSERT INTO consultations (id, to_org, question, about, asked_at, origin_case) "
                "VALUES ('k1', 'GI Noord', 'Wat nu?', 'veiligheid', 1, 'c1')");
            REQUIRE(count(db, "consultations") == 1);
            // v9: the case takes a phase and regie, and escalations.
            db.exec("UPDATE cases SET phase = 'drang', regie = 'JGT Utrecht'");
            db.exec(
                "INSERT INTO escalations (id, case_id, kind, date, created_at) VALUES ('e1', "
                "'c1', 'vt_advies', '2026-03-02', 1)");
            REQUIRE(count(db, "escalations") == 1);
            // v10: statements beside an assessment.
            db.exec(
                "INSERT INTO statements (id, case_id, assessment_id, kind, relation, said_on, "
                "text, recorded_by, recorded_role, recorded_at) VALUES ('s1', 'c1', 'a1', "
                "'client', 'oma', '2026-01-01', 'Eigen woorden', 'u', 'jgt', 1)");
            REQUIRE(count(db, "statements") == 1);
            // v12: closed disagreements; the cases held are fetched whole again to bring those
            // closed before.
            if (from < 12) {
                REQUIRE(count(db, "known_cases") == 0);
            }
            db.exec(
                "INSERT INTO settled_conflicts (entity, entity_id, field, version, case_id, kind, "
                "value, author, role, device, hlc) VALUES ('answer', 'a1', 'sig_letsel', 3, 'c1', "
                "'resolution', 'nee', 'u', 'jgt', 'd', 1)");
            REQUIRE(count(db, "settled_conflicts") == 1);
            // v15: a colleague keeps their login and takes a full name once the server has one.
            if (from >= 1) {
                REQUIRE(text(db, "SELECT name || ':' || COALESCE(full_name, '-') FROM users") ==
                        "anna:-");
            }
            db.exec("UPDATE users SET full_name = 'Anna Jansen'");
            // v18: the tables every field write lands in are keyed by their primary key (one
            // B-tree each, no rowid), with their rows; the redundant index on field_changes is
            // gone.
            for (const char* table : {"answers", "field_versions", "outbox", "meta"}) {
                REQUIRE_THROWS_AS(db.exec(std::string("SELECT rowid FROM ") + table),
                                  DatabaseError);
            }
            if (from >= 1) {
                REQUIRE(text(db, "SELECT value FROM answers WHERE item = 'sig_letsel'") == "ja");
            }
            if (from >= 5) {
                REQUIRE(text(db, "SELECT value || ':' || local_seq FROM outbox") == "Gezin Oud:1");
            }
            // v19: settling a pushed change moves no index entry: field_changes is indexed by
            // field only (not by server_version), and the outbox has no index by case.
            REQUIRE(count(db,
                          "sqlite_master WHERE name IN ('field_changes_by_server_version', "
                          "'outbox_by_case')") == 0);
            REQUIRE(text(db,
                         "SELECT sql FROM sqlite_master WHERE name = "
                         "'field_changes_by_field'") ==
                    "CREATE INDEX field_changes_by_field ON field_changes(entity, entity_id, "
                    "field)");
            REQUIRE(count(db,
                          "sqlite_master WHERE name IN ('field_versions_by_case', "
                          "'field_changes_by_case', 'outbox_by_seq')") == 3);
            if (from >= 2) {
                REQUIRE(count(db, "field_changes WHERE entity = 'case' AND field = 'name'") >= 1);
            }
            // The latest schema is fully usable after the migration.
            db.exec(
                "INSERT INTO audit_log (seq, at_ms, hlc, user_id, device_id, action, entity, "
                "entity_id, prev_hash, hash) VALUES (1, 1, 1, 'u', 'd', 'read', 'case', 'c1', "
                "'0', '1')");
            REQUIRE(count(db, "audit_log") == 1);
        }
    }
}

TEST_CASE("migrating twice is a no-op") {
    testing::TempDir tmp;
    auto db = Database::open(tmp / "v.db", testKey());
    migrate(db);
    seed(db, latestSchemaVersion());
    migrate(db);
    REQUIRE(count(db, "cases") == 1);
}

TEST_CASE("a database from a newer app version is refused, not downgraded") {
    testing::TempDir tmp;
    auto db = Database::open(tmp / "v.db", testKey());
    migrate(db);
    db.setUserVersion(latestSchemaVersion() + 1);
    REQUIRE_THROWS_WITH(migrate(db), Catch::Contains("newer than this app supports"));
}

// Numbers are reserved per branch (v8 consultation, v9 crisis, v10 statements), so the list may
// have gaps; it must still start at 1 and only go up.
TEST_CASE("migration versions start at 1 and only go up") {
    int previous = 0;
    REQUIRE(migrations().front().version == 1);
    for (const auto& m : migrations()) {
        REQUIRE(m.version > previous);
        previous = m.version;
        REQUIRE_FALSE(m.description.empty());
    }
    REQUIRE(previous == latestSchemaVersion());
}
