// The server's storage interface: one SQL connection, with two real backends: SQLite (the
// embedded default, an SQLCipher file) and PostgreSQL 15 (libpq). All server logic is written
// once against this interface in SQL both dialects accept (SQLite 3.15: no UPSERT, no RETURNING,
// no window functions; so neither is used). Placeholders are '?' in both; the PostgreSQL backend
// numbers them. Qt-free.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace veldwerk::sync::server {

// NULL, an integer or text (binary data travels as hex text).
using SqlValue = std::variant<std::monostate, std::int64_t, std::string>;
using SqlRow = std::vector<SqlValue>;

class SqlError : public std::runtime_error {
public:
    // transient: a serialization failure, deadlock or busy database: the transaction may be
    // retried as a whole. uniqueViolation: a unique or primary key constraint failed.
    SqlError(const std::string& what, bool transient = false, bool uniqueViolation = false)
        : std::runtime_error(what), m_transient(transient), m_unique(uniqueViolation) {}
    bool transient() const { return m_transient; }
    bool uniqueViolation() const { return m_unique; }

private:
    bool m_transient;
    bool m_unique;
};

enum class SqlDialect { Sqlite, Postgres };

class SqlConnection {
public:
    virtual ~SqlConnection() = default;
    virtual SqlDialect dialect() const = 0;

    // One statement with '?' placeholders; the result rows (none for statements without).
    virtual std::vector<SqlRow> query(std::string_view sql,
                                      const std::vector<SqlValue>& params = {}) = 0;
    // Rows changed by the last INSERT/UPDATE/DELETE run through query().
    virtual std::int64_t changes() const = 0;
    // Several statements without parameters (migrations).
    virtual void script(std::string_view sql) = 0;

    // A write transaction holds the database's one write lock from its start (SQLite: BEGIN
    // IMMEDIATE; PostgreSQL: BEGIN and a row lock on the 'write_lock' row of the 'locks' table),
    // so writers are serialized and the global change sequence becomes visible in order.
    virtual void beginWrite() = 0;
    virtual void beginRead() = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;
};

// Opens a connection: "postgresql://..." (or "postgres://...") → PostgreSQL; "sqlite:PATH" or a
// plain path → SQLite, encrypted with the 256-bit key in PATH.key (created 0600 on first use).
std::unique_ptr<SqlConnection> connect(const std::string& url);
// The database file of an SQLite URL; nullopt for PostgreSQL. Throws SqlError on an empty path.
std::optional<std::filesystem::path> sqlitePathOf(const std::string& url);

// Small typed readers for rows.
std::int64_t asInt(const SqlValue& v);  // throws SqlError on NULL or text that is no number
std::string asText(const SqlValue& v);  // throws SqlError on NULL
std::optional<std::string> asOptionalText(const SqlValue& v);

// RAII: rolls back unless committed.
class SqlTransaction {
public:
    enum class Kind { Read, Write };
    SqlTransaction(SqlConnection& c, Kind kind) : m_c(c) {
        kind == Kind::Write ? m_c.beginWrite() : m_c.beginRead();
    }
    ~SqlTransaction() {
        if (!m_done) {
            try {
                m_c.rollback();
            } catch (...) {  // NOLINT(bugprone-empty-catch): a destructor must not throw
            }
        }
    }
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;
    void commit() {
        m_c.commit();
        m_done = true;
    }

private:
    SqlConnection& m_c;
    bool m_done = false;
};

}  // namespace veldwerk::sync::server
