// Why a sync request did not go through, in terms the device can act on: retry later (network,
// server), fix the clock, wipe (revoked), or tell the user (refused, unauthenticated).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace veldwerk::sync {

class SyncError : public std::runtime_error {
public:
    enum class Kind {
        Network,          // no answer at all: nothing is lost, sync again later
        Revoked,          // 410 device_revoked: the vault has been wiped
        ClockSkew,        // 409 clock_skew: the device clock is too far off; nothing was applied
        Unauthenticated,  // 401: unknown token or wrong password
        Refused,          // another 4xx: the server refused the request (code says why)
        Server,           // 5xx: the server failed; nothing of the request was applied
        BadResponse,      // the answer is not a valid protocol message
        NotEnrolled,      // this vault has no server yet (veldwerk-cli enroll)
    };
    SyncError(Kind kind, const std::string& what, int status = 0, std::string code = {},
              std::uint64_t serverClock = 0)
        : std::runtime_error(what),
          m_kind(kind),
          m_status(status),
          m_code(std::move(code)),
          m_serverClock(serverClock) {}
    Kind kind() const { return m_kind; }
    int status() const { return m_status; }             // HTTP status, 0 without an answer
    const std::string& code() const { return m_code; }  // the protocol's error code
    // ClockSkew: the server's clock sent with the refusal (packed HLC; 0 when it sent none).
    std::uint64_t serverClock() const { return m_serverClock; }

private:
    Kind m_kind;
    int m_status;
    std::string m_code;
    std::uint64_t m_serverClock;
};

}  // namespace veldwerk::sync
