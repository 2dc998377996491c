#include <cstdlib>

#include "sync/server/cli/admin_output.h"
#include "sync/server/identity/password_hasher.h"
#include "sync/server/retention/case_destruction.h"

namespace veldwerk::sync::server::cli {

std::string signedInAdmin(SqlConnection& db, const Arguments& args) {
    return signedInAs(db, args, "admin");
}

std::string signedInAs(SqlConnection& db, const Arguments& args, const std::string& role) {
    const auto name = args.option("as");
    if (!name) {
        throw UsageError("this command needs --as NAME (a " + role +
                         "; password in VELDWERK_PASSWORD)");
    }
    const char* password = std::getenv("VELDWERK_PASSWORD");
    const auto rows =
        db.query("SELECT id, password_hash FROM users WHERE name = ? AND role = ? AND active = 1",
                 {*name, role});
    // The stored hash carries its own cost; the hasher's own cost only makes its decoy.
    const PasswordHasher hasher(KdfCost::cheapForTests());
    if (rows.empty() || !password ||
        !hasher.verify(asText(rows[0][1]), std::string_view(password))) {
        throw RetentionError("--as must name an active " + role +
                             ", with their password in VELDWERK_PASSWORD");
    }
    return asText(rows[0][0]);
}

}  // namespace veldwerk::sync::server::cli
