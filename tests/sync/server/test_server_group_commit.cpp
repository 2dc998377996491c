// Group commit on both backends: pushes that meet share one write transaction, each in its own
// savepoint, in the order they came; one that fails keeps nothing and only its caller sees the
// failure.
#include <catch2/catch.hpp>

#include <atomic>
#include <future>
#include <thread>

#include "sync/server/api_error.h"
#include "sync/server/group_commit.h"
#include "tests/sync/server/server_world.h"

using namespace veldwerk::sync::server;
using namespace veldwerk::testing;

namespace {

void insertFailure(SqlConnection& db, const std::string& id) {
    db.query("INSERT INTO login_failures (id, user_name, client, at_ms) VALUES (?, 'g', 'g', 1)",
             {id});
}

void waitUntil(const std::function<bool()>& condition) {
    while (!condition()) {
        std::this_thread::yield();
    }
}

}  // namespace

TEST_CASE("group commit: works that meet share a transaction, a failing one keeps nothing") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    ServerWorld world(backend);
    GroupCommit group(world.lend());

    // The first work holds the transaction open while three others queue behind it.
    std::promise<void> release;
    auto released = release.get_future().share();
    std::atomic<bool> firstInside{false};
    std::thread first([&] {
        group.run([&](SqlConnection& db) {
            insertFailure(db, "first");
            firstInside = true;
            released.wait();
        });
    });
    waitUntil([&] { return firstInside.load(); });

    std::thread second([&] { group.run([&](SqlConnection& db) { insertFailure(db, "second"); }); });
    waitUntil([&] { return group.waiting() == 1; });
    int refused = 0;
    std::thread third([&] {
        try {
            group.run([&](SqlConnection& db) {
                insertFailure(db, "third");
                throw ApiError(409, "batch_reused", "refused after a write");
            });
        } catch (const ApiError& e) {
            refused = e.status();
        }
    });
    waitUntil([&] { return group.waiting() == 2; });
    std::int64_t seenByFourth = -1;
    std::thread fourth([&] {
        group.run([&](SqlConnection& db) {
            seenByFourth = asInt(db.query("SELECT COUNT(*) FROM login_failures")[0][0]);
            insertFailure(db, "fourth");
        });
    });
    waitUntil([&] { return group.waiting() == 3; });
    CHECK(group.sharedCommits() == 0);
    release.set_value();
    for (auto* t : {&first, &second, &third, &fourth}) {
        t->join();
    }

    CHECK(refused == 409);
    // The three queued works ran in one transaction; the fourth saw the first and the second,
    // nothing of the third.
    CHECK(group.sharedCommits() == 3);
    CHECK(seenByFourth == 2);
    CHECK(world.count("SELECT COUNT(*) FROM login_failures WHERE id = 'third'") == 0);
    CHECK(world.count("SELECT COUNT(*) FROM login_failures WHERE id IN ('first', 'second', "
                      "'fourth')") == 3);
    CHECK(group.waiting() == 0);
}
