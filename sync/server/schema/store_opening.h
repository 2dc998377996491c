// Opening the server's store for `serve` and `admin`: connect, then migrate. A store that exists
// but holds no schema (an SQLite file of 0 bytes, a PostgreSQL database without tables) is
// migrated into a new store only when the operator says so (`--create-store`): an emptied or
// wrong store must not silently become an empty server, from which every device would then purge
// its cases. A SQLite path whose file does not exist yet is a new store (nothing can be lost).
#pragma once

#include <memory>
#include <stdexcept>
#include <string>

#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

class EmptyStoreRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws EmptyStoreRefused (English, with what to do) or SqlError.
std::unique_ptr<SqlConnection> openStore(const std::string& url, bool mayCreate);

}  // namespace veldwerk::sync::server
