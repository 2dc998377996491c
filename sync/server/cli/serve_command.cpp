// `veldwerk-server serve`: TLS by default; plain HTTP only with --insecure-loopback on a loopback
// address. Migrates, loads the form definitions, binds, prints the ready line
// "veldwerk-server listening on HOST:PORT" (the real port when 0 was asked) and serves until
// SIGTERM or SIGINT, which finish the requests in flight and exit 0.
#include <httplib.h>
#include <signal.h>

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
#include "sync/server/http/http_api.h"
#include "sync/server/identity/password_hasher.h"
#include "sync/server/schema/store_opening.h"

namespace veldwerk::sync::server::cli {

namespace {

struct ServeOptions {
    std::string db;
    ListenAddress listen;
    std::optional<std::string> tlsCert;
    std::optional<std::string> tlsKey;
    int threads = 8;
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
    } else {
        o.threads = static_cast<int>(std::clamp(2 * std::thread::hardware_concurrency(), 4u, 32u));
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
    StopOnSignal stopper(*http);
    out << "veldwerk-server listening on " << toString({o.listen.host, port}) << std::endl;
    const bool ok = http->listen_after_bind();
    err << "veldwerk-server stopped\n";
    return ok ? kExitOk : kExitFailed;
}

}  // namespace veldwerk::sync::server::cli
