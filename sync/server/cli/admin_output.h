// What an accountability admin command (retention, destruction, client access report, emergency
// review, monitoring export) gets from `veldwerk-server admin`: the database, its command line
// and where to print. Each command prints text, or with --json one JSON object.
#pragma once

#include <ostream>
#include <string>

#include "sync/server/cli/arguments.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server::cli {

struct AdminOutput {
    SqlConnection& db;
    const Arguments& args;
    bool asJson;
    std::ostream& out;
};

// The admin named by `--as NAME`, signed in with the password in VELDWERK_PASSWORD: their user
// id. Throws RetentionError when the name is no active admin or the password is wrong, so an
// admin's decision (a destruction's two admins) is always attributed to someone who proved it.
std::string signedInAdmin(SqlConnection& db, const Arguments& args);
// The same for a user of another role (a supervisor reviewing emergency access).
std::string signedInAs(SqlConnection& db, const Arguments& args, const std::string& role);

// `case close|destroy-request|destroy-approve|retention`; false: not one of them.
bool runRetentionCommand(const AdminOutput& run);

// `audit client`, `audit emergency`, `export monitoring`; false: not one of them.
bool runAccountabilityCommand(const AdminOutput& run);

// `crisis-card set|show`; false: not one of them.
bool runCrisisCardCommand(const AdminOutput& run);

std::string isoTimeUtc(std::int64_t ms);

}  // namespace veldwerk::sync::server::cli
