#include "core/vault/migrations.h"

#include <stdexcept>
#include <string>

namespace veldwerk::vault {

namespace {

// v1: the domain model. Synced tables carry no constraints a merge could violate beyond
// primary keys; references are checked by the code that writes them.
constexpr std::string_view kV1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE organisations (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL);
CREATE TABLE users (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, org_id TEXT,
                    role TEXT NOT NULL);
CREATE TABLE devices (id TEXT PRIMARY KEY, user_id TEXT, label TEXT, enrolled_at INTEGER);
CREATE TABLE cases (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at INTEGER NOT NULL,
                    closed_at INTEGER, deleted INTEGER NOT NULL DEFAULT 0);
CREATE TABLE persons (id TEXT PRIMARY KEY, case_id TEXT NOT NULL, role TEXT NOT NULL,
                      name TEXT NOT NULL, born TEXT, deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX persons_by_case ON persons(case_id);
CREATE TABLE case_members (case_id TEXT NOT NULL, user_id TEXT NOT NULL, role TEXT NOT NULL,
                           added_at INTEGER NOT NULL, removed_at INTEGER,
                           PRIMARY KEY (case_id, user_id));
CREATE TABLE consents (id TEXT PRIMARY KEY, case_id TEXT NOT NULL, for_role TEXT NOT NULL,
                       given_by TEXT NOT NULL, scope TEXT, recorded_by TEXT NOT NULL,
                       recorded_at INTEGER NOT NULL, withdrawn_at INTEGER, withdrawn_by TEXT);
CREATE INDEX consents_by_case ON consents(case_id);
CREATE TABLE visits (id TEXT PRIMARY KEY, case_id TEXT NOT NULL, started_at INTEGER,
                     ended_at INTEGER, start_lat REAL, start_lon REAL, end_lat REAL,
                     end_lon REAL, present TEXT);
CREATE INDEX visits_by_case ON visits(case_id);
CREATE TABLE assessments (id TEXT PRIMARY KEY, case_id TEXT NOT NULL, form_id TEXT NOT NULL,
                          form_version INTEGER NOT NULL, subject_person_id TEXT,
                          status TEXT NOT NULL, created_by TEXT NOT NULL,
                          created_at INTEGER NOT NULL, addendum_of TEXT);
CREATE INDEX assessments_by_case ON assessments(case_id);
CREATE TABLE answers (assessment_id TEXT NOT NULL, item TEXT NOT NULL,
                      author TEXT NOT NULL DEFAULT '', value TEXT,
                      PRIMARY KEY (assessment_id, item, author));
)sql";

// v2: the per-field change record sync merges from. field_versions holds the current version
// of every field (one row per field, cr-sqlite's clock table); field_changes is the append-only
// log of every write with its hybrid logical clock time, author and device, and the version it
// was made on (base_version), so concurrency can later be detected from versions, not clocks.
constexpr std::string_view kV2 = R"sql(
CREATE TABLE field_versions (entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL,
                             version INTEGER NOT NULL, hlc INTEGER NOT NULL,
                             author TEXT NOT NULL, device TEXT NOT NULL,
                             PRIMARY KEY (entity, entity_id, field));
CREATE TABLE field_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL,
                            entity_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT,
                            base_version INTEGER NOT NULL, version INTEGER NOT NULL,
                            hlc INTEGER NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL);
CREATE INDEX field_changes_by_field ON field_changes(entity, entity_id, field);
)sql";

// v3: the append-only, hash-chained access log (NEN 7513: who, what, which client, when, where).
constexpr std::string_view kV3 = R"sql(
CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, hlc INTEGER NOT NULL,
                        user_id TEXT NOT NULL, device_id TEXT NOT NULL, action TEXT NOT NULL,
                        entity TEXT NOT NULL, entity_id TEXT NOT NULL, case_id TEXT,
                        prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
)sql";

// v4: assessments at work. The author's role goes with every field write (instruments.md: every
// answer records author, role, device and time); group entries keep their order and survive as
// tombstones; assessment_events is the lifecycle history (submit, cosign, approve, return with
// its comment, reopen), never rewritten.
constexpr std::string_view kV4 = R"sql(
ALTER TABLE field_versions ADD COLUMN author_role TEXT NOT NULL DEFAULT '';
ALTER TABLE field_changes ADD COLUMN author_role TEXT NOT NULL DEFAULT '';
CREATE TABLE group_entries (assessment_id TEXT NOT NULL, group_id TEXT NOT NULL,
                            entry_id TEXT NOT NULL, position INTEGER NOT NULL,
                            deleted INTEGER NOT NULL DEFAULT 0,
                            PRIMARY KEY (assessment_id, group_id, entry_id));
CREATE TABLE assessment_events (seq INTEGER PRIMARY KEY AUTOINCREMENT,
                                assessment_id TEXT NOT NULL, kind TEXT NOT NULL,
                                user_id TEXT NOT NULL, role TEXT NOT NULL, at_ms INTEGER NOT NULL,
                                hlc INTEGER NOT NULL, comment TEXT, data TEXT);
CREATE INDEX assessment_events_by_assessment ON assessment_events(assessment_id);
)sql";

// v5: sync (issue 4). Every change-record row knows its case (the unit of access and of purge),
// and keeps the server's version of the field (0 = never synced), the base of the next push.
// field_changes also holds the states pulled from the server and the sides of conflicts, so a
// field's history shows every value anyone gave it (origin: local | server | sibling; kind:
// write | conflict | resolution). outbox: at most one pending change per field, the latest local
// value with the base of the first unpushed edit. sync_state: server, device token (only ever
// here, in the encrypted vault), pull cursor, batch counter and the batch awaiting its answer.
// quarantine: changes the server refused, with its reason, never dropped. conflicts: the server's
// sides of each field in conflict. known_cases: cases fetched whole from the server.
constexpr std::string_view kV5 = R"sql(
ALTER TABLE field_versions ADD COLUMN case_id TEXT NOT NULL DEFAULT '';
ALTER TABLE field_versions ADD COLUMN server_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE field_changes ADD COLUMN case_id TEXT NOT NULL DEFAULT '';
ALTER TABLE field_changes ADD COLUMN origin TEXT NOT NULL DEFAULT 'local';
ALTER TABLE field_changes ADD COLUMN server_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE field_changes ADD COLUMN kind TEXT NOT NULL DEFAULT 'write';
UPDATE field_versions SET case_id = COALESCE(CASE field_versions.entity
    WHEN 'case' THEN field_versions.entity_id
    WHEN 'person' THEN (SELECT p.case_id FROM persons p WHERE p.id = field_versions.entity_id)
    WHEN 'consent' THEN (SELECT c.case_id FROM consents c WHERE c.id = field_versions.entity_id)
    WHEN 'assessment' THEN
      (SELECT a.case_id FROM assessments a WHERE a.id = field_versions.entity_id)
    WHEN 'answer' THEN
      (SELECT a.case_id FROM assessments a WHERE a.id = field_versions.entity_id)
    END, '');
UPDATE field_changes SET case_id = COALESCE(CASE field_changes.entity
    WHEN 'case' THEN field_changes.entity_id
    WHEN 'person' THEN (SELECT p.case_id FROM persons p WHERE p.id = field_changes.entity_id)
    WHEN 'consent' THEN (SELECT c.case_id FROM consents c WHERE c.id = field_changes.entity_id)
    WHEN 'assessment' THEN
      (SELECT a.case_id FROM assessments a WHERE a.id = field_changes.entity_id)
    WHEN 'answer' THEN
      (SELECT a.case_id FROM assessments a WHERE a.id = field_changes.entity_id)
    END, '');
CREATE INDEX field_versions_by_case ON field_versions(case_id);
CREATE INDEX field_changes_by_case ON field_changes(case_id);
CREATE INDEX field_changes_by_server_version ON field_changes(entity, entity_id, field,
                                                              server_version);
ALTER TABLE assessment_events ADD COLUMN event_id TEXT;
ALTER TABLE assessment_events ADD COLUMN case_id TEXT NOT NULL DEFAULT '';
UPDATE assessment_events SET event_id = lower(hex(randomblob(16))),
    case_id = COALESCE((SELECT a.case_id FROM assessments a
                        WHERE a.id = assessment_events.assessment_id), '');
CREATE UNIQUE INDEX assessment_events_by_event_id ON assessment_events(event_id);
CREATE TABLE outbox (entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL,
                     case_id TEXT NOT NULL, value TEXT, base_version INTEGER NOT NULL,
                     hlc INTEGER NOT NULL, author TEXT NOT NULL, role TEXT NOT NULL,
                     local_seq INTEGER NOT NULL, PRIMARY KEY (entity, entity_id, field));
CREATE INDEX outbox_by_seq ON outbox(local_seq);
CREATE INDEX outbox_by_case ON outbox(case_id);
CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE quarantine (id INTEGER PRIMARY KEY AUTOINCREMENT, case_id TEXT NOT NULL,
                         entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL,
                         value TEXT, base_version INTEGER NOT NULL, hlc INTEGER NOT NULL,
                         author TEXT NOT NULL, role TEXT NOT NULL, local_seq INTEGER NOT NULL,
                         batch_id TEXT NOT NULL, reason TEXT NOT NULL,
                         refused_at INTEGER NOT NULL);
CREATE TABLE conflicts (entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL,
                        case_id TEXT NOT NULL, version INTEGER NOT NULL, value TEXT,
                        author TEXT NOT NULL, role TEXT NOT NULL, device TEXT NOT NULL,
                        hlc INTEGER NOT NULL, resolving INTEGER NOT NULL DEFAULT 0,
                        PRIMARY KEY (entity, entity_id, field, version));
CREATE INDEX conflicts_by_case ON conflicts(case_id);
CREATE TABLE known_cases (case_id TEXT PRIMARY KEY, fetched_at INTEGER NOT NULL);
)sql";

// v6: warnings' written justifications, one row per assessment and rule, stored as they are
// typed (field `justification/RULE` of the assessment in the change record). A v5 device kept
// justifications pulled from newer devices only in its change record: their latest states are
// taken over from there.
constexpr std::string_view kV6 = R"sql(
CREATE TABLE justifications (assessment_id TEXT NOT NULL, rule_id TEXT NOT NULL,
                             text TEXT NOT NULL, PRIMARY KEY (assessment_id, rule_id));
INSERT INTO justifications (assessment_id, rule_id, text)
SELECT c.entity_id, substr(c.field, 15), c.value FROM field_changes c
 WHERE c.entity = 'assessment' AND substr(c.field, 1, 14) = 'justification/'
   AND length(c.field) > 14 AND c.value IS NOT NULL
   AND c.seq = (SELECT MAX(x.seq) FROM field_changes x WHERE x.entity = c.entity
                AND x.entity_id = c.entity_id AND x.field = c.field AND x.origin != 'sibling'
                AND x.kind != 'refused');
)sql";

// v7: home visits (issue 10). The v1 visits table gains what a visit records (its start_*/end_*
// columns stay unused: positions are per professional); visit_professionals holds each
// professional's check-in and check-out (a position or the reason there is none, as the field's
// text) and their alert ("ik heb hulp nodig").
constexpr std::string_view kV7 = R"sql(
ALTER TABLE visits ADD COLUMN planned_at INTEGER;
ALTER TABLE visits ADD COLUMN started_by TEXT;
ALTER TABLE visits ADD COLUMN expected_end INTEGER;
ALTER TABLE visits ADD COLUMN others TEXT;
ALTER TABLE visits ADD COLUMN instruments TEXT;
CREATE TABLE visit_professionals (visit_id TEXT NOT NULL, user_id TEXT NOT NULL,
                                  case_id TEXT NOT NULL, checkin TEXT, checkout TEXT,
                                  alert_at INTEGER, PRIMARY KEY (visit_id, user_id));
CREATE INDEX visit_professionals_by_case ON visit_professionals(case_id);
CREATE INDEX visit_professionals_by_user ON visit_professionals(user_id);
)sql";

// v8: anonymous consultations (core/consultation). origin_case is this device's own note of the
// case a question came from: never a field, so it never leaves the asker's device.
constexpr std::string_view kV8 = R"sql(
CREATE TABLE consultations (id TEXT PRIMARY KEY, to_org TEXT, question TEXT, about TEXT,
                            asked_at INTEGER, asked_by TEXT, advice TEXT, answered_at INTEGER,
                            answered_by TEXT, minutes INTEGER, case_link TEXT, origin_case TEXT);
CREATE INDEX consultations_by_case ON consultations(case_link);
)sql";

// v9: the case's phase and who holds regie, and its escalations as dated events (issue 13 point
// 5, core/phase).
constexpr std::string_view kV9 = R"sql(
ALTER TABLE cases ADD COLUMN phase TEXT;
ALTER TABLE cases ADD COLUMN regie TEXT;
CREATE TABLE escalations (id TEXT PRIMARY KEY, case_id TEXT NOT NULL, kind TEXT NOT NULL,
                          date TEXT, expected_end TEXT, outcome TEXT, recorded_by TEXT,
                          created_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX escalations_by_case ON escalations(case_id);
)sql";

// v10: statements beside an assessment or plan (issue 14.3, issue 13.2): the client's or a
// parent's own view and the GI's recorded disagreement; never an edit of the professional's text.
// recorded_* come from the first write of the statement (the change record keeps every write).
constexpr std::string_view kV10 = R"sql(
CREATE TABLE statements (id TEXT PRIMARY KEY, case_id TEXT NOT NULL, assessment_id TEXT,
                         kind TEXT NOT NULL DEFAULT '', person_id TEXT, relation TEXT,
                         said_on TEXT, text TEXT, recorded_by TEXT NOT NULL,
                         recorded_role TEXT NOT NULL, recorded_at INTEGER NOT NULL);
CREATE INDEX statements_by_assessment ON statements(assessment_id);
CREATE INDEX statements_by_case ON statements(case_id);
)sql";

// v12: disagreements that were closed, as the server tells of them (settled_conflicts.h): the
// version that closed one, and the sides it closed. Client data, purged with the case. The cases
// held are fetched whole once more at the next sync (known_cases emptied), so the disagreements
// closed before this version come too: a pulled page applied again changes nothing else.
constexpr std::string_view kV12 = R"sql(
DELETE FROM known_cases;
CREATE TABLE settled_conflicts (entity TEXT NOT NULL, entity_id TEXT NOT NULL,
                                field TEXT NOT NULL, version INTEGER NOT NULL,
                                case_id TEXT NOT NULL, kind TEXT NOT NULL, value TEXT,
                                author TEXT NOT NULL, role TEXT NOT NULL, device TEXT NOT NULL,
                                hlc INTEGER NOT NULL,
                                PRIMARY KEY (entity, entity_id, field, version));
CREATE INDEX settled_conflicts_by_case ON settled_conflicts(case_id);
CREATE TABLE settled_conflict_sides (entity TEXT NOT NULL, entity_id TEXT NOT NULL,
                                     field TEXT NOT NULL, version INTEGER NOT NULL,
                                     side_version INTEGER NOT NULL, case_id TEXT NOT NULL,
                                     value TEXT, author TEXT NOT NULL, role TEXT NOT NULL,
                                     device TEXT NOT NULL, hlc INTEGER NOT NULL,
                                     PRIMARY KEY (entity, entity_id, field, version, side_version));
CREATE INDEX settled_conflict_sides_by_case ON settled_conflict_sides(case_id);
)sql";

// v15: a colleague's full name as the server's directory has it ("Anna de Vries"); users.name
// stays the login. NULL until an admin sets it: the app then shows the login.
constexpr std::string_view kV15 = R"sql(
ALTER TABLE users ADD COLUMN full_name TEXT;
)sql";

// v18: a tracked write and a pulled state touch fewer B-trees (issue 12). The four tables every
// field write lands in are keyed by their primary key itself (WITHOUT ROWID: no second B-tree
// beside the table), and field_changes loses field_changes_by_field, a prefix of
// field_changes_by_server_version that serves every lookup by field as well. Rows are copied as
// they are; secure_delete zeroes the old tables' freed pages.
constexpr std::string_view kV18 = R"sql(
DROP INDEX field_changes_by_field;
CREATE TABLE answers_v18 (assessment_id TEXT NOT NULL, item TEXT NOT NULL,
                          author TEXT NOT NULL DEFAULT '', value TEXT,
                          PRIMARY KEY (assessment_id, item, author)) WITHOUT ROWID;
INSERT INTO answers_v18 (assessment_id, item, author, value)
    SELECT assessment_id, item, author, value FROM answers;
DROP TABLE answers;
ALTER TABLE answers_v18 RENAME TO answers;
CREATE TABLE field_versions_v18 (entity TEXT NOT NULL, entity_id TEXT NOT NULL,
                                 field TEXT NOT NULL, version INTEGER NOT NULL,
                                 hlc INTEGER NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
                                 author_role TEXT NOT NULL DEFAULT '',
                                 case_id TEXT NOT NULL DEFAULT '',
                                 server_version INTEGER NOT NULL DEFAULT 0,
                                 PRIMARY KEY (entity, entity_id, field)) WITHOUT ROWID;
INSERT INTO field_versions_v18 (entity, entity_id, field, version, hlc, author, device,
                                author_role, case_id, server_version)
    SELECT entity, entity_id, field, version, hlc, author, device, author_role, case_id,
           server_version FROM field_versions;
DROP TABLE field_versions;
ALTER TABLE field_versions_v18 RENAME TO field_versions;
CREATE INDEX field_versions_by_case ON field_versions(case_id);
CREATE TABLE outbox_v18 (entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL,
                         case_id TEXT NOT NULL, value TEXT, base_version INTEGER NOT NULL,
                         hlc INTEGER NOT NULL, author TEXT NOT NULL, role TEXT NOT NULL,
                         local_seq INTEGER NOT NULL,
                         PRIMARY KEY (entity, entity_id, field)) WITHOUT ROWID;
INSERT INTO outbox_v18 (entity, entity_id, field, case_id, value, base_version, hlc, author,
                        role, local_seq)
    SELECT entity, entity_id, field, case_id, value, base_version, hlc, author, role, local_seq
    FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v18 RENAME TO outbox;
CREATE INDEX outbox_by_seq ON outbox(local_seq);
CREATE INDEX outbox_by_case ON outbox(case_id);
CREATE TABLE meta_v18 (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
INSERT INTO meta_v18 (key, value) SELECT key, value FROM meta;
DROP TABLE meta;
ALTER TABLE meta_v18 RENAME TO meta;
)sql";

// v19: settling a pushed change writes fewer pages (issue 12). Settling sets the change's
// server_version; with server_version in an index on field_changes, every settled change also
// moved an entry of that index (a page per field, the keys being random ids). The index keeps
// the field's prefix only: a field's history is a few rows, read whole. The outbox loses
// outbox_by_case: a B-tree more on every tracked write and every settled change, for a lookup
// only a purge makes (on a queue that is empty after each sync).
constexpr std::string_view kV19 = R"sql(
DROP INDEX field_changes_by_server_version;
CREATE INDEX field_changes_by_field ON field_changes(entity, entity_id, field);
DROP INDEX outbox_by_case;
)sql";

const std::vector<Migration> kMigrations = {
    {1, "domain model", kV1},
    {2, "per-field change record", kV2},
    {3, "hash-chained audit log", kV3},
    {4, "assessment answers, entries and lifecycle events", kV4},
    {5, "sync: outbox, server versions, quarantine, conflicts, sync state", kV5},
    {6, "justifications of warnings, stored as typed", kV6},
    {7, "home visits: professionals' check-ins, check-outs and alerts", kV7},
    {8, "anonymous consultations", kV8},
    {9, "case phase, regie and escalations", kV9},
    {10, "statements beside an assessment: the client's own view, the GI's disagreement", kV10},
    {12, "disagreements that were closed: their sides and how", kV12},
    {15, "colleagues' full names", kV15},
    {18, "field writes on fewer B-trees", kV18},
    {19, "settling a pushed change moves no index entry", kV19},
};

}  // namespace

const std::vector<Migration>& migrations() {
    return kMigrations;
}

int latestSchemaVersion() {
    return kMigrations.back().version;
}

void migrate(Database& db, int target) {
    if (target < 0) {
        target = latestSchemaVersion();
    }
    const int current = db.userVersion();
    if (current > latestSchemaVersion()) {
        throw std::runtime_error("vault schema version " + std::to_string(current) +
                                 " is newer than this app supports (" +
                                 std::to_string(latestSchemaVersion()) + "); update the app");
    }
    for (const auto& m : kMigrations) {
        if (m.version <= current || m.version > target) {
            continue;
        }
        Transaction tx(db);
        db.exec(m.sql);
        db.setUserVersion(m.version);
        tx.commit();
    }
}

}  // namespace veldwerk::vault
