// The server address a device is given at enrolment. Client data only travels encrypted: https
// with certificate verification, except plain http to this machine (tests, the demo).
#pragma once

#include <string>

namespace veldwerk::sync {

struct ServerUrl {
    std::string scheme;  // http | https
    std::string host;    // without brackets for IPv6
    int port = 0;
    bool loopback = false;
    // "scheme://host:port", the form the HTTP client takes.
    std::string text() const;
};

// Throws std::invalid_argument with an English reason: not http(s), a path or credentials in
// the URL, a bad port, or plain http to a host that is not loopback.
ServerUrl parseServerUrl(const std::string& url);

}  // namespace veldwerk::sync
