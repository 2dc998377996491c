// One sync round on a worker thread, never the GUI thread, over its own vault connection (a
// ConnectionGrant: the GUI's connection stays with the GUI thread, since one SQLite connection
// must not be used by two threads at once). The transport is the platform's QNetworkTransport,
// made, used and destroyed on the worker. cancel() aborts the request in flight, so a round
// stops quickly when the vault locks; wait() then returns soon after.
#pragma once

#include <chrono>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "core/vault/vault.h"
#include "sync/engine/sync_round.h"

namespace veldwerk::platform {
class QNetworkTransport;
}

namespace veldwerk::app {

// How a round ended, in terms the app acts on; `reason` is English for the log (no client data).
struct RoundOutcome {
    enum class Kind {
        Completed,
        NotEnrolled,
        Unreachable,      // no answer: network or server down; nothing lost
        ClockSkew,        // the device's clock is too far off; nothing applied
        Revoked,          // the engine wiped the vault
        Unauthenticated,  // the server does not know the device token
        ServerFailed,     // 5xx, a refused request or an answer that is not the protocol
        Cancelled,        // the vault locked during the round
        VaultFailed,      // the device's own storage failed
    };
    Kind kind = Kind::Completed;
    std::string reason;
    sync::SyncReport report;
};

class BackgroundRound {
public:
    using Done = std::function<void(RoundOutcome)>;
    // A request made on the worker before the round, over the round's vault connection and
    // transport (emergency access: the round that follows brings the case). Its SyncError ends
    // the round like the round's own.
    using First = std::function<void(vault::Vault&, sync::Transport&)>;

    BackgroundRound() = default;
    ~BackgroundRound();
    BackgroundRound(const BackgroundRound&) = delete;
    BackgroundRound& operator=(const BackgroundRound&) = delete;

    // Starts a round unless one runs; `done` is called on the worker thread at its end.
    bool start(vault::ConnectionGrant grant, std::chrono::milliseconds timeout, Done done,
               First first = {});
    bool running() const;
    // From the GUI thread: stop the round at its next step (the request in flight is aborted).
    void cancel();
    // Blocks until the worker has ended (after cancel() that is soon).
    void wait();

private:
    RoundOutcome run(const vault::ConnectionGrant& grant, std::chrono::milliseconds timeout,
                     const First& first);

    std::thread m_worker;
    mutable std::mutex m_mutex;  // guards the three below
    bool m_running = false;
    bool m_cancelled = false;
    platform::QNetworkTransport* m_transport = nullptr;
};

}  // namespace veldwerk::app
