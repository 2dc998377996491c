#include "sync/server/schema/migrations.h"

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <thread>

namespace veldwerk::sync::server {

namespace {

constexpr int kMigrationAttempts = 8;

std::string forDialect(std::string sql, SqlDialect dialect) {
    static const std::string marker = "{{AUTO_ID}}";
    const std::string autoId =
        dialect == SqlDialect::Sqlite ? "INTEGER PRIMARY KEY" : "BIGSERIAL PRIMARY KEY";
    for (auto at = sql.find(marker); at != std::string::npos; at = sql.find(marker, at)) {
        sql.replace(at, marker.size(), autoId);
    }
    return sql;
}

std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

int readVersion(SqlConnection& db) {
    const auto rows = db.query("SELECT MAX(version) FROM schema_migrations");
    if (rows.empty() || std::holds_alternative<std::monostate>(rows[0][0])) {
        return 0;
    }
    return static_cast<int>(asInt(rows[0][0]));
}

void ensureLedger(SqlConnection& db) {
    db.script(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT "
        "NULL, applied_at BIGINT NOT NULL)");
}

}  // namespace

int latestSchemaVersion() {
    return serverMigrations().back().version;
}

int schemaVersion(SqlConnection& db) {
    ensureLedger(db);
    return readVersion(db);
}

int migrate(SqlConnection& db, int target) {
    if (target < 0) {
        target = latestSchemaVersion();
    }
    for (int failures = 0;;) {
        try {
            ensureLedger(db);
            const int current = readVersion(db);
            if (current > latestSchemaVersion()) {
                throw std::runtime_error("the database schema is version " +
                                         std::to_string(current) + ", newer than this server (" +
                                         std::to_string(latestSchemaVersion()) + ")");
            }
            if (current >= target) {
                return current;
            }
            // Numbers are reserved per branch, so the list may have gaps: the next one is the
            // first above the current version.
            const auto& list = serverMigrations();
            const auto found = std::find_if(list.begin(), list.end(),
                                            [&](const auto& m) { return m.version > current; });
            if (found == list.end()) {
                return current;
            }
            const auto& next = *found;
            SqlTransaction tx(db, SqlTransaction::Kind::Write);
            if (readVersion(db) == current) {  // nobody else got there first
                db.script(forDialect(next.sql, db.dialect()));
                db.query(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    {std::int64_t{next.version}, next.name, nowMs()});
            }
            tx.commit();
        } catch (const SqlError&) {
            // Another process creating the same tables at the same moment loses with a busy or
            // serialization error, or on PostgreSQL with whatever its catalog reports (a unique
            // violation, "type already exists", ...): look at the version again. A migration
            // that is itself broken fails the same way every time and is reported.
            if (++failures >= kMigrationAttempts) {
                throw;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20 * failures));
        }
    }
}

}  // namespace veldwerk::sync::server
