#include "sync/server/http/http_api.h"

#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>

#include "sync/protocol/codec.h"
#include "sync/protocol/gzip_body.h"
#include "sync/server/accountability/emergency_access.h"
#include "sync/server/api_error.h"
#include "sync/server/audit/device_audit.h"
#include "sync/server/identity/authenticator.h"
#include "sync/server/identity/enrollment.h"
#include "sync/server/server_clock.h"
#include "sync/server/transaction.h"

namespace veldwerk::sync::server {

namespace {

// With its charset, not bare: cpp-httplib compresses every bare "application/json" answer, even a
// 50-byte one, with zlib's default 256 KiB compressor. Answers are compressed here instead, only
// when worth it, with a smaller one (compressAnswer).
constexpr const char* kJson = "application/json; charset=utf-8";

// An answer that fits one TCP segment goes plain: compressing it saves no round trip.
constexpr std::size_t kCompressFromBytes = 1400;

void compressAnswer(const httplib::Request& req, httplib::Response& res) {
    if (res.body.size() < kCompressFromBytes || res.has_header("Content-Encoding") ||
        !acceptsGzip(req.get_header_value("Accept-Encoding"))) {
        return;
    }
    try {
        res.body = gzipBody(res.body);
    } catch (const std::exception&) {
        return;  // zlib out of memory: the answer goes plain, as it would to any client
    }
    res.set_header("Content-Encoding", "gzip");
    res.set_header("Vary", "Accept-Encoding");
}

void sendError(httplib::Response& res, int status, const std::string& code,
               const std::string& message, std::uint64_t serverClock = 0) {
    res.status = status;
    res.set_content(encode(ErrorBody{code, message, serverClock}), kJson);
}

const char* codeForStatus(int status) {
    switch (status) {
        case 400:
            return "malformed";
        case 404:
            return "not_found";
        case 405:
            return "method_not_allowed";
        case 413:
            return "too_large";
        default:
            return status >= 500 ? "internal" : "malformed";
    }
}

}  // namespace

// One request on its way through a route: the parsed parts every route needs. It holds no
// database connection: each route borrows one only for its work on the database, and a push or
// audit upload waiting for its group commit holds none (group_commit.h).
struct HttpApi::Exchange {
    const httplib::Request& req;
    httplib::Response& res;
    std::string body;  // a POST's, plain (inflated when it came gzip-compressed)
    std::optional<Caller> caller;
    std::int64_t nowMs = 0;
    std::int64_t clockOffsetMs = 0;
};

HttpApi::HttpApi(ConnectionPool& pool, const forms::FormRegistry& forms,
                 const PasswordHasher& hasher, const clock::PhysicalClock& wall, std::ostream* log)
    : m_pool(pool),
      m_policies(forms),
      m_hasher(hasher),
      m_wall(wall),
      m_log(log),
      m_lend([this](const std::function<void(SqlConnection&)>& use) {
          auto db = m_pool.borrow();
          use(*db);
      }),
      m_commits(m_lend),
      m_push(m_policies, m_commits),
      m_pull(m_lend, m_commits) {}

void HttpApi::install(httplib::Server& server) {
    server.set_payload_max_length(kMaxBodyBytes);
    // A body may come gzip-compressed (Content-Encoding: gzip); handlePost reads it through
    // cpp-httplib's content reader, which inflates it as it arrives, and holds it to the same
    // limit as a plain one. Any other encoding is refused before the body is read, and the
    // connection closed so its unread bytes are never taken for a next request.
    server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
        const auto encoding = req.get_header_value("Content-Encoding");
        if (encoding.empty() || encoding == "identity" || encoding == "gzip") {
            return httplib::Server::HandlerResponse::Unhandled;
        }
        res.set_header("Cache-Control", "no-store");
        res.set_header("Connection", "close");
        sendError(res, 415, "unsupported_encoding",
                  "a request body is taken plain or gzip-compressed (Content-Encoding: gzip)");
        return httplib::Server::HandlerResponse::Handled;
    });
    server.Post("/v1/enroll", [this](const httplib::Request& req, httplib::Response& res,
                                     const httplib::ContentReader& content) {
        handlePost(req, res, content, false, &HttpApi::enroll);
    });
    server.Post("/v1/push", [this](const httplib::Request& req, httplib::Response& res,
                                   const httplib::ContentReader& content) {
        handlePost(req, res, content, true, &HttpApi::push);
    });
    server.Get("/v1/pull", [this](const httplib::Request& req, httplib::Response& res) {
        handle(req, res, true, &HttpApi::pull);
    });
    server.Post("/v1/audit", [this](const httplib::Request& req, httplib::Response& res,
                                    const httplib::ContentReader& content) {
        handlePost(req, res, content, true, &HttpApi::audit);
    });
    server.Post("/v1/emergency", [this](const httplib::Request& req, httplib::Response& res,
                                        const httplib::ContentReader& content) {
        handlePost(req, res, content, true, &HttpApi::emergency);
    });
    server.Get("/v1/health", [](const httplib::Request&, httplib::Response& res) {
        res.set_header("Cache-Control", "no-store");
        res.set_content(R"({"status":"ok"})", kJson);
    });
    // Whatever cpp-httplib answers on its own (404, 413 for an oversized body, 400 for a broken
    // request) still gets the protocol's error body.
    server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (!res.has_header("Cache-Control")) {
            res.set_header("Cache-Control", "no-store");
        }
        if (res.body.empty()) {
            const std::string code = codeForStatus(res.status);
            sendError(res, res.status, code,
                      res.status == 413   ? "the body is over the limit of 4 MiB"
                      : res.status == 404 ? "no such route"
                                          : "the request was refused");
        }
    });
    server.set_exception_handler([](const httplib::Request&, httplib::Response& res,
                                    std::exception_ptr) {
        if (!res.has_header("Cache-Control")) {
            res.set_header("Cache-Control", "no-store");
        }
        sendError(res, 500, "internal", "the server failed; nothing of the request was applied");
    });
}

void HttpApi::handlePost(const httplib::Request& req, httplib::Response& res,
                         const httplib::ContentReader& content, bool needsToken,
                         void (HttpApi::*route)(Exchange&)) {
    std::string body;
    bool over = false;
    const bool whole = content([&](const char* data, std::size_t size) {
        // Counted after inflating: 300 KB of gzip can hold 300 MB.
        if (body.size() + size > kMaxBodyBytes) {
            over = true;
            return false;
        }
        body.append(data, size);
        return true;
    });
    if (!whole) {
        // What is left unread of the body must not be taken for a next request.
        res.set_header("Cache-Control", "no-store");
        res.set_header("Connection", "close");
        if (over || res.status == 413) {  // 413: cpp-httplib's own limit on the bytes sent
            sendError(res, 413, "too_large", "the body is over the limit of 4 MiB");
        } else {
            sendError(res, 400, "malformed", "the body could not be read (broken gzip?)");
        }
        logLine(req, res.status, "", 0);
        return;
    }
    handle(req, res, needsToken, route, std::move(body));
}

void HttpApi::handle(const httplib::Request& req, httplib::Response& res, bool needsToken,
                     void (HttpApi::*route)(Exchange&), std::string body) {
    const auto started = std::chrono::steady_clock::now();
    std::string device;
    res.set_header("Cache-Control", "no-store");
    try {
        if (req.get_header_value("Veldwerk-Protocol") != std::to_string(kProtocolVersion)) {
            throw ApiError(426, "protocol_version",
                           "this server speaks sync protocol version " +
                               std::to_string(kProtocolVersion) +
                               " (header Veldwerk-Protocol); update the app");
        }
        Exchange x{req, res, std::move(body), std::nullopt, m_wall.nowMs(), 0};
        if (needsToken) {
            auto db = m_pool.borrow();  // given back before the route runs
            x.caller = authenticate(*db, req.get_header_value("Authorization"));
            device = x.caller->deviceId;
            // A lapsed 24-hour emergency membership ends before anything is served.
            endLapsedEmergencyAccess(*db, *x.caller, x.nowMs);
        }
        if (req.has_header("Veldwerk-Clock")) {
            const auto clock = parseClockHeader(req.get_header_value("Veldwerk-Clock"));
            if (!clock) {
                throw ApiError(400, "malformed", "Veldwerk-Clock: must be a decimal HLC");
            }
            x.clockOffsetMs = checkDeviceClock(*clock, x.nowMs);
        }
        (this->*route)(x);
    } catch (const ApiError& e) {
        // A refused clock gets the server's: the device can tell a wall clock still wrong from
        // a stored clock mark left ahead by one that was (PROTOCOL.md "Clocks").
        sendError(res, e.status(), e.code(), e.what(),
                  e.code() == "clock_skew" ? serverClock(m_wall.nowMs()) : 0);
        if (e.retryAfterSeconds() > 0) {
            res.set_header("Retry-After", std::to_string(e.retryAfterSeconds()));
        }
    } catch (const ProtocolTooLarge& e) {
        sendError(res, 413, "too_large", e.what());
    } catch (const ProtocolError& e) {
        sendError(res, 400, "malformed", e.what());
    } catch (const SqlError& e) {
        if (m_log) {
            std::lock_guard lock(m_logMutex);
            *m_log << "database error: " << e.what() << std::endl;
        }
        sendError(res, 500, "internal",
                  e.transient() ? "the database is busy; nothing was applied, try again"
                                : "the server failed; nothing of the request was applied");
    } catch (const std::exception& e) {
        if (m_log) {
            std::lock_guard lock(m_logMutex);
            *m_log << "request failed: " << e.what() << std::endl;
        }
        sendError(res, 500, "internal", "the server failed; nothing of the request was applied");
    }
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - started)
                        .count();
    compressAnswer(req, res);
    logLine(req, res.status < 0 ? 200 : res.status, device, ms);  // -1: the default 200
}

void HttpApi::logLine(const httplib::Request& req, int status, const std::string& device,
                      long long ms) {
    if (!m_log) {
        return;
    }
    std::lock_guard lock(m_logMutex);
    // The path carries ids only (a pull's case id and cursor), never client data.
    *m_log << req.method << " " << req.path << " " << status
           << (device.empty() ? "" : " device=" + device) << " " << ms << "ms" << std::endl;
}

void HttpApi::enroll(Exchange& x) {
    const auto request = decodeEnrollRequest(x.body);
    auto db = m_pool.borrow();
    const auto response = Enrollment(*db, m_hasher).enroll(request, x.req.remote_addr, x.nowMs);
    x.res.set_content(encode(response), kJson);
}

void HttpApi::push(Exchange& x) {
    if (!x.req.has_header("Veldwerk-Clock")) {
        throw ApiError(400, "malformed", "Veldwerk-Clock: missing (a push needs the device clock)");
    }
    const auto request = decodePushRequest(x.body);
    const auto response = m_push.push(*x.caller, request, x.nowMs, x.clockOffsetMs);
    x.res.set_content(encode(response), kJson);
}

void HttpApi::pull(Exchange& x) {
    std::map<std::string, std::string> params;
    for (const auto& [key, value] : x.req.params) {
        if (!params.emplace(key, value).second) {
            throw ProtocolError("query: a parameter is given twice");
        }
    }
    const auto request = parsePullQuery(params);
    const auto response = m_pull.pull(*x.caller, request, x.nowMs, x.clockOffsetMs);
    x.res.set_content(encode(response), kJson);
}

void HttpApi::audit(Exchange& x) {
    const auto request = decodeAuditUploadRequest(x.body);
    DeviceAudit::Outcome outcome;
    bool stored = false;
    m_lend([&](SqlConnection& db) {
        if (db.dialect() != SqlDialect::Postgres) {
            return;
        }
        // PostgreSQL: appending the device's entries needs no write lock (they are keyed by the
        // device's own sequence, which one device uploads in order), so an upload does not queue
        // behind the pushes of the moment (in the group, 200 devices at once: audit p50
        // 1.4-1.9 s). A REPEATABLE READ transaction without the write lock, whole or not at all.
        inTransaction(db, SqlTransaction::Kind::Read, [&](SqlTransaction& tx) {
            outcome = DeviceAudit(db).store(*x.caller, request, x.nowMs);
            tx.commit();
        });
        stored = true;
    });
    if (!stored) {
        // SQLite: every write waits for the one write lock; in the group it shares a commit.
        m_commits.run([&](SqlConnection& group) {
            outcome = DeviceAudit(group).store(*x.caller, request, x.nowMs);
        });
    }
    nlohmann::json body{{"stored", outcome.stored}};
    if (!outcome.skipped.empty()) {
        auto& skipped = body["skipped"] = nlohmann::json::array();
        for (const auto& s : outcome.skipped) {
            skipped.push_back({{"seq", s.seq}, {"reason", s.reason}});
        }
    }
    x.res.set_content(body.dump(), kJson);
}

void HttpApi::emergency(Exchange& x) {
    const auto request = decodeEmergencyAccessRequest(x.body);
    EmergencyGrant grant;
    auto db = m_pool.borrow();
    inTransaction(*db, SqlTransaction::Kind::Write, [&](SqlTransaction& tx) {
        grant = EmergencyAccess(*db).open(*x.caller, request, x.nowMs);
        tx.commit();
    });
    x.res.set_content(
        encode(EmergencyAccessResponse{grant.caseId, grant.expiresAt, serverClock(x.nowMs)}),
        kJson);
}

}  // namespace veldwerk::sync::server
