// The PostgreSQL 15 backend over libpq. Parameters travel in text format; '?' placeholders are
// numbered $1..$n. int2/int4/int8 and boolean columns come back as integers, all else as text
// (so e.g. SUM(bigint), a numeric, arrives as text: asInt() parses it).
#pragma once

#include <string>

#include "sync/server/store/sql_connection.h"

struct pg_conn;

namespace veldwerk::sync::server {

class PostgresConnection final : public SqlConnection {
public:
    // Connects to a postgresql:// or postgres:// URL. Throws SqlError; its message shows the URL
    // without its password.
    explicit PostgresConnection(const std::string& url);
    ~PostgresConnection() override;
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    SqlDialect dialect() const override { return SqlDialect::Postgres; }
    std::vector<SqlRow> query(std::string_view sql,
                              const std::vector<SqlValue>& params = {}) override;
    std::int64_t changes() const override { return m_changes; }
    void script(std::string_view sql) override;
    // BEGIN and a row lock on locks.write_lock; just BEGIN while the locks table does not exist
    // yet (the migrations that create it run in such a transaction).
    void beginWrite() override;
    // A REPEATABLE READ transaction: all its queries see one snapshot, as SQLite's do.
    void beginRead() override;
    void commit() override;
    void rollback() override;

private:
    // Re-establishes a connection that broke while no transaction was open.
    void reconnectIfBroken();
    // Runs a parameterless statement (transaction control); returns its command status.
    std::string command(std::string_view sql);
    [[noreturn]] void failConnection(const std::string& context) const;

    pg_conn* m_conn = nullptr;
    std::string m_password;     // only to scrub it from libpq's messages
    std::string m_redactedUrl;  // the URL with its password replaced, for messages
    std::int64_t m_changes = 0;
    bool m_lockTableExists = false;
    bool m_inTransaction = false;  // between begin*() and commit()/rollback()
};

// The URL with any password (userinfo or ?password=) replaced by "***", and the password
// itself (percent-decoded) — exposed for tests.
struct RedactedUrl {
    std::string url;
    std::string password;
};
RedactedUrl redactPostgresUrl(const std::string& url);

}  // namespace veldwerk::sync::server
