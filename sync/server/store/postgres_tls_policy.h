// Client data leaves the server process only encrypted: a PostgreSQL that is not on this machine
// is reached only over TLS with the server's certificate and host name checked. Checked on the
// URL itself (not PGSSLMODE or a service file), before libpq connects, so a missing setting is
// an error at start-up rather than a silent plaintext fallback (libpq's default is "prefer").
#pragma once

#include <string>

namespace veldwerk::sync::server {

// Throws SqlError naming the host when a host of the URL is not loopback (127.0.0.0/8, ::1,
// localhost, or a Unix socket directory) and the URL does not say sslmode=verify-full; also for
// a URL libpq cannot parse. The message never repeats the URL (it may hold a password).
void requireTlsOffLoopback(const std::string& url);

}  // namespace veldwerk::sync::server
