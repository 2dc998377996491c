#include "sync/server/schema/store_opening.h"

#include <system_error>

#include "sync/server/schema/migrations.h"

namespace veldwerk::sync::server {

namespace {
const char* kCreateHint =
    "; if this is meant to be a new store, run again with --create-store (otherwise restore the "
    "store from its backup)";
}

std::unique_ptr<SqlConnection> openStore(const std::string& url, bool mayCreate) {
    const auto path = sqlitePathOf(url);
    std::error_code ec;
    const bool fileExisted = path && std::filesystem::exists(*path, ec);
    if (fileExisted && !mayCreate && std::filesystem::file_size(*path, ec) == 0 && !ec) {
        // Checked before opening: opening writes the header of a new database into it.
        throw EmptyStoreRefused("the store file " + path->string() +
                                " exists but is empty (0 bytes): it may have been emptied or "
                                "damaged" +
                                kCreateHint);
    }
    auto db = connect(url);
    if (!mayCreate && (fileExisted || !path) && schemaVersion(*db) == 0) {
        throw EmptyStoreRefused(
            std::string(path ? "the store file " + path->string() : std::string("the database")) +
            " exists but holds no Veldwerk store" + kCreateHint);
    }
    migrate(*db);
    return db;
}

}  // namespace veldwerk::sync::server
