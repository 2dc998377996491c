#include "sync/engine/server_api.h"

#include <algorithm>

#include "sync/protocol/codec.h"
#include "sync/protocol/gzip_body.h"

namespace veldwerk::sync {

namespace {
// The protocol's error body, or a stand-in when the answer is not one (a proxy's page, say).
ErrorBody errorOf(const HttpResponse& response) {
    try {
        return decodeErrorBody(response.body);
    } catch (const std::exception&) {
        return ErrorBody{"", "HTTP " + std::to_string(response.status)};
    }
}

[[noreturn]] void fail(const HttpResponse& response) {
    const auto error = errorOf(response);
    const auto status = response.status;
    const auto said = error.message.empty() ? error.code : error.message;
    if (status == 410) {
        throw SyncError(SyncError::Kind::Revoked,
                        "this device has been revoked by the server: " + said, status, error.code);
    }
    if (status == 409 && error.code == "clock_skew") {
        throw SyncError(SyncError::Kind::ClockSkew,
                        "the server refused this device's clock (set the tablet's date and time "
                        "correctly and sync again): " +
                            said,
                        status, error.code, error.serverClock);
    }
    if (status == 401) {
        throw SyncError(SyncError::Kind::Unauthenticated, "the server did not accept us: " + said,
                        status, error.code);
    }
    if (status >= 500) {
        throw SyncError(SyncError::Kind::Server,
                        "the server failed (HTTP " + std::to_string(status) + "): " + said, status,
                        error.code);
    }
    throw SyncError(SyncError::Kind::Refused,
                    "the server refused the request (HTTP " + std::to_string(status) +
                        (error.code.empty() ? "" : ", " + error.code) + "): " + said,
                    status, error.code);
}

template <typename Decode>
auto decodeAnswer(const HttpResponse& response, Decode decode) {
    try {
        return decode(response.body);
    } catch (const ProtocolError& e) {
        throw SyncError(
            SyncError::Kind::BadResponse,
            std::string("the server's answer is not a valid protocol message: ") + e.what(),
            response.status);
    }
}
}  // namespace

HttpResponse ServerApi::send(const std::string& method, const std::string& path,
                             const std::string& body) {
    HttpRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    request.headers["Veldwerk-Protocol"] = std::to_string(kProtocolVersion);
    request.headers["Veldwerk-Clock"] = std::to_string(m_clock.now().packed());
    if (!m_token.empty()) {
        request.headers["Authorization"] = "Bearer " + m_token;
    }
    if (method == "POST") {
        request.headers["Content-Type"] = "application/json";
        if (!m_plainBodies) {
            request.headers["Content-Encoding"] = "gzip";
            request.body = gzipBody(body);
        }
    }
    HttpResponse response;
    try {
        response = m_transport.send(request);
        if (response.status == 415 && request.headers.count("Content-Encoding") > 0) {
            // A server that takes no compressed bodies: this one goes again plain, and the
            // rest of the round too.
            m_plainBodies = true;
            request.headers.erase("Content-Encoding");
            request.body = body;
            response = m_transport.send(request);
        }
    } catch (const TransportError& e) {
        throw SyncError(SyncError::Kind::Network, e.what());
    }
    if (response.status != 200) {
        fail(response);
    }
    return response;
}

void ServerApi::observe(std::uint64_t serverClock) {
    if (serverClock == 0) {
        return;
    }
    try {
        m_clock.observe(clock::Hlc::fromPacked(serverClock));
    } catch (const clock::ClockDriftError& e) {
        // The server decides whether our clock is acceptable (24 h); we only refuse to jump ours.
        m_warnings.push_back(std::string("the server's clock was not adopted: ") + e.what());
    }
}

EnrollResponse ServerApi::enroll(const EnrollRequest& request) {
    const auto response = send("POST", "/v1/enroll", encode(request));
    return decodeAnswer(response, decodeEnrollResponse);
}

PushResponse ServerApi::push(const std::string& body) {
    const auto response = send("POST", "/v1/push", body);
    auto decoded = decodeAnswer(response, decodePushResponse);
    observe(decoded.serverClock);
    return decoded;
}

PullResponse ServerApi::pull(const PullRequest& asked) {
    auto request = asked;
    request.limit = std::min(request.limit, m_pullLimitCap);
    try {
        return pullPage(request);
    } catch (const SyncError& e) {
        if (e.kind() != SyncError::Kind::Refused || e.status() != 413 || request.limit <= 1) {
            throw;
        }
        m_pullLimitCap = request.limit / 2;
        return pull(asked);
    }
}

PullResponse ServerApi::pullPage(const PullRequest& request) {
    HttpResponse response;
    if (request.pushed.empty() || m_serverIgnoresPushed) {
        auto plain = request;
        plain.pushed.clear();
        response = send("GET", "/v1/pull?" + toQuery(plain), "");
    } else {
        try {
            response = send("GET", "/v1/pull?" + toQuery(request), "");
        } catch (const SyncError& e) {
            if (e.kind() != SyncError::Kind::Refused || e.status() != 400) {
                throw;
            }
            // A server from before `pushed` refuses the unknown parameter: pull without it (this
            // device's own states then come down again, which changes nothing here).
            m_serverIgnoresPushed = true;
            return pullPage(request);
        }
    }
    auto decoded = decodeAnswer(response, decodePullResponse);
    observe(decoded.serverClock);
    return decoded;
}

void ServerApi::uploadAudit(const AuditUploadRequest& request) {
    send("POST", "/v1/audit", encode(request));
}

EmergencyAccessResponse ServerApi::emergencyAccess(const EmergencyAccessRequest& request) {
    const auto response = send("POST", "/v1/emergency", encode(request));
    auto decoded = decodeAnswer(response, decodeEmergencyAccessResponse);
    observe(decoded.serverClock);
    return decoded;
}

}  // namespace veldwerk::sync
