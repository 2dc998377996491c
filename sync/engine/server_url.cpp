#include "sync/engine/server_url.h"

#include <arpa/inet.h>

#include <stdexcept>

namespace veldwerk::sync {

namespace {
bool isLoopback(const std::string& host) {
    if (host == "localhost") {
        return true;
    }
    in_addr v4{};
    if (inet_pton(AF_INET, host.c_str(), &v4) == 1) {
        return (ntohl(v4.s_addr) >> 24) == 127;  // 127.0.0.0/8
    }
    in6_addr v6{};
    return inet_pton(AF_INET6, host.c_str(), &v6) == 1 && IN6_IS_ADDR_LOOPBACK(&v6);
}

int parsePort(const std::string& text) {
    if (text.empty() || text.size() > 5 ||
        text.find_first_not_of("0123456789") != std::string::npos) {
        throw std::invalid_argument("the server URL has a bad port '" + text + "'");
    }
    const int port = std::stoi(text);
    if (port < 1 || port > 65535) {
        throw std::invalid_argument("the server URL has a bad port '" + text + "'");
    }
    return port;
}
}  // namespace

std::string ServerUrl::text() const {
    const bool v6 = host.find(':') != std::string::npos;
    return scheme + "://" + (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

ServerUrl parseServerUrl(const std::string& url) {
    ServerUrl out;
    const auto sep = url.find("://");
    if (sep == std::string::npos) {
        throw std::invalid_argument(
            "the server URL must start with https:// (or http:// on loopback)");
    }
    out.scheme = url.substr(0, sep);
    if (out.scheme != "http" && out.scheme != "https") {
        throw std::invalid_argument("the server URL must use https (or http on loopback), not '" +
                                    out.scheme + "'");
    }
    std::string rest = url.substr(sep + 3);
    if (!rest.empty() && rest.back() == '/') {
        rest.pop_back();
    }
    if (rest.find_first_of("/?#@") != std::string::npos) {
        throw std::invalid_argument(
            "the server URL is scheme://host[:port], without a path, query or user name");
    }
    std::string portText;
    if (!rest.empty() && rest.front() == '[') {
        const auto close = rest.find(']');
        if (close == std::string::npos) {
            throw std::invalid_argument("the server URL has an unclosed IPv6 address");
        }
        out.host = rest.substr(1, close - 1);
        const auto after = rest.substr(close + 1);
        if (!after.empty()) {
            if (after.front() != ':') {
                throw std::invalid_argument("the server URL is malformed after the host");
            }
            portText = after.substr(1);
        }
    } else {
        const auto colon = rest.find(':');
        out.host = rest.substr(0, colon);
        if (colon != std::string::npos) {
            portText = rest.substr(colon + 1);
        }
    }
    if (out.host.empty()) {
        throw std::invalid_argument("the server URL has no host");
    }
    out.port = portText.empty() ? (out.scheme == "https" ? 443 : 80) : parsePort(portText);
    out.loopback = isLoopback(out.host);
    if (out.scheme == "http" && !out.loopback) {
        throw std::invalid_argument(
            "plain http is only allowed to this machine (loopback); use https for " + out.host);
    }
    return out;
}

}  // namespace veldwerk::sync
