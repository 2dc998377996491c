// veldwerk-server's two commands (sync/server/README.md): `serve` runs the HTTP API, `admin`
// manages organisations, teams, users and devices and reads a case's access log. Both migrate
// the database first. Exit codes are the same for both.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace veldwerk::sync::server::cli {

enum ExitCode : int {
    kExitOk = 0,
    kExitFailed = 1,    // the server could not start or stopped on an error; anything unexpected
    kExitUsage = 2,     // wrong command line (or a TLS/loopback choice the server refuses)
    kExitRefused = 3,   // the data refuses it: duplicate or unknown name, unknown device, password
    kExitDatabase = 4,  // the database cannot be opened, migrated or used
};

// args: everything after the command word.
int runServe(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
int runAdmin(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// The usage text for --help and usage errors.
const char* usageText();

}  // namespace veldwerk::sync::server::cli
