#include "sync/server/store/sqlite_connection.h"

#include <sqlcipher/sqlite3.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <string>
#include <thread>

#include "sync/server/store/sqlite_key_file.h"

namespace veldwerk::sync::server {

namespace {
// How long a connection waits for another connection's write transaction before giving up
// with a transient error.
constexpr int kBusyTimeoutMs = 10000;

// Errors name the statement's first words and SQLite's message, never bound values.
std::string_view sqlHead(std::string_view sql) {
    return sql.substr(0, 60);
}

[[noreturn]] void throwSqlite(sqlite3* db, int rc, std::string_view sql) {
    const int primary = rc & 0xff;
    const bool transient = primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
    const bool unique = rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY;
    std::string msg = "SQLite: \"" + std::string(sqlHead(sql)) + "\": ";
    msg += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw SqlError(msg, transient, unique);
}

// Opens the database, turning the vault's errors into SqlError. Database::open sets its busy
// timeout only after its first read and its journal mode switch, so connections opened at the
// same moment (a new file, or one another connection is checkpointing) can meet "database is
// locked" there: that is retried here for as long as the busy timeout would have waited.
vault::Database openDatabase(const std::filesystem::path& path) {
    const auto key = loadOrCreateKey(path);
    // A file another connection is creating at this moment can read as "not a database" once
    // (its first page is being written): only then is that retried, never on a file that held
    // data when we came.
    std::error_code sizeError;
    const bool fresh = !std::filesystem::exists(path, sizeError) ||
                       std::filesystem::file_size(path, sizeError) == 0;
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
    for (int attempt = 1;; ++attempt) {
        try {
            return vault::Database::open(path, key.key, key.cipherPageSize);
        } catch (const vault::DatabaseError& e) {
            if (e.isNotADatabase() && (!fresh || std::chrono::steady_clock::now() >= deadline)) {
                throw SqlError("database " + path.string() + " does not fit its key file " +
                               keyFileFor(path).string());
            }
            const int primary = e.code() & 0xff;
            const bool busy = primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
            if ((!busy && !e.isNotADatabase()) || std::chrono::steady_clock::now() >= deadline) {
                throw SqlError(std::string("cannot open database: ") + e.what(), busy);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(std::min(5 * attempt, 100)));
        }
    }
}

// Statements built with a varying number of placeholders (IN lists, multi-row VALUES) have many
// texts; past this many cached statements the cache starts over rather than grow without bound.
constexpr std::size_t kMaxCachedStatements = 256;

// Leaves a cached statement ready for its next use, also when reading it threw: a statement left
// mid-step would keep its read open.
class StatementUse {
public:
    explicit StatementUse(sqlite3_stmt* st) : m_st(st) {}
    ~StatementUse() {
        sqlite3_reset(m_st);
        sqlite3_clear_bindings(m_st);
    }
    StatementUse(const StatementUse&) = delete;
    StatementUse& operator=(const StatementUse&) = delete;

private:
    sqlite3_stmt* m_st;
};

bool onlyWhitespace(const char* p, const char* end) {
    for (; p < end; ++p) {
        if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r' && *p != ';') {
            return false;
        }
    }
    return true;
}

SqlValue column(sqlite3_stmt* st, int i) {
    switch (sqlite3_column_type(st, i)) {
        case SQLITE_NULL:
            return std::monostate{};
        case SQLITE_INTEGER:
            return static_cast<std::int64_t>(sqlite3_column_int64(st, i));
        default: {
            // TEXT, and REAL or BLOB as their text form: the interface knows only int and text.
            const auto* p = sqlite3_column_text(st, i);
            const int n = sqlite3_column_bytes(st, i);
            return p != nullptr
                       ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n))
                       : std::string();
        }
    }
}
}  // namespace

SqliteConnection::SqliteConnection(const std::filesystem::path& path) : m_db(openDatabase(path)) {
    sqlite3* db = m_db.handle();
    // Extended codes tell a unique violation apart from other constraint failures.
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
}

void SqliteConnection::StatementDeleter::operator()(sqlite3_stmt* s) const {
    sqlite3_finalize(s);
}

sqlite3_stmt* SqliteConnection::prepared(std::string_view sql) {
    const std::string key(sql);
    if (const auto it = m_statements.find(key); it != m_statements.end()) {
        return it->second.get();
    }
    sqlite3* db = m_db.handle();
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &raw, &tail);
    StatementPtr st(raw);
    if (rc != SQLITE_OK) {
        throwSqlite(db, rc, sql);
    }
    if (!st) {
        throw SqlError("SQLite: query() needs a statement, got none");
    }
    if (tail != nullptr && !onlyWhitespace(tail, sql.data() + sql.size())) {
        throw SqlError("SQLite: \"" + std::string(sqlHead(sql)) +
                       "\": query() runs one statement; use script() for several");
    }
    if (m_statements.size() >= kMaxCachedStatements) {
        m_statements.clear();  // none is in use: query() does not call itself
    }
    return m_statements.emplace(key, std::move(st)).first->second.get();
}

std::vector<SqlRow> SqliteConnection::query(std::string_view sql,
                                            const std::vector<SqlValue>& params) {
    sqlite3* db = m_db.handle();
    sqlite3_stmt* const st = prepared(sql);
    const StatementUse use(st);
    if (sqlite3_bind_parameter_count(st) != static_cast<int>(params.size())) {
        throw SqlError("SQLite: \"" + std::string(sqlHead(sql)) + "\": expected " +
                       std::to_string(sqlite3_bind_parameter_count(st)) + " parameters, got " +
                       std::to_string(params.size()));
    }
    int rc = SQLITE_OK;
    for (std::size_t i = 0; i < params.size(); ++i) {
        const int index = static_cast<int>(i) + 1;
        const auto& p = params[i];
        if (const auto* v = std::get_if<std::int64_t>(&p)) {
            rc = sqlite3_bind_int64(st, index, *v);
        } else if (const auto* s = std::get_if<std::string>(&p)) {
            // STATIC: the parameters outlive the statement's use (bindings are cleared first).
            rc = sqlite3_bind_text64(st, index, s->data(), s->size(), SQLITE_STATIC, SQLITE_UTF8);
        } else {
            rc = sqlite3_bind_null(st, index);
        }
        if (rc != SQLITE_OK) {
            throwSqlite(db, rc, sql);
        }
    }
    std::vector<SqlRow> rows;
    const int columns = sqlite3_column_count(st);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        SqlRow row;
        row.reserve(static_cast<std::size_t>(columns));
        for (int c = 0; c < columns; ++c) {
            row.push_back(column(st, c));
        }
        rows.push_back(std::move(row));
    }
    if (rc != SQLITE_DONE) {
        throwSqlite(db, rc, sql);
    }
    return rows;
}

std::int64_t SqliteConnection::changes() const {
    return m_db.changes();
}

void SqliteConnection::script(std::string_view sql) {
    const std::string s(sql);
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db.handle(), s.c_str(), nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK) {
        throwSqlite(m_db.handle(), rc, sql);
    }
}

void SqliteConnection::beginWrite() {
    script("BEGIN IMMEDIATE");
}

void SqliteConnection::beginRead() {
    script("BEGIN");
}

void SqliteConnection::commit() {
    script("COMMIT");
}

void SqliteConnection::rollback() {
    // After some errors (e.g. SQLITE_FULL) SQLite has already rolled back; that is no failure.
    if (sqlite3_get_autocommit(m_db.handle()) != 0) {
        return;
    }
    script("ROLLBACK");
}

}  // namespace veldwerk::sync::server
