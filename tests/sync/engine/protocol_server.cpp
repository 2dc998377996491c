#include "tests/sync/engine/protocol_server.h"

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <set>

#include "core/clock/hlc.h"
#include "core/vault/secret.h"
#include "sync/protocol/codec.h"

namespace veldwerk::testing {

namespace {
void error(httplib::Response& res, int status, const std::string& code,
           const std::string& message) {
    res.status = status;
    res.set_content(sync::encode(sync::ErrorBody{code, message}), "application/json");
}

std::uint64_t serverClock() {
    return clock::Hlc{static_cast<std::uint64_t>(clock::SystemClock().nowMs()), 0}.packed();
}
}  // namespace

ProtocolServer::ProtocolServer() : m_http(std::make_unique<httplib::Server>()) {
    // Every request but enrolment: protocol version, clock, token.
    auto authenticate = [this](const httplib::Request& req, httplib::Response& res,
                               Device& device) {
        std::map<std::string, std::string> headers(req.headers.begin(), req.headers.end());
        m_headers.push_back(headers);
        if (req.get_header_value("Veldwerk-Protocol") != "1") {
            error(res, 426, "protocol_version", "protocol 1 only");
            return false;
        }
        const auto auth = req.get_header_value("Authorization");
        const auto it =
            auth.rfind("Bearer ", 0) == 0 ? m_devices.find(auth.substr(7)) : m_devices.end();
        if (it == m_devices.end()) {
            error(res, 401, "unauthenticated", "unknown token");
            return false;
        }
        if (it->second.revoked) {
            error(res, 410, "device_revoked", "this device was revoked");
            return false;
        }
        if (m_clockSkew) {
            error(res, 409, "clock_skew", "the device clock is 3 days off");
            return false;
        }
        device = it->second;
        return true;
    };

    m_http->Post("/v1/enroll", [this](const httplib::Request& req, httplib::Response& res) {
        std::lock_guard lock(m_mutex);
        sync::EnrollRequest request;
        try {
            request = sync::decodeEnrollRequest(req.body);
        } catch (const sync::ProtocolError& e) {
            return error(res, 400, "malformed", e.what());
        }
        const auto user = m_users.find(request.user);
        if (user == m_users.end() || request.password != "pw") {
            return error(res, 401, "unauthenticated", "wrong user name or password");
        }
        const auto token = vault::randomHex(32);
        const auto deviceId = vault::randomHex(16);
        m_devices[token] = Device{deviceId, user->second.id, false};
        res.set_content(sync::encode(sync::EnrollResponse{deviceId, token, user->second.id,
                                                          user->second.role, "Test org"}),
                        "application/json");
    });

    m_http->Post(
        "/v1/push", [this, authenticate](const httplib::Request& req, httplib::Response& res) {
            std::unique_lock lock(m_mutex);
            Device device;
            if (!authenticate(req, res, device)) {
                return;
            }
            sync::PushRequest request;
            try {
                request = sync::decodePushRequest(req.body);
            } catch (const sync::ProtocolError& e) {
                return error(res, 400, "malformed", e.what());
            }
            if (const auto seen = m_batches.find(request.batchId); seen != m_batches.end()) {
                res.set_content(seen->second, "application/json");  // a replay applies nothing
                return;
            }
            sync::PushResponse response;
            for (const auto& c : request.changes) {
                response.results.push_back(apply(c, device));
            }
            response.serverClock = serverClock();
            const auto body = sync::encode(response);
            m_batches[request.batchId] = body;
            ++m_batchesApplied;
            if (m_loseNextAnswer) {
                // Applied and stored, but the answer comes after the device stopped waiting.
                m_loseNextAnswer = false;
                lock.unlock();
                std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            }
            res.set_content(body, "application/json");
        });

    m_http->Get(
        "/v1/pull", [this, authenticate](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard lock(m_mutex);
            Device device;
            if (!authenticate(req, res, device)) {
                return;
            }
            if (m_pullsBeforeFailure == 0) {
                return error(res, 503, "unavailable", "the server went away");
            }
            if (m_pullsBeforeFailure > 0) {
                --m_pullsBeforeFailure;
            }
            sync::PullRequest request;
            try {
                request = sync::parsePullQuery({req.params.begin(), req.params.end()});
            } catch (const sync::ProtocolError& e) {
                return error(res, 400, "malformed", e.what());
            }
            sync::PullResponse response;
            response.scope = scopeOf(device.userId);
            const std::set<std::string> scope(response.scope.begin(), response.scope.end());
            std::vector<std::pair<Key, const Field*>> due;
            for (const auto& [key, f] : m_fields) {
                if (f.seq > request.since && scope.count(f.caseId) &&
                    (!request.caseId || *request.caseId == f.caseId)) {
                    due.emplace_back(key, &f);
                }
            }
            std::sort(due.begin(), due.end(),
                      [](const auto& a, const auto& b) { return a.second->seq < b.second->seq; });
            response.cursor = request.since;
            for (const auto& [key, f] : due) {
                if (response.changes.size() == request.limit) {
                    response.more = true;
                    break;
                }
                sync::IncomingChange c;
                c.seq = f->seq;
                c.caseId = f->caseId;
                std::tie(c.entity, c.entityId, c.field) = key;
                c.value = f->value;
                c.version = f->version;
                c.hlc = f->hlc;
                c.author = f->author;
                c.role = f->role;
                c.device = f->device;
                c.conflict = f->conflict;
                response.cursor = f->seq;
                response.changes.push_back(std::move(c));
            }
            std::set<std::string> members;
            for (const auto& [key, f] : m_fields) {
                if (std::get<0>(key) == "member" && f.value && scope.count(f.caseId)) {
                    members.insert(std::get<1>(key).substr(33));
                }
            }
            members.insert(device.userId);
            for (const auto& [name, u] : m_users) {
                if (members.count(u.id)) {
                    response.users.push_back({u.id, u.name, u.role, "Test org", ""});
                }
            }
            response.serverClock = serverClock();
            try {
                res.set_content(sync::encode(response), "application/json");
            } catch (const sync::ProtocolTooLarge& e) {
                return error(res, 413, "too_large", e.what());  // as veldwerk-server answers
            }
        });

    m_http->Post(
        "/v1/audit", [this, authenticate](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard lock(m_mutex);
            Device device;
            if (!authenticate(req, res, device)) {
                return;
            }
            try {
                m_auditEntries +=
                    static_cast<int>(sync::decodeAuditUploadRequest(req.body).entries.size());
            } catch (const sync::ProtocolError& e) {
                return error(res, 400, "malformed", e.what());
            }
            res.set_content("{}", "application/json");
        });

    m_port = m_http->bind_to_any_port("127.0.0.1");
    m_thread = std::thread([this] { m_http->listen_after_bind(); });
    // The socket listens from bind on; wait (bounded) for the accept loop too.
    for (int i = 0; i < 5000 && !m_http->is_running(); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
}

ProtocolServer::~ProtocolServer() {
    m_http->stop();
    m_thread.join();
}

std::vector<std::string> ProtocolServer::scopeOf(const std::string& userId) {
    std::vector<std::string> out;
    for (const auto& [key, f] : m_fields) {
        const auto& [entity, entityId, field] = key;
        if (entity == "member" && f.value && entityId.size() == 65 &&
            entityId.substr(33) == userId) {
            out.push_back(f.caseId);
        }
    }
    return out;
}

sync::PushResult ProtocolServer::apply(const sync::OutgoingChange& c, const Device& device) {
    if (c.entity == m_refusedEntity) {
        return {c.clientSeq, sync::PushOutcome::Refused, 0, "not allowed in this test"};
    }
    auto& f = m_fields[{c.entity, c.entityId, c.field}];
    f.caseId = c.caseId;
    if (c.baseVersion > f.version) {
        return {c.clientSeq, sync::PushOutcome::Refused, 0, "base_version_ahead"};
    }
    if (c.baseVersion < f.version) {
        if (f.value == c.value) {
            return {c.clientSeq, sync::PushOutcome::Unchanged, f.version, ""};
        }
        // judgement: both sides are kept; the value on show stays the older one.
        if (f.conflict.empty()) {
            f.conflict.push_back({f.version, f.value, f.author, f.role, f.device, f.hlc});
        }
        f.version += 1;
        f.conflict.push_back({f.version, c.value, c.author, c.role, device.id, c.hlc});
        f.seq = ++m_seq;
        return {c.clientSeq, sync::PushOutcome::Conflict, f.version, ""};
    }
    f.value = c.value;
    f.version += 1;
    f.seq = ++m_seq;
    f.hlc = c.hlc;
    f.author = c.author;
    f.role = c.role;
    f.device = device.id;
    f.conflict.clear();  // a write on the latest version resolves any conflict
    return {c.clientSeq, sync::PushOutcome::Applied, f.version, ""};
}

std::string ProtocolServer::addUser(const std::string& name, const std::string& role) {
    std::lock_guard lock(m_mutex);
    auto& u = m_users[name];
    u = User{vault::randomHex(16), name, role};
    return u.id;
}

std::string ProtocolServer::userId(const std::string& name) {
    std::lock_guard lock(m_mutex);
    return m_users.at(name).id;
}

void ProtocolServer::revokeAll() {
    std::lock_guard lock(m_mutex);
    for (auto& [token, d] : m_devices) {
        d.revoked = true;
    }
}

void ProtocolServer::setClockSkew(bool on) {
    std::lock_guard lock(m_mutex);
    m_clockSkew = on;
}

void ProtocolServer::loseNextPushAnswer() {
    std::lock_guard lock(m_mutex);
    m_loseNextAnswer = true;
}

void ProtocolServer::failPullsAfter(int pages) {
    std::lock_guard lock(m_mutex);
    m_pullsBeforeFailure = pages;
}

void ProtocolServer::refuseEntity(const std::string& entity) {
    std::lock_guard lock(m_mutex);
    m_refusedEntity = entity;
}

void ProtocolServer::write(const std::string& caseId, const std::string& entity,
                           const std::string& entityId, const std::string& field,
                           const std::optional<std::string>& value) {
    std::lock_guard lock(m_mutex);
    auto& f = m_fields[{entity, entityId, field}];
    f.caseId = caseId;
    f.value = value;
    f.version += 1;
    f.seq = ++m_seq;
    f.hlc = serverClock();
    f.author = m_users.begin()->second.id;
    f.role = "admin";
    f.device = std::string(32, '0');
    f.conflict.clear();
}

int ProtocolServer::batchesApplied() {
    std::lock_guard lock(m_mutex);
    return m_batchesApplied;
}

int ProtocolServer::auditEntries() {
    std::lock_guard lock(m_mutex);
    return m_auditEntries;
}

std::optional<std::string> ProtocolServer::value(const std::string& entity,
                                                 const std::string& entityId,
                                                 const std::string& field) {
    std::lock_guard lock(m_mutex);
    const auto it = m_fields.find({entity, entityId, field});
    return it == m_fields.end() ? std::nullopt : it->second.value;
}

std::int64_t ProtocolServer::version(const std::string& entity, const std::string& entityId,
                                     const std::string& field) {
    std::lock_guard lock(m_mutex);
    const auto it = m_fields.find({entity, entityId, field});
    return it == m_fields.end() ? 0 : it->second.version;
}

std::vector<std::map<std::string, std::string>> ProtocolServer::requestHeaders() {
    std::lock_guard lock(m_mutex);
    return m_headers;
}

}  // namespace veldwerk::testing
