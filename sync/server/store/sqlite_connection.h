// The embedded backend: one connection to an SQLCipher file (core/vault/database.h) whose key
// lives in PATH.key. Several connections (one per request thread) may share a file: writers wait
// for each other through SQLite's busy timeout instead of failing.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>

#include "core/vault/database.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

class SqliteConnection final : public SqlConnection {
public:
    // Opens (creating when absent) the database and its key file. Throws SqlError.
    explicit SqliteConnection(const std::filesystem::path& path);

    SqlDialect dialect() const override { return SqlDialect::Sqlite; }
    std::vector<SqlRow> query(std::string_view sql,
                              const std::vector<SqlValue>& params = {}) override;
    std::int64_t changes() const override;
    void script(std::string_view sql) override;
    void beginWrite() override;
    void beginRead() override;
    void commit() override;
    void rollback() override;

private:
    struct StatementDeleter {
        void operator()(sqlite3_stmt* s) const;
    };
    using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementDeleter>;
    // The statement for `sql`, prepared once per connection: a push runs the same few statements
    // thousands of times, and preparing costs more than running them.
    sqlite3_stmt* prepared(std::string_view sql);

    vault::Database m_db;
    // Declared after m_db, so destroyed (finalized) before the database closes.
    std::unordered_map<std::string, StatementPtr> m_statements;
};

}  // namespace veldwerk::sync::server
