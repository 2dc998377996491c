#include "sync/server/cli/commands.h"

namespace veldwerk::sync::server::cli {

const char* usageText() {
    return "usage:\n"
           "  veldwerk-server serve --db URL --listen HOST:PORT [--tls-cert FILE --tls-key FILE]\n"
           "                        [--insecure-loopback] [--threads N]\n"
           "  veldwerk-server admin --db URL [--json] org add NAME --kind jgt|gi\n"
           "                                         team add NAME --org ORG [--municipality "
           "NAME]\n"
           "                                         team set NAME --org ORG --municipality NAME\n"
           "                                         user add NAME --org ORG --role "
           "jgt|gi|supervisor|admin [--team TEAM]\n"
           "                                           [--full-name \"FULL NAME\"]\n"
           "                                         user set NAME --full-name \"FULL NAME\"\n"
           "                                         user list | device list | device revoke ID\n"
           "                                         audit case CASEID | case list\n"
           "                                         visits overdue [--team TEAM]\n"
           "                                         visits grace [MINUTES]\n"
           "                                         case close CASEID --as ADMIN\n"
           "                                         case destroy-request CASEID --as ADMIN "
           "--asked-by client|parent [--asked-on YYYY-MM-DD]\n"
           "                                         case destroy-approve REQUEST --as ADMIN\n"
           "                                         case retention\n"
           "                                         crisis-card set --org ORG [--team TEAM] "
           "[--veilig-thuis NR]\n"
           "                                           [--crisis-service NR] [--after-hours NR] "
           "[--emergency NR]\n"
           "                                         crisis-card show --org ORG\n"
           "  URL: an SQLite file path (sqlite:PATH) or postgresql://...; user add reads the\n"
           "  password from VELDWERK_PASSWORD (--as ADMIN: that admin's own). "
           "--kdf-cheap-for-tests: never in production.\n"
           "  --create-store (both): make a new store in a database that exists but holds none\n"
           "  (an empty PostgreSQL database, a 0-byte file); refused without it.\n";
}

}  // namespace veldwerk::sync::server::cli
