// The server's schema as forward-only migrations, recorded in `schema_migrations`. One SQL text
// serves both backends (BIGINT and TEXT only; `{{AUTO_ID}}` becomes each dialect's
// auto-numbered primary key). A migration is never edited once shipped; changes are new ones.
#pragma once

#include <string>
#include <vector>

#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

struct Migration {
    int version = 0;
    std::string name;
    std::string sql;
};

// Every migration, in version order 1, 2, ...
const std::vector<Migration>& serverMigrations();
int latestSchemaVersion();

// The version the database is at (0: empty).
int schemaVersion(SqlConnection& db);

// Brings the database to `target` (default: the newest) and returns the version reached. Safe when
// several server processes start at once: each migration runs in a write transaction that
// re-checks the version, and a lost race is retried. A database newer than this build is an error.
int migrate(SqlConnection& db, int target = -1);

}  // namespace veldwerk::sync::server
