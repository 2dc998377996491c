// Fresh, empty databases of either backend for the store tests. The PostgreSQL server is started
// once per test process and shared; every call gets its own database on it.
#pragma once

#include <memory>
#include <string>

#include "tests/support/postgres_server.h"
#include "tests/support/temp_dir.h"

namespace veldwerk::testing {

// The server shared by all tests in this process (started on first use).
PostgresServer& sharedPostgres();

// One empty database; url() may be opened any number of times (several connections).
class StoreBackend {
public:
    virtual ~StoreBackend() = default;
    virtual std::string url() const = 0;
    virtual std::string name() const = 0;
};

class SqliteBackend final : public StoreBackend {
public:
    std::string url() const override { return "sqlite:" + (m_dir / "server.db").string(); }
    std::string name() const override { return "sqlite"; }
    const TempDir& dir() const { return m_dir; }

private:
    TempDir m_dir;
};

class PostgresBackend final : public StoreBackend {
public:
    PostgresBackend();
    std::string url() const override { return m_url; }
    std::string name() const override { return "postgres"; }

private:
    std::string m_url;
};

}  // namespace veldwerk::testing
