// Login rate limiting (PROTOCOL.md "Authentication"): at most 5 failed logins per user name and
// per client address in 15 minutes, then 429 with Retry-After. Counted in the database, so every
// server instance behind a load balancer shares the count. An attempt is recorded as a failure
// before the password is checked and removed when it succeeds, so parallel guesses or a crash in
// between cannot skip the count.
#pragma once

#include <cstdint>
#include <string>

#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

constexpr int kMaxLoginFailures = 5;
constexpr std::int64_t kLoginWindowMs = 15LL * 60 * 1000;

class LoginThrottle {
public:
    explicit LoginThrottle(SqlConnection& db) : m_db(db) {}

    // Inside a write transaction. Throws ApiError 429 (with Retry-After) when the name or the
    // client has used up its attempts; otherwise records this attempt and returns its id.
    std::string admit(const std::string& userName, const std::string& client, std::int64_t nowMs);
    // Inside a write transaction: the attempt succeeded; the name's failures are forgotten.
    void succeeded(const std::string& attemptId, const std::string& userName);

private:
    // Seconds until `column = value` is below the limit again; 0 when it is already.
    std::int64_t waitFor(const char* column, const std::string& value, std::int64_t nowMs);

    SqlConnection& m_db;
};

}  // namespace veldwerk::sync::server
