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

std::string LoginThrottle::admit(const std::string& userName, const std::string& client,
                                 std::int64_t nowMs) {
    m_db.query("DELETE FROM login_failures WHERE at_ms <= ?", {nowMs - kLoginWindowMs});
    const auto wait =
        std::max(waitFor("user_name", userName, nowMs), waitFor("client", client, nowMs));
    if (wait > 0) {
        throw ApiError(429, "rate_limited",
                       "too many failed logins; try again in " + std::to_string(wait) + " seconds",
                       static_cast<int>(wait));
    }
    auto id = vault::randomHex(16);
    m_db.query("INSERT INTO login_failures (id, user_name, client, at_ms) VALUES (?, ?, ?, ?)",
               {id, userName, client, nowMs});
    return id;
}

void LoginThrottle::succeeded(const std::string& attemptId, const std::string& userName) {
    m_db.query("DELETE FROM login_failures WHERE id = ? OR user_name = ?", {attemptId, userName});
}

}  // namespace veldwerk::sync::server
