// The one RAII wrapper over SQLCipher's C API. Error messages name the SQL statement and the
// SQLite error, never bound values, so client data cannot leak into logs through them.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/vault/secret.h"

struct sqlite3;
struct sqlite3_stmt;

namespace veldwerk::vault {

class StatementCache;

class DatabaseError : public std::runtime_error {
public:
    DatabaseError(const std::string& what, int code) : std::runtime_error(what), m_code(code) {}
    int code() const { return m_code; }
    bool isNotADatabase() const;  // wrong key or a file that is not (or no longer) a database
    bool isDiskFull() const;
    bool isBusy() const;  // another connection (or process) holds the lock past the timeout

private:
    int m_code;
};

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    // A statement of the connection's cache: given back (reset, bindings cleared) when destroyed.
    Statement(sqlite3* db, std::string_view sql, std::shared_ptr<StatementCache> cache);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement& operator=(Statement&&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::string& value) {
        return bind(index, std::string_view(value));
    }
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::optional<std::string>& value);
    Statement& bindNull(int index);
    Statement& bindBlob(int index, const void* data, std::size_t size);

    // Advances to the next row; false when done.
    bool step();
    // Runs to completion (for statements without results).
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    std::string text(int column) const;
    std::optional<std::string> optionalText(int column) const;

private:
    [[noreturn]] void fail(int rc) const;
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    std::shared_ptr<StatementCache> m_cache;
    std::string m_sql;  // the cache's key
};

class Database {
public:
    // Opens (creating if absent) an SQLCipher database with a raw 256-bit key, and checks the key.
    // Throws DatabaseError; isNotADatabase() means the key does not fit the file.
    // cipherPageSize: the vault header's (0: SQLCipher's default, 1 KiB).
    static Database open(const std::filesystem::path& path, const SecretBytes& key,
                         int cipherPageSize = 0);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    void exec(std::string_view sql);
    // Compiled once per connection and kept: a statement given back is reused by the next
    // prepare() of the same SQL (a tracked write runs about nine statements; compiling them
    // each time was most of its CPU cost).
    Statement prepare(std::string_view sql);
    std::int64_t lastInsertRowId() const;
    int changes() const;
    int userVersion();
    void setUserVersion(int version);
    // Copies every page into a new file encrypted with another key (SQLCipher's sqlcipher_export).
    void exportTo(const std::filesystem::path& path, const SecretBytes& key,
                  int cipherPageSize = 0);
    // Folds the WAL back into the database file.
    void checkpoint();
    void close();
    sqlite3* handle() { return m_db; }

private:
    explicit Database(sqlite3* db);
    sqlite3* m_db = nullptr;
    std::shared_ptr<StatementCache> m_cache;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back if the scope is left without commit().
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

}  // namespace veldwerk::vault
