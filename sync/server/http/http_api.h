// The HTTP routes of PROTOCOL.md on a cpp-httplib server (plain or TLS):
//   POST /v1/enroll   name + password -> device token         (no token)
//   POST /v1/push     a batch of field changes                (token)
//   GET  /v1/pull     changes since a cursor                   (token)
//   POST /v1/audit    the device's audit entries               (token)
//   POST /v1/emergency emergency access to a case, with reason  (token)
//   GET  /v1/health   {"status": "ok"}: no token, no data, no protocol header needed
// Every request but health must carry `Veldwerk-Protocol: 1` (426 otherwise). Bodies over 4 MiB
// are refused (413) before they are read whole. Every error is the protocol's JSON error body;
// every response says `Cache-Control: no-store`. Requests run on cpp-httplib's thread pool; each
// borrows a database connection from the pool only while it works on the database (never while it
// waits for a group commit: group_commit.h). The request log names method, path,
// status, device id and time taken: never client data.
#pragma once

#include <httplib.h>

#include <mutex>
#include <ostream>

#include "core/clock/hlc.h"
#include "core/forms/registry.h"
#include "sync/server/http/connection_pool.h"
#include "sync/server/identity/password_hasher.h"
#include "sync/server/pull/pull_service.h"
#include "sync/server/push/merge_policies.h"
#include "sync/server/push/push_service.h"

namespace veldwerk::sync::server {

class HttpApi {
public:
    // `log` receives one line per request (nullptr: no request log).
    HttpApi(ConnectionPool& pool, const forms::FormRegistry& forms, const PasswordHasher& hasher,
            const clock::PhysicalClock& wall, std::ostream* log);

    void install(httplib::Server& server);
    // Pushes and audit uploads waiting for their group commit (for tests and the load bench).
    std::size_t writesWaiting() const { return m_commits.waiting(); }

private:
    struct Exchange;
    void handle(const httplib::Request& req, httplib::Response& res, bool needsToken,
                void (HttpApi::*route)(Exchange&), std::string body = {});
    // A POST: reads its body (plain, or gzip inflated as it arrives) up to the body limit, then
    // handles it as above.
    void handlePost(const httplib::Request& req, httplib::Response& res,
                    const httplib::ContentReader& content, bool needsToken,
                    void (HttpApi::*route)(Exchange&));
    void enroll(Exchange& x);
    void push(Exchange& x);
    void pull(Exchange& x);
    void audit(Exchange& x);
    void emergency(Exchange& x);  // accountability/emergency_access.h
    void logLine(const httplib::Request& req, int status, const std::string& device, long long ms);

    ConnectionPool& m_pool;
    MergePolicies m_policies;
    const PasswordHasher& m_hasher;
    const clock::PhysicalClock& m_wall;
    std::ostream* m_log;
    std::mutex m_logMutex;
    LendConnection m_lend;  // m_pool's connections, for the services
    GroupCommit m_commits;  // the write transactions of pushes, pulls and audit uploads
    PushService m_push;
    PullService m_pull;
};

}  // namespace veldwerk::sync::server
