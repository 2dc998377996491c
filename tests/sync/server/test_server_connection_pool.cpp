// The request threads' database connections: never more open than the limit; a request that
// finds them all borrowed waits for one, it is not refused.
#include <catch2/catch.hpp>

#include <atomic>
#include <optional>
#include <thread>

#include "sync/server/http/connection_pool.h"
#include "tests/sync/server/server_world.h"

using namespace veldwerk::sync::server;
using namespace veldwerk::testing;

TEST_CASE("connection pool: at most its limit open, a borrower waits for a connection back") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    ServerWorld world(backend);
    ConnectionPool pool(world.url(), 2);
    std::atomic<bool> served{false};
    std::thread third;
    {
        auto a = pool.borrow();
        auto b = pool.borrow();
        CHECK(&*a != &*b);
        third = std::thread([&] {
            auto c = pool.borrow();
            served = asInt(c->query("SELECT COUNT(*) FROM orgs")[0][0]) > 0;
        });
        while (pool.waiting() < 1) {
            std::this_thread::yield();
        }
        CHECK_FALSE(served);
    }
    third.join();
    CHECK(served);
    CHECK(pool.waiting() == 0);
}
