// A pull is not kept waiting by pushes queued for their group commit: with the pool at N
// connections and N + k pushes waiting behind a write transaction that cannot commit, a pull still
// gets a connection and is answered. The real HTTP API (sync/server/http) on a loopback port, both
// backends. Before the fix each queued push held the connection it had borrowed for its request,
// so the pull waited for one until the writes drained. On PostgreSQL an audit upload needs no
// write lock and is answered too (it queued in the group before).
#include <catch2/catch.hpp>

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

#include "core/clock/hlc.h"
#include "sync/protocol/codec.h"
#include "sync/server/http/connection_pool.h"
#include "sync/server/http/http_api.h"
#include "sync/server/transaction.h"
#include "tests/sync/server/server_world.h"

using namespace veldwerk;
using namespace veldwerk::sync;
using namespace veldwerk::sync::server;
using namespace veldwerk::testing;

namespace {

const clock::SystemClock& wallClock() {
    static const clock::SystemClock wall;
    return wall;
}

httplib::Headers headersFor(const std::string& token) {
    return {{"Veldwerk-Protocol", "1"},
            {"Authorization", "Bearer " + token},
            {"Veldwerk-Clock",
             std::to_string(clock::Hlc{static_cast<std::uint64_t>(wallNowMs()), 0}.packed())}};
}

// The HTTP API on a loopback port, on its own pool of `connections`.
class LoopbackApi {
public:
    LoopbackApi(ServerWorld& world, std::size_t connections)
        : m_pool(world.url(), connections),
          m_api(m_pool, formRegistry(), world.hasher(), wallClock(), nullptr) {
        m_http.new_task_queue = [] { return new httplib::ThreadPool(16); };
        m_api.install(m_http);
        m_port = m_http.bind_to_any_port("127.0.0.1");
        REQUIRE(m_port > 0);
        m_thread = std::thread([this] { m_http.listen_after_bind(); });
        while (!m_http.is_running()) {
            std::this_thread::yield();
        }
    }
    ~LoopbackApi() {
        m_http.stop();
        m_thread.join();
    }
    httplib::Client client() const {
        httplib::Client c("127.0.0.1", m_port);
        c.set_read_timeout(10, 0);  // far longer than a pull takes; a stuck one fails the test
        return c;
    }
    ConnectionPool& pool() { return m_pool; }
    HttpApi& api() { return m_api; }

private:
    ConnectionPool m_pool;
    HttpApi m_api;
    httplib::Server m_http;
    std::thread m_thread;
    int m_port = 0;
};

}  // namespace

TEST_CASE("pool: a pull gets a connection while more pushes than connections wait for a group") {
    const std::string backend = GENERATE(as<std::string>{}, "sqlite", "postgres");
    INFO(backend);
    constexpr std::size_t kConnections = 2;
    constexpr std::size_t kPushes = kConnections + 3;
    ServerWorld world(backend);
    const auto anna = world.user("anna", "jgt", "Team Noord");
    const auto reader = world.lastToken();
    // An entry of anna's device without a case (what the device logs outside any case).
    const auto upload = encode(
        AuditUploadRequest{{AuditUpload{1, wallNowMs(), anna.userId, "read", "case", "", {}}}});
    std::vector<std::pair<Caller, std::string>> pushers;
    for (std::size_t i = 0; i < kPushes; ++i) {
        const auto caller = world.user("p" + std::to_string(i), "jgt", "Team Noord");
        pushers.emplace_back(caller, world.lastToken());
    }
    LoopbackApi server(world, kConnections);
    // A first pull records the device as seen, so the next one within a minute writes nothing.
    {
        auto first = server.client().Get("/v1/pull?since=0", headersFor(reader));
        REQUIRE(first);
        REQUIRE(first->status == 200);
    }

    // Another writer holds the store's write lock: every group commit waits for it.
    auto blocker = connect(world.url());
    auto held = std::make_unique<SqlTransaction>(*blocker, SqlTransaction::Kind::Write);

    std::atomic<int> pushedOk{0};
    std::vector<std::thread> pushes;
    // Whatever fails below, the lock is given up and the pushes end before the test does.
    const auto release = [&] {
        held.reset();
        for (auto& t : pushes) {
            if (t.joinable()) {
                t.join();
            }
        }
    };
    struct Finally {
        std::function<void()> f;
        ~Finally() { f(); }
    } finally{release};
    for (const auto& [caller, token] : pushers) {
        const auto caseId = newId();
        const auto body =
            encode(PushRequest{caller.deviceId + "-1",
                               {world.change(caller, caseId, "case", caseId, "name", "Gezin")}});
        pushes.emplace_back([&server, &pushedOk, body, token = token] {
            auto c = server.client();
            c.set_read_timeout(120, 0);  // they wait for the blocker's commit
            const auto r = c.Post("/v1/push", headersFor(token), body, "application/json");
            if (r && r->status == 200) {
                ++pushedOk;
            }
        });
    }
    // All of them arrived: one leads (waiting for the lock), the others wait for the group or,
    // when pushes hold connections, for the pool.
    while (server.api().writesWaiting() + server.pool().waiting() < kPushes - 1) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }

    auto pulled = server.client().Get("/v1/pull?since=0", headersFor(reader));
    const bool answered = pulled && pulled->status == 200;
    // On PostgreSQL the device's audit entries need no write lock either: an upload is answered
    // at once. (On SQLite it waits for the lock, in the group.)
    bool auditAnswered = true;
    if (backend == "postgres") {
        const auto r =
            server.client().Post("/v1/audit", headersFor(reader), upload, "application/json");
        auditAnswered = r && r->status == 200;
    }
    held->commit();
    release();
    CHECK(answered);
    CHECK(auditAnswered);
    if (answered) {
        CHECK(decodePullResponse(pulled->body).changes.empty());  // anna is in no case
    }
    // The pushes were only delayed: all of them applied once the lock was free.
    CHECK(pushedOk == static_cast<int>(kPushes));
    CHECK(world.count("SELECT COUNT(*) FROM push_batches") == static_cast<std::int64_t>(kPushes));
    if (backend == "postgres") {
        CHECK(world.count("SELECT COUNT(*) FROM device_audit") == 1);
    }
}
