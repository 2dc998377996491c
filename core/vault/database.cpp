#include "core/vault/database.h"

#include <fcntl.h>
#include <sqlcipher/sqlite3.h>
#include <unistd.h>

#include <unordered_map>

namespace veldwerk::vault {

namespace {
std::string describe(sqlite3* db, int rc, std::string_view context) {
    std::string msg(context);
    msg += ": ";
    msg += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return msg;
}

[[noreturn]] void throwFor(sqlite3* db, int rc, std::string_view context) {
    throw DatabaseError(describe(db, rc, context), rc);
}

// Only the statement's first words go into errors: enough to debug, never bound values.
std::string_view sqlHead(std::string_view sql) {
    return sql.substr(0, 60);
}
}  // namespace

bool DatabaseError::isNotADatabase() const {
    return (m_code & 0xff) == SQLITE_NOTADB;
}
bool DatabaseError::isDiskFull() const {
    return (m_code & 0xff) == SQLITE_FULL;
}
bool DatabaseError::isBusy() const {
    return (m_code & 0xff) == SQLITE_BUSY || (m_code & 0xff) == SQLITE_LOCKED;
}

// The idle compiled statements of one connection, by SQL text. Shared with the statements out,
// so one that outlives its connection's close() is finalized instead of kept.
class StatementCache {
public:
    sqlite3_stmt* take(const std::string& sql) {
        const auto it = m_idle.find(sql);
        if (it == m_idle.end()) {
            return nullptr;
        }
        auto* stmt = it->second;
        m_idle.erase(it);
        return stmt;
    }
    void giveBack(const std::string& sql, sqlite3_stmt* stmt) {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);  // no client value stays bound in memory
        if (m_closed) {
            sqlite3_finalize(stmt);
            return;
        }
        m_idle.emplace(sql, stmt);
    }
    void finalizeAll() {
        for (auto& [sql, stmt] : m_idle) {
            sqlite3_finalize(stmt);
        }
        m_idle.clear();
        m_closed = true;
    }

private:
    std::unordered_multimap<std::string, sqlite3_stmt*> m_idle;
    bool m_closed = false;
};

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db) {
    const int rc =
        sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        throwFor(db, rc, std::string("prepare \"") + std::string(sqlHead(sql)) + "\"");
    }
}

Statement::Statement(sqlite3* db, std::string_view sql, std::shared_ptr<StatementCache> cache)
    : m_db(db), m_sql(sql) {
    m_stmt = cache->take(m_sql);
    if (m_stmt == nullptr) {
        const int rc =
            sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
        if (rc != SQLITE_OK) {
            throwFor(db, rc, std::string("prepare \"") + std::string(sqlHead(sql)) + "\"");
        }
    }
    m_cache = std::move(cache);
}

Statement::~Statement() {
    if (m_cache && m_stmt != nullptr) {
        m_cache->giveBack(m_sql, m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db),
      m_stmt(other.m_stmt),
      m_cache(std::move(other.m_cache)),
      m_sql(std::move(other.m_sql)) {
    other.m_stmt = nullptr;
}

void Statement::fail(int rc) const {
    const char* sql = sqlite3_sql(m_stmt);
    throwFor(m_db, rc, std::string("\"") + std::string(sqlHead(sql != nullptr ? sql : "")) + "\"");
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK) {
        fail(rc);
    }
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    if (const int rc = sqlite3_bind_text(m_stmt, index, value.data(),
                                         static_cast<int>(value.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK) {
        fail(rc);
    }
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& value) {
    return value ? bind(index, std::string_view(*value)) : bindNull(index);
}

Statement& Statement::bindNull(int index) {
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK) {
        fail(rc);
    }
    return *this;
}

Statement& Statement::bindBlob(int index, const void* data, std::size_t size) {
    if (const int rc =
            sqlite3_bind_blob(m_stmt, index, data, static_cast<int>(size), SQLITE_TRANSIENT);
        rc != SQLITE_OK) {
        fail(rc);
    }
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    fail(rc);
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

std::string Statement::text(int column) const {
    const auto* p = sqlite3_column_text(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p != nullptr ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n))
                        : std::string();
}

std::optional<std::string> Statement::optionalText(int column) const {
    if (isNull(column)) {
        return std::nullopt;
    }
    return text(column);
}

Database Database::open(const std::filesystem::path& path, const SecretBytes& key,
                        int cipherPageSize) {
    // Create the file owner-only first: SQLite gives its -wal and -shm files the same mode.
    if (const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600); fd >= 0) {
        ::close(fd);
    }
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(
        path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
        nullptr);
    Database db(raw);
    if (rc != SQLITE_OK) {
        throwFor(raw, rc, "open database");
    }
    const auto literal = key.toRawKeyLiteral();
    if (const int krc = sqlite3_key(raw, literal.data(), static_cast<int>(literal.size()));
        krc != SQLITE_OK) {
        throwFor(raw, krc, "apply key");
    }
    // Not stored in the (encrypted) file: the vault header says it; 0 keeps SQLCipher 3's 1 KiB.
    if (cipherPageSize != 0) {
        db.exec("PRAGMA cipher_page_size = " + std::to_string(cipherPageSize));
    }
    // Before the first read: another process (the app beside veldwerk-cli) may hold a lock for
    // a moment, which must be waited for, not reported as a file that cannot be read.
    sqlite3_busy_timeout(raw, 5000);
    // Keep the WAL and its index after close: reopening then needs no new disk space, so a
    // vault on a full disk still opens and reads (and small writes reuse the WAL's blocks).
    int persistWal = 1;
    sqlite3_file_control(raw, "main", SQLITE_FCNTL_PERSIST_WAL, &persistWal);
    // The first read decides whether the key fits (SQLITE_NOTADB when it does not).
    db.exec("SELECT count(*) FROM sqlite_master");
    // WAL for crash safety and concurrent readers; FULL sync so a dead battery loses nothing
    // that was committed; secure_delete so freed pages hold no old content; temp data in memory
    // so sorting never spills client data to a temp file.
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA secure_delete = ON");
    db.exec("PRAGMA temp_store = MEMORY");
    db.exec("PRAGMA foreign_keys = ON");
    // 8 MiB of (decrypted) pages instead of SQLite's 2 MB: SQLCipher's pages are 1 KiB, and a
    // sync page or push batch touches more of them than the default holds, so each re-read page
    // was read and decrypted again (and dirty pages spilled to the WAL before the commit).
    db.exec("PRAGMA cache_size = -8192");
    // The kept WAL's frames were copied into the database when it was last closed, but SQLite
    // cannot know that after reopening: without this checkpoint the next write would append
    // behind them (needing new disk space) instead of reusing the WAL from its start. It
    // rewrites pages in place. Best effort: busy or a full disk only mean it is done later.
    try {
        db.exec("PRAGMA wal_checkpoint(PASSIVE)");
    } catch (const DatabaseError&) {  // NOLINT(bugprone-empty-catch): see above
    }
    return db;
}

Database::Database(sqlite3* db) : m_db(db), m_cache(std::make_shared<StatementCache>()) {}

Database::Database(Database&& other) noexcept
    : m_db(other.m_db), m_cache(std::move(other.m_cache)) {
    other.m_db = nullptr;
}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_cache = std::move(other.m_cache);
        other.m_db = nullptr;
    }
    return *this;
}

Database::~Database() {
    close();
}

void Database::close() {
    if (m_cache) {
        m_cache->finalizeAll();
        m_cache.reset();
    }
    if (m_db != nullptr) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::exec(std::string_view sql) {
    const std::string s(sql);
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK) {
        throwFor(m_db, rc, std::string("\"") + std::string(sqlHead(sql)) + "\"");
    }
}

Statement Database::prepare(std::string_view sql) {
    if (!m_cache) {
        return Statement(m_db, sql);
    }
    return Statement(m_db, sql, m_cache);
}

std::int64_t Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

int Database::userVersion() {
    auto st = prepare("PRAGMA user_version");
    st.step();
    return static_cast<int>(st.int64(0));
}

void Database::setUserVersion(int version) {
    exec("PRAGMA user_version = " + std::to_string(version));
}

void Database::exportTo(const std::filesystem::path& path, const SecretBytes& key,
                        int cipherPageSize) {
    const auto literal = key.toRawKeyLiteral();
    prepare("ATTACH DATABASE ?1 AS rekeyed KEY ?2")
        .bind(1, path.string())
        .bindBlob(2, literal.data(), literal.size())
        .run();
    try {
        if (cipherPageSize != 0) {
            exec("PRAGMA rekeyed.cipher_page_size = " + std::to_string(cipherPageSize));
        }
        const int version = userVersion();
        prepare("SELECT sqlcipher_export('rekeyed')").run();
        // sqlcipher_export copies schema and rows, not the schema version.
        exec("PRAGMA rekeyed.user_version = " + std::to_string(version));
    } catch (...) {
        exec("DETACH DATABASE rekeyed");
        throw;
    }
    exec("DETACH DATABASE rekeyed");
}

void Database::checkpoint() {
    exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

Transaction::Transaction(Database& db) : m_db(db) {
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {  // NOLINT(bugprone-empty-catch): nothing more to do while unwinding
        }
    }
}

void Transaction::commit() {
    m_db.exec("COMMIT");
    m_done = true;
}

}  // namespace veldwerk::vault
