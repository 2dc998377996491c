// `veldwerk-server serve`: TLS by default; plain HTTP only with --insecure-loopback on a loopback
// address. Migrates, loads the form definitions, binds, prints the ready line
// "veldwerk-server listening on HOST:PORT" (the real port when 0 was asked) and serves until
// SIGTERM or SIGINT, which finish the requests in flight and exit 0.
#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>

#include "core/clock/hlc.h"
#include "core/forms/registry.h"
#include "sync/server/cli/arguments.h"
#include "sync/server/cli/commands.h"
#include "sync/server/cli/listen_address.h"
#include "sync/server/http/connection_pool.h"
#include "sync/server/http/freed_memory_return.h"
#include "sync/server/http/http_api.h"
#include "sync/server/identity/password_hasher.h"
#include "sync/server/schema/store_opening.h"

namespace veldwerk::sync::server::cli {

namespace {

// A device keeps its connection alive between the requests of a sync, and cpp-httplib gives each
// such connection a worker thread until it closes or idles out: with 4 threads, 200 devices syncing
// at once queued for seconds behind idle connections (push p99 2.6 s for a 4 ms handler); with 64,
// a new connection waited for one of 64 threads each kept ~2 s by its device's idle connection
// (~28 syncs/s whatever the store: push p99 6.5-7 s for 200 at once). So a thread per device:
// threads wait on sockets more than they compute, cost little memory each, and the database work
// is bounded by the connection pool (http/connection_pool.h), not by them.
constexpr int kDefaultThreads = 256;
// An idle kept-alive connection lets its thread go after this long (cpp-httplib's default is 5 s).
constexpr time_t kKeepAliveSeconds = 2;
// Requests one kept-alive connection may carry before the server closes it.
constexpr std::size_t kKeepAliveRequests = 1000;

struct ServeOptions {
    std::string db;
    ListenAddress listen;
    std::optional<std::string> tlsCert;
    std::optional<std::string> tlsKey;
    int threads = kDefaultThreads;
    bool cheapKdf = false;
    bool createStore = false;  // --create-store: a store without schema may be created
};

ServeOptions readOptions(const Arguments& args) {
    if (!args.words().empty()) {
        throw UsageError("serve takes no words, only options");
    }
    ServeOptions o;
    o.db = args.required("db");
    const auto listen = parseListenAddress(args.required("listen"));
    if (!listen) {
        throw UsageError("--listen must be HOST:PORT (IPv6 as [HOST]:PORT)");
    }
    o.listen = *listen;
    o.tlsCert = args.option("tls-cert");
    o.tlsKey = args.option("tls-key");
    o.cheapKdf = args.flag("kdf-cheap-for-tests");
    o.createStore = args.flag("create-store");
    if (o.tlsCert.has_value() != o.tlsKey.has_value()) {
        throw UsageError("--tls-cert and --tls-key go together");
    }
    const bool insecure = args.flag("insecure-loopback");
    if (insecure && o.tlsCert) {
        throw UsageError("choose TLS (--tls-cert/--tls-key) or --insecure-loopback, not both");
    }
    if (!insecure && !o.tlsCert) {
        throw UsageError(
            "TLS is required: give --tls-cert FILE and --tls-key FILE (plain HTTP only with "
            "--insecure-loopback, on this machine's loopback address)");
    }
    if (insecure && !isLoopbackHost(o.listen.host)) {
        throw UsageError(
            "--insecure-loopback serves plain HTTP on 127.0.0.1, ::1 or localhost "
            "only, not on " +
            o.listen.host);
    }
    if (const auto t = args.option("threads")) {
        int n = 0;
        try {
            n = std::stoi(*t);
        } catch (const std::exception&) {
            n = 0;
        }
        if (n < 1 || n > 256) {
            throw UsageError("--threads must be a number from 1 to 256");
        }
        o.threads = n;
    }
    return o;
}

// Waits for SIGTERM/SIGINT (blocked in every thread, so only this one takes them) and stops the
// server once it runs, which lets listen_after_bind() return after the requests in flight. It
// polls, so a signal that comes before the server runs is not lost and the thread ends with it.
class StopOnSignal {
public:
    explicit StopOnSignal(httplib::Server& server) : m_server(server) {
        m_thread = std::thread([this] { run(); });
    }
    ~StopOnSignal() {
        m_done = true;
        m_thread.join();
    }
    StopOnSignal(const StopOnSignal&) = delete;
    StopOnSignal& operator=(const StopOnSignal&) = delete;

private:
    void run() {
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGTERM);
        sigaddset(&set, SIGINT);
        bool requested = false;
        bool stopped = false;
        while (!m_done) {
            const timespec wait{0, 100 * 1000 * 1000};
            if (sigtimedwait(&set, nullptr, &wait) > 0) {
                requested = true;
            }
            // stop() only once and only while running: a second call would meet a closed socket.
            if (requested && !stopped && m_server.is_running()) {
                m_server.stop();
                stopped = true;
            }
        }
    }

    httplib::Server& m_server;
    std::atomic<bool> m_done{false};
    std::thread m_thread;
};

}  // namespace

int runServe(const std::vector<std::string>& argv, std::ostream& out, std::ostream& err) {
    ServeOptions o;
    try {
        const Arguments args(argv, {"db", "listen", "tls-cert", "tls-key", "threads"},
                             {"insecure-loopback", "kdf-cheap-for-tests", "create-store"});
        o = readOptions(args);
    } catch (const UsageError& e) {
        err << "veldwerk-server serve: " << e.what() << "\n";
        return kExitUsage;
    }

    // Block the stop signals before any thread exists, so every thread inherits the mask.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    signal(SIGPIPE, SIG_IGN);

    try {
        openStore(o.db, o.createStore);
    } catch (const std::exception& e) {
        err << "veldwerk-server serve: cannot open the database: " << e.what() << "\n";
        return kExitDatabase;
    }

    forms::FormRegistry forms;
    const auto report = forms.loadDirectory(forms::builtinDefinitionsDir());
    if (!report.ok() || forms.empty()) {
        err << "veldwerk-server serve: the form definitions in "
            << forms::builtinDefinitionsDir().string() << " do not load (" << report.errors.size()
            << " problems)\n";
        return kExitFailed;
    }

    std::unique_ptr<httplib::Server> http;
    if (o.tlsCert) {
        http = std::make_unique<httplib::SSLServer>(o.tlsCert->c_str(), o.tlsKey->c_str());
    } else {
        http = std::make_unique<httplib::Server>();
    }
    if (!http->is_valid()) {
        err << "veldwerk-server serve: cannot load the TLS certificate or key\n";
        return kExitUsage;
    }
    const int threads = o.threads;
    http->new_task_queue = [threads] {
        return new httplib::ThreadPool(static_cast<std::size_t>(threads));
    };
    // Without TCP_NODELAY a small answer on a kept-alive connection waits ~40 ms for the client's
    // delayed ACK (Nagle). Accepted sockets inherit the option from the listening one on Linux.
    http->set_tcp_nodelay(true);
    http->set_keep_alive_timeout(kKeepAliveSeconds);
    // cpp-httplib closes a connection after 5 requests by default: a device's round of 64 pushes
    // and pull pages would open 13 connections, each a TLS handshake off loopback.
    http->set_keep_alive_max_count(kKeepAliveRequests);
    // The listening socket's descriptor, to widen its backlog once bound (below).
    int listener = -1;
    http->set_socket_options([&listener](int sock) {
        httplib::default_socket_options(sock);
        listener = sock;
    });

    const clock::SystemClock wall;
    // The hasher's cost matters only for the decoy check of unknown names (stored hashes carry
    // their own cost).
    const PasswordHasher hasher(o.cheapKdf ? KdfCost::cheapForTests() : KdfCost::interactive());
    ConnectionPool pool(o.db);
    HttpApi api(pool, forms, hasher, wall, &err);
    api.install(*http);

    int port = o.listen.port;
    if (port == 0) {
        port = http->bind_to_any_port(o.listen.host);
    } else if (!http->bind_to_port(o.listen.host, port)) {
        port = -1;
    }
    if (port < 0) {
        err << "veldwerk-server serve: cannot listen on " << toString(o.listen) << "\n";
        return kExitFailed;
    }
    // cpp-httplib listens with a backlog of 5: devices arriving together (the morning after an
    // outage) were refused or retried. listen() again on the bound socket only sets the backlog.
    if (listener >= 0) {
        ::listen(listener, SOMAXCONN);
    }
    const FreedMemoryReturn freedMemory;
    StopOnSignal stopper(*http);
    out << "veldwerk-server listening on " << toString({o.listen.host, port}) << std::endl;
    const bool ok = http->listen_after_bind();
    err << "veldwerk-server stopped\n";
    return ok ? kExitOk : kExitFailed;
}

}  // namespace veldwerk::sync::server::cli
