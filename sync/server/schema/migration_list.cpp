// The migrations themselves. Conventions: ids are TEXT (32 hex), times BIGINT ms since the epoch,
// flags BIGINT 0/1, nothing that only one of SQLite 3.15 and PostgreSQL 15 understands.
#include "sync/server/schema/migrations.h"

namespace veldwerk::sync::server {

const std::vector<Migration>& serverMigrations() {
    static const std::vector<Migration> migrations = {
        {1, "identity",
         R"SQL(
-- The one write lock (PostgreSQL's beginWrite locks this row) and the global change sequence.
CREATE TABLE locks (name TEXT PRIMARY KEY);
INSERT INTO locks (name) VALUES ('write_lock');
CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
INSERT INTO counters (name, value) VALUES ('change_seq', 0);

CREATE TABLE orgs (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  created_at BIGINT NOT NULL);
CREATE TABLE teams (
  id TEXT PRIMARY KEY,
  org_id TEXT NOT NULL REFERENCES orgs (id),
  name TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  UNIQUE (org_id, name));
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  org_id TEXT NOT NULL REFERENCES orgs (id),
  team_id TEXT REFERENCES teams (id),
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  active BIGINT NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL);
CREATE TABLE devices (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  token_hash TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL,
  enrolled_at BIGINT NOT NULL,
  last_seen_at BIGINT,
  revoked_at BIGINT,
  clock_offset_ms BIGINT);
CREATE INDEX devices_user ON devices (user_id);
-- Login attempts, counted before the password is checked (so parallel guesses count too) and
-- removed on success; kept in the database so every server instance sees them.
CREATE TABLE login_failures (
  id TEXT PRIMARY KEY,
  user_name TEXT NOT NULL,
  client TEXT NOT NULL,
  at_ms BIGINT NOT NULL);
CREATE INDEX login_failures_user ON login_failures (user_name, at_ms);
CREATE INDEX login_failures_client ON login_failures (client, at_ms);

-- NEN 7513 access log: event, time, user, device, client case, record.
CREATE TABLE audit_log (
  id {{AUTO_ID}},
  at_ms BIGINT NOT NULL,
  event TEXT NOT NULL,
  outcome TEXT NOT NULL,
  user_id TEXT,
  device_id TEXT,
  case_id TEXT,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  detail TEXT NOT NULL);
CREATE INDEX audit_log_case ON audit_log (case_id, id);
)SQL"},
        {2, "cases and fields",
         R"SQL(
-- Projections of the case, member and consent field changes that access control reads.
CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  team_id TEXT,
  created_by TEXT NOT NULL,
  created_at BIGINT NOT NULL);
CREATE INDEX cases_team ON cases (team_id);
CREATE TABLE case_members (
  case_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  role TEXT NOT NULL,
  active BIGINT NOT NULL,
  PRIMARY KEY (case_id, user_id));
CREATE INDEX case_members_user ON case_members (user_id, active);
CREATE TABLE consents (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL,
  for_role TEXT,
  given_by TEXT,
  recorded_by TEXT NOT NULL,
  recorded_at BIGINT NOT NULL,
  withdrawn_at TEXT);
CREATE INDEX consents_case ON consents (case_id);

-- The canonical latest state of every field, and every accepted version of it.
CREATE TABLE fields (
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  case_id TEXT NOT NULL,
  value TEXT,
  version BIGINT NOT NULL,
  hlc BIGINT NOT NULL,
  author TEXT NOT NULL,
  role TEXT NOT NULL,
  device TEXT NOT NULL,
  seq BIGINT NOT NULL,
  in_conflict BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (entity, entity_id, field));
CREATE UNIQUE INDEX fields_seq ON fields (seq);
CREATE INDEX fields_case_seq ON fields (case_id, seq);
-- kind: applied | merged | conflict (a sibling) | resolution (resolves = the sibling versions it
-- resolved, comma separated) | removed (the server ended a membership). sibling = 1 while the
-- version is a side of the field's open conflict.
CREATE TABLE field_history (
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  field TEXT NOT NULL,
  version BIGINT NOT NULL,
  case_id TEXT NOT NULL,
  value TEXT,
  hlc BIGINT NOT NULL,
  author TEXT NOT NULL,
  role TEXT NOT NULL,
  device TEXT NOT NULL,
  seq BIGINT NOT NULL,
  base_version BIGINT NOT NULL,
  kind TEXT NOT NULL,
  resolves TEXT,
  sibling BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (entity, entity_id, field, version));

-- The stored answer of every applied push batch (idempotency).
CREATE TABLE push_batches (
  device_id TEXT NOT NULL,
  batch_id TEXT NOT NULL,
  response TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (device_id, batch_id));
)SQL"},
        {3, "device audit",
         R"SQL(
-- Audit entries uploaded by devices; (device, seq) makes an upload idempotent.
CREATE TABLE device_audit (
  device_id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  user_id TEXT NOT NULL,
  claimed_user TEXT NOT NULL,
  at_ms BIGINT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  case_id TEXT,
  received_at BIGINT NOT NULL,
  PRIMARY KEY (device_id, seq));
CREATE INDEX device_audit_case ON device_audit (case_id, at_ms);
)SQL"},
        {4, "push batch content",
         R"SQL(
-- The BLAKE2b hash of a batch's canonical content: a batch id is a retry only with the same
-- content (a restored vault numbers new changes like old ones). NULL on batches stored before.
ALTER TABLE push_batches ADD COLUMN content_hash TEXT;
)SQL"},
        {5, "visits",
         R"SQL(
-- What the server knows of each visit beyond its fields (sync/server/visits): the starter is the
-- authenticated user who sent the start; expected_end the latest any professional set.
CREATE TABLE visits (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL,
  started_by TEXT,
  started_at BIGINT,
  expected_end BIGINT,
  ended_at BIGINT,
  alert_at BIGINT,
  alert_by TEXT,
  updated_at BIGINT NOT NULL);
CREATE INDEX visits_open ON visits (ended_at, case_id);
CREATE TABLE visit_checkins (
  visit_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  position TEXT NOT NULL,
  at_ms BIGINT NOT NULL,
  PRIMARY KEY (visit_id, user_id));
-- Server settings an administrator may change (visit_grace_minutes: overdue after expected end).
CREATE TABLE settings (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL);
INSERT INTO settings (name, value) VALUES ('visit_grace_minutes', '15');
)SQL"},
        {6, "retention and destruction",
         R"SQL(
-- Closed cases (issue 14): kept on the server until retain_until (closure + 20 years), out of
-- every device's scope. The case's `case.closed_at` field is the change record; this is its
-- projection, which scope and push read.
CREATE TABLE case_closures (
  case_id TEXT PRIMARY KEY,
  closed_at BIGINT NOT NULL,
  closed_by TEXT NOT NULL,
  retain_until BIGINT NOT NULL);
-- A client's or parent's request to destroy the case, registered by one admin; approved by
-- another, it destroys the case and is replaced by a case_destructions row.
CREATE TABLE destruction_requests (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL,
  asked_by TEXT NOT NULL,
  asked_at BIGINT NOT NULL,
  deadline BIGINT NOT NULL,
  registered_by TEXT NOT NULL,
  registered_at BIGINT NOT NULL);
CREATE INDEX destruction_requests_case ON destruction_requests (case_id);
-- What is left of a destroyed case: no case id, only its pseudonym (keyed BLAKE2b, key
-- 'destruction' in server_keys), the dates and the two admins.
CREATE TABLE case_destructions (
  pseudonym TEXT PRIMARY KEY,
  asked_by TEXT NOT NULL,
  asked_at BIGINT NOT NULL,
  deadline BIGINT NOT NULL,
  registered_by TEXT NOT NULL,
  registered_at BIGINT NOT NULL,
  approved_by TEXT NOT NULL,
  destroyed_at BIGINT NOT NULL,
  closed_at BIGINT);
-- Random 256-bit keys the server made for itself (hex), by name: 'destruction', 'monitoring'.
CREATE TABLE server_keys (
  name TEXT PRIMARY KEY,
  key_hex TEXT NOT NULL,
  created_at BIGINT NOT NULL);
)SQL"},
        {7, "emergency access",
         R"SQL(
-- Emergency access ("break the glass"): a 24-hour membership a JGT professional or supervisor
-- took on a case of their organisation, with their reason; reviewed by a supervisor of the case's
-- team. Part of the access log: kept when the case is destroyed. member_version: the version of
-- the membership field the grant wrote (it is ended only while that is still the membership).
CREATE TABLE emergency_access (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL,
  team_id TEXT,
  user_id TEXT NOT NULL,
  role TEXT NOT NULL,
  device_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  granted_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  member_version BIGINT NOT NULL,
  ended_at BIGINT,
  reviewed_by TEXT,
  reviewed_at BIGINT,
  review_note TEXT);
CREATE INDEX emergency_access_user ON emergency_access (user_id, ended_at);
CREATE INDEX emergency_access_case ON emergency_access (case_id);
)SQL"},
        {8, "consultations",
         R"SQL(
-- Anonymous consultations (sync/server/consultations): what the server knows beyond their
-- fields. asked_by and team_id are the authenticated asker's; to_org_id the GI organisation the
-- scope rule reads; case_id the case it was linked to once the family consented (NULL before).
-- No question or advice here: those are client text, in the fields only.
CREATE TABLE consultations (
  id TEXT PRIMARY KEY,
  asked_by TEXT NOT NULL,
  team_id TEXT,
  to_org_id TEXT,
  about TEXT,
  asked_at BIGINT,
  answered_by TEXT,
  answered_at BIGINT,
  minutes BIGINT,
  case_id TEXT,
  linked_by TEXT,
  linked_at BIGINT,
  created_at BIGINT NOT NULL);
CREATE INDEX consultations_org ON consultations (to_org_id, case_id);
CREATE INDEX consultations_asker ON consultations (asked_by, case_id);
CREATE INDEX consultations_case ON consultations (case_id);
)SQL"},
        {9, "crisis card",
         R"SQL(
-- The crisis card (PROTOCOL.md "Crisis card"): the region's numbers an admin sets per
-- organisation (team_id ''), the after-hours number per team. Not client data: sent on every
-- pull to the organisation's devices.
CREATE TABLE crisis_numbers (
  org_id TEXT NOT NULL,
  team_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  number TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (org_id, team_id, kind));
)SQL"},
        {11, "states as sent",
         R"SQL(
-- N of the push batch "DEVICE-N" whose change this state is, exactly as the device sent it
-- (applied, not merged); NULL for every other state. A pull that names the batch leaves the state
-- out: the device that sent it holds it already (PROTOCOL.md, "Pull").
ALTER TABLE fields ADD COLUMN sent_batch BIGINT;
)SQL"},
        {12, "closed disagreements",
         R"SQL(
-- The versions that closed a disagreement, per case, for the pull's `resolved` (PROTOCOL.md
-- "Pull"): partial, so the ordinary history rows cost it nothing.
CREATE INDEX field_history_closings ON field_history (case_id)
  WHERE kind IN ('resolution', 'agreement');
)SQL"},
        {15, "full names",
         R"SQL(
-- A professional's full name as colleagues read it ("Anna de Vries"); users.name stays the login.
-- NULL until an admin sets it: devices then show the login.
ALTER TABLE users ADD COLUMN full_name TEXT;
)SQL"},
        {16, "teams' municipality",
         R"SQL(
-- The municipality a team works for (the pilot's monitoring export reports per municipality, which
-- pays for it). NULL until an admin sets it.
ALTER TABLE teams ADD COLUMN municipality TEXT;
)SQL"},
    };
    return migrations;
}

}  // namespace veldwerk::sync::server
