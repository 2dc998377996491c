// Forward-only schema migrations. The schema version is PRAGMA user_version; migration N takes a
// database from version N-1 to N inside one transaction, so a crash leaves either version.
// Migrations are additive, as a synced schema needs (cr-sqlite's lesson).
#pragma once

#include <string_view>
#include <vector>

#include "core/vault/database.h"

namespace veldwerk::vault {

struct Migration {
    int version;
    std::string_view description;
    std::string_view sql;
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();

// Brings the database to `target` (default: latest). Throws when the database is newer than this
// build knows (a downgrade would lose data).
void migrate(Database& db, int target = -1);

}  // namespace veldwerk::vault
