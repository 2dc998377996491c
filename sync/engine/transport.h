// How the device sync engine reaches the server: one request, one response. Implemented by a
// Qt-free cpp-httplib transport (CLI, tests) and a QNetworkAccessManager one in platform/.
// Transports never retry on their own; the engine decides (an interrupted push is resent with
// the same batch id).
#pragma once

#include <map>
#include <stdexcept>
#include <string>

namespace veldwerk::sync {

struct HttpRequest {
    std::string method;  // GET | POST
    std::string path;    // "/v1/pull?since=12&limit=500"
    std::map<std::string, std::string> headers;
    std::string body;
};

struct HttpResponse {
    int status = 0;
    std::map<std::string, std::string> headers;
    std::string body;
};

// No answer at all (connection refused, reset, timed out, TLS failure): the request may or may
// not have been applied.
class TransportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Transport {
public:
    virtual ~Transport() = default;
    virtual HttpResponse send(const HttpRequest& request) = 0;
};

}  // namespace veldwerk::sync
