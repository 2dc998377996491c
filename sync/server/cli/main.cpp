// veldwerk-server: the central sync server (serve) and its administration (admin).
#include <iostream>
#include <string>
#include <vector>

#include "core/process/core_dump_guard.h"
#include "sync/server/cli/commands.h"

using namespace veldwerk::sync::server::cli;

int main(int argc, char** argv) {
    veldwerk::process::disableCoreDumps();
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::cout << usageText();
        return args.empty() ? kExitUsage : kExitOk;
    }
    const auto command = args[0];
    args.erase(args.begin());
    if (command == "serve") {
        return runServe(args, std::cout, std::cerr);
    }
    if (command == "admin") {
        return runAdmin(args, std::cout, std::cerr);
    }
    std::cerr << "veldwerk-server: unknown command '" << command << "'\n" << usageText();
    return kExitUsage;
}
