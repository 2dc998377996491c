#include "sync/server/store/postgres_tls_policy.h"

#include <libpq-fe.h>

#include <memory>
#include <sstream>
#include <vector>

#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

namespace {

struct OptionsDeleter {
    void operator()(PQconninfoOption* o) const { PQconninfoFree(o); }
};

std::vector<std::string> splitHosts(const std::string& list) {
    std::vector<std::string> hosts;
    std::stringstream in(list);
    for (std::string host; std::getline(in, host, ',');) {
        hosts.push_back(host);
    }
    return hosts;
}

bool isLoopback(const std::string& host) {
    return host.empty() || host.front() == '/' || host == "localhost" || host == "::1" ||
           host.rfind("127.", 0) == 0;
}

}  // namespace

void requireTlsOffLoopback(const std::string& url) {
    char* error = nullptr;
    std::unique_ptr<PQconninfoOption, OptionsDeleter> options(PQconninfoParse(url.c_str(), &error));
    if (!options) {
        // libpq's reason may quote a piece of the URL, password included: not repeated.
        PQfreemem(error);
        throw SqlError("invalid PostgreSQL URL: libpq cannot parse it");
    }
    std::string host;
    std::string hostaddr;
    std::string sslmode;
    for (auto* o = options.get(); o->keyword; ++o) {
        const std::string keyword = o->keyword;
        const std::string value = o->val ? o->val : "";
        if (keyword == "host") {
            host = value;
        } else if (keyword == "hostaddr") {
            hostaddr = value;
        } else if (keyword == "sslmode") {
            sslmode = value;
        }
    }
    if (sslmode == "verify-full") {
        return;
    }
    // With hostaddr, libpq connects to those addresses and uses host only for the name check.
    for (const auto& h : splitHosts(hostaddr.empty() ? host : hostaddr)) {
        if (!isLoopback(h)) {
            throw SqlError("PostgreSQL host " + h +
                           " is not on loopback: add sslmode=verify-full to the URL (TLS with "
                           "the certificate and host name checked)");
        }
    }
}

}  // namespace veldwerk::sync::server
