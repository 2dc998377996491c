// The Qt-free transport over cpp-httplib's client, for veldwerk-cli and tests. https verifies the
// server's certificate and host name against the system's trust store plus, optionally, extra
// certificates the user gives (a self-signed server or a private CA); plain http only to
// loopback (ServerUrl). Every failure without an HTTP answer becomes a TransportError.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "sync/engine/server_url.h"
#include "sync/engine/transport.h"

namespace httplib {
class Client;
}

namespace veldwerk::sync {

struct TransportOptions {
    std::optional<std::string> extraCaPem;  // PEM certificates to trust besides the system's
    std::chrono::milliseconds connectTimeout{10000};
    std::chrono::milliseconds readTimeout{60000};
    std::chrono::milliseconds writeTimeout{60000};
};

class HttpTransport final : public Transport {
public:
    // Throws std::invalid_argument for a URL that is not allowed or a CA file without certificates.
    explicit HttpTransport(const std::string& baseUrl, const TransportOptions& options = {});
    ~HttpTransport() override;
    HttpTransport(const HttpTransport&) = delete;
    HttpTransport& operator=(const HttpTransport&) = delete;

    HttpResponse send(const HttpRequest& request) override;
    const ServerUrl& url() const { return m_url; }

private:
    ServerUrl m_url;
    std::unique_ptr<httplib::Client> m_client;
};

}  // namespace veldwerk::sync
