// `--listen HOST:PORT` ("127.0.0.1:8443", "[::1]:0", "localhost:8080"; port 0: any free port) and
// which hosts count as loopback for --insecure-loopback: 127.0.0.1, ::1 and localhost only.
#pragma once

#include <optional>
#include <string>

namespace veldwerk::sync::server::cli {

struct ListenAddress {
    std::string host;  // without brackets
    int port = 0;
};

std::optional<ListenAddress> parseListenAddress(const std::string& text);
bool isLoopbackHost(const std::string& host);
// HOST:PORT for messages, with brackets around an IPv6 host.
std::string toString(const ListenAddress& address);

}  // namespace veldwerk::sync::server::cli
