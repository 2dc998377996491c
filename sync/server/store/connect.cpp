// connect(url): picks the backend from the URL's scheme.
#include <string>

#include "sync/server/store/postgres_connection.h"
#include "sync/server/store/postgres_tls_policy.h"
#include "sync/server/store/sql_connection.h"
#include "sync/server/store/sqlite_connection.h"

namespace veldwerk::sync::server {

std::optional<std::filesystem::path> sqlitePathOf(const std::string& url) {
    if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
        return std::nullopt;
    }
    std::string path = url;
    if (path.rfind("sqlite:", 0) == 0) {
        path.erase(0, 7);
        if (path.rfind("//", 0) == 0) {
            path.erase(0, 2);  // sqlite:///abs/path and sqlite://rel/path
        }
    }
    if (path.empty()) {
        throw SqlError("empty database path in \"" + url + "\"");
    }
    return std::filesystem::path(path);
}

std::unique_ptr<SqlConnection> connect(const std::string& url) {
    const auto path = sqlitePathOf(url);
    if (!path) {
        requireTlsOffLoopback(url);
        return std::make_unique<PostgresConnection>(url);
    }
    return std::make_unique<SqliteConnection>(*path);
}

}  // namespace veldwerk::sync::server
