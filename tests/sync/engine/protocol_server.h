// A small in-memory server that speaks sync protocol version 1 (sync/PROTOCOL.md) for the device
// engine's tests, over real HTTP on loopback (cpp-httplib) with the real codec: enrolment, push
// with batch idempotency and a judgement merge, pull with cursor, scope and whole-case fetch,
// audit upload; revocation, clock skew, a lost push answer and refusals on demand. It is not
// veldwerk-server (no database, no role rules beyond membership scope); the end-to-end tests run
// the real one.
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "sync/protocol/messages.h"

namespace httplib {
class Server;
}

namespace veldwerk::testing {

class ProtocolServer {
public:
    ProtocolServer();
    ~ProtocolServer();
    ProtocolServer(const ProtocolServer&) = delete;
    ProtocolServer& operator=(const ProtocolServer&) = delete;

    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port); }

    // A user who can enrol with password "pw"; returns the user id.
    std::string addUser(const std::string& name, const std::string& role);
    std::string userId(const std::string& name);

    // Knobs.
    void revokeAll();
    void setClockSkew(bool on);
    void loseNextPushAnswer();       // applies the next new batch, then answers too late
    void failPullsAfter(int pages);  // answers that many pull pages, then 503 (-1: never)
    void refuseEntity(const std::string& entity);
    // A server-side write (as an admin would make): e.g. ending a membership.
    void write(const std::string& caseId, const std::string& entity, const std::string& entityId,
               const std::string& field, const std::optional<std::string>& value);

    // What happened.
    int batchesApplied();
    int auditEntries();
    std::optional<std::string> value(const std::string& entity, const std::string& entityId,
                                     const std::string& field);
    std::int64_t version(const std::string& entity, const std::string& entityId,
                         const std::string& field);
    // Headers of every request after enrolment.
    std::vector<std::map<std::string, std::string>> requestHeaders();

private:
    struct Field {
        std::string caseId;
        std::optional<std::string> value;
        std::int64_t version = 0;
        std::int64_t seq = 0;
        std::uint64_t hlc = 0;
        std::string author;
        std::string role;
        std::string device;
        std::vector<sync::Sibling> conflict;
    };
    struct User {
        std::string id;
        std::string name;
        std::string role;
    };
    struct Device {
        std::string id;
        std::string userId;
        bool revoked = false;
    };
    using Key = std::tuple<std::string, std::string, std::string>;

    std::vector<std::string> scopeOf(const std::string& userId);
    sync::PushResult apply(const sync::OutgoingChange& c, const Device& device);

    std::unique_ptr<httplib::Server> m_http;
    std::thread m_thread;
    int m_port = 0;

    std::mutex m_mutex;
    std::map<Key, Field> m_fields;
    std::map<std::string, std::string> m_batches;  // id -> stored answer
    std::map<std::string, User> m_users;           // by name
    std::map<std::string, Device> m_devices;       // by token
    std::int64_t m_seq = 0;
    int m_batchesApplied = 0;
    int m_auditEntries = 0;
    bool m_clockSkew = false;
    bool m_loseNextAnswer = false;
    int m_pullsBeforeFailure = -1;
    std::string m_refusedEntity;
    std::vector<std::map<std::string, std::string>> m_headers;
};

}  // namespace veldwerk::testing
