#include "tests/sync/store/store_backends.h"

#include <unistd.h>

#include <chrono>
#include <iostream>

namespace veldwerk::testing {

PostgresServer& sharedPostgres() {
    static std::unique_ptr<PostgresServer> server;
    if (!server) {
        const auto start = std::chrono::steady_clock::now();
        server = std::make_unique<PostgresServer>();
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::steady_clock::now() - start)
                            .count();
        std::cerr << "PostgreSQL 15 started on port " << server->port() << " in " << ms << " ms\n";
    }
    return *server;
}

PostgresBackend::PostgresBackend() {
    static int counter = 0;
    m_url = sharedPostgres().createDatabase("store_" + std::to_string(::getpid()) + "_" +
                                            std::to_string(++counter));
}

}  // namespace veldwerk::testing
