// Login rate limiting (PROTOCOL.md "Authentication"): at most 5 failed logins per user name and
// per client address in 15 minutes, then 429 with Retry-After. Counted in the database, so every
// server instance behind a load balancer shares the count. Only a wrong password counts: logins
// in flight are not failures, so correct logins from one address (an office behind one NAT) never
// lock each other out. Parallel guesses cannot skip the count either: an attempt is checked again
// when its password has been checked, and once the limit was reached meanwhile it is answered 429
// whatever its password, so no more than five answers tell a guess from the truth.
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

    // Inside a transaction: throws ApiError 429 (with Retry-After) when the name or the client has
    // used up its attempts. Records nothing.
    void admit(const std::string& userName, const std::string& client, std::int64_t nowMs);
    // Seconds until the name and the client may try again; 0 when they may now.
    std::int64_t waitSeconds(const std::string& userName, const std::string& client,
                             std::int64_t nowMs);
    // Inside a write transaction: a wrong password for this name from this client.
    void failed(const std::string& userName, const std::string& client, std::int64_t nowMs);
    // Inside a write transaction: the password was right; the name's failures are forgotten.
    void succeeded(const std::string& userName);

private:
    // Seconds until `column = value` is below the limit again; 0 when it is already.
    std::int64_t waitFor(const char* column, const std::string& value, std::int64_t nowMs);

    SqlConnection& m_db;
};

// The 429 answer for a wait of `seconds`.
[[noreturn]] void refuseLogin(std::int64_t seconds);

}  // namespace veldwerk::sync::server
