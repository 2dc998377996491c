#include "sync/server/identity/login_throttle.h"

#include <algorithm>

#include "core/vault/secret.h"
#include "sync/server/api_error.h"

namespace veldwerk::sync::server {

std::int64_t LoginThrottle::waitFor(const char* column, const std::string& value,
                                    std::int64_t nowMs) {
    const auto rows = m_db.query(std::string("SELECT at_ms FROM login_failures WHERE ") + column +
                                     " = ? AND at_ms > ? ORDER BY at_ms DESC LIMIT ?",
                                 {value, nowMs - kLoginWindowMs, std::int64_t{kMaxLoginFailures}});
    if (rows.size() < static_cast<std::size_t>(kMaxLoginFailures)) {
        return 0;
    }
    // Free again when the oldest of the last five leaves the window.
    const auto freeAt = asInt(rows.back()[0]) + kLoginWindowMs;
    return std::max<std::int64_t>(1, (freeAt - nowMs + 999) / 1000);
}

std::int64_t LoginThrottle::waitSeconds(const std::string& userName, const std::string& client,
                                        std::int64_t nowMs) {
    return std::max(waitFor("user_name", userName, nowMs), waitFor("client", client, nowMs));
}

void refuseLogin(std::int64_t seconds) {
    throw ApiError(429, "rate_limited",
                   "too many failed logins; try again in " + std::to_string(seconds) + " seconds",
                   static_cast<int>(seconds));
}

void LoginThrottle::admit(const std::string& userName, const std::string& client,
                          std::int64_t nowMs) {
    if (const auto wait = waitSeconds(userName, client, nowMs); wait > 0) {
        refuseLogin(wait);
    }
}

void LoginThrottle::failed(const std::string& userName, const std::string& client,
                           std::int64_t nowMs) {
    m_db.query("DELETE FROM login_failures WHERE at_ms <= ?", {nowMs - kLoginWindowMs});
    m_db.query("INSERT INTO login_failures (id, user_name, client, at_ms) VALUES (?, ?, ?, ?)",
               {vault::randomHex(16), userName, client, nowMs});
}

void LoginThrottle::succeeded(const std::string& userName) {
    m_db.query("DELETE FROM login_failures WHERE user_name = ?", {userName});
}

}  // namespace veldwerk::sync::server
