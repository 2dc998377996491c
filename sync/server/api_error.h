// A request the server answers with an error status (PROTOCOL.md "Errors"): the HTTP status, the
// protocol's error code and an English message. Thrown by the services, turned into the JSON
// error body by the HTTP layer. Messages never quote client data.
#pragma once

#include <stdexcept>
#include <string>

namespace veldwerk::sync::server {

class ApiError : public std::runtime_error {
public:
    ApiError(int status, std::string code, const std::string& message, int retryAfterSeconds = 0)
        : std::runtime_error(message),
          m_status(status),
          m_code(std::move(code)),
          m_retryAfter(retryAfterSeconds) {}

    int status() const { return m_status; }
    const std::string& code() const { return m_code; }
    // Seconds for a Retry-After header (429); 0: none.
    int retryAfterSeconds() const { return m_retryAfter; }

private:
    int m_status;
    std::string m_code;
    int m_retryAfter;
};

}  // namespace veldwerk::sync::server
