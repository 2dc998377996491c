// The embedded backend: one connection to an SQLCipher file (core/vault/database.h) whose key
// lives in PATH.key. Several connections (one per request thread) may share a file: writers wait
// for each other through SQLite's busy timeout instead of failing.
#pragma once

#include <filesystem>

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
    vault::Database m_db;
};

}  // namespace veldwerk::sync::server
