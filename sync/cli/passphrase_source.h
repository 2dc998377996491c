// Where a passphrase comes from: an environment variable (scripts, tests) or, on a terminal, a
// prompt without echo. Never from the command line, where other users could read it.
#pragma once

#include <string>

namespace veldwerk::cli {

// Reads envName, else prompts on /dev/tty. Throws std::runtime_error when neither is possible.
// The environment copy is cleared so child processes do not inherit it.
std::string readPassphrase(const char* envName, const std::string& prompt);

}  // namespace veldwerk::cli
