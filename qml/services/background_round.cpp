#include "qml/services/background_round.h"

#include "platform/network/qnam_transport.h"
#include "sync/engine/sync_error.h"
#include "sync/engine/sync_state.h"

namespace veldwerk::app {

namespace {
RoundOutcome::Kind kindOf(sync::SyncError::Kind kind) {
    using K = sync::SyncError::Kind;
    switch (kind) {
        case K::Network:
            return RoundOutcome::Kind::Unreachable;
        case K::Revoked:
            return RoundOutcome::Kind::Revoked;
        case K::ClockSkew:
            return RoundOutcome::Kind::ClockSkew;
        case K::Unauthenticated:
            return RoundOutcome::Kind::Unauthenticated;
        case K::NotEnrolled:
            return RoundOutcome::Kind::NotEnrolled;
        case K::Refused:
        case K::Server:
        case K::BadResponse:
            break;
    }
    return RoundOutcome::Kind::ServerFailed;
}
}  // namespace

BackgroundRound::~BackgroundRound() {
    cancel();
    wait();
}

bool BackgroundRound::start(vault::ConnectionGrant grant, std::chrono::milliseconds timeout,
                            Done done, First first) {
    {
        const std::lock_guard lock(m_mutex);
        if (m_running) {
            return false;
        }
        m_running = true;
        m_cancelled = false;
    }
    // The previous worker has ended (m_running was false); collect it before starting anew.
    if (m_worker.joinable()) {
        m_worker.join();
    }
    m_worker = std::thread([this, grant = std::move(grant), timeout, done = std::move(done),
                            first = std::move(first)]() mutable {
        auto outcome = run(grant, timeout, first);
        {
            // The grant's key copy goes before anyone hears the round is over.
            const auto drop = std::move(grant);
        }
        {
            const std::lock_guard lock(m_mutex);
            m_running = false;
        }
        done(std::move(outcome));
    });
    return true;
}

bool BackgroundRound::running() const {
    const std::lock_guard lock(m_mutex);
    return m_running;
}

void BackgroundRound::cancel() {
    const std::lock_guard lock(m_mutex);
    m_cancelled = true;
    if (m_transport != nullptr) {
        m_transport->cancel();
    }
}

void BackgroundRound::wait() {
    if (m_worker.joinable()) {
        m_worker.join();
    }
}

RoundOutcome BackgroundRound::run(const vault::ConnectionGrant& grant,
                                  std::chrono::milliseconds timeout, const First& first) {
    RoundOutcome outcome;
    try {
        const auto vault = grant.open();
        sync::SyncState state(vault->db());
        if (!state.enrolled()) {
            outcome.kind = RoundOutcome::Kind::NotEnrolled;
            return outcome;
        }
        platform::QNetworkTransportOptions options;
        options.timeout = timeout;
        if (const auto pem = state.extraCaPem()) {
            options.extraCaPem = QByteArray::fromStdString(*pem);
        }
        platform::QNetworkTransport transport(QString::fromStdString(state.serverUrl()), options);
        {
            const std::lock_guard lock(m_mutex);
            if (m_cancelled) {
                outcome.kind = RoundOutcome::Kind::Cancelled;
                return outcome;
            }
            m_transport = &transport;
        }
        struct Unregister {
            BackgroundRound& round;
            ~Unregister() {
                const std::lock_guard lock(round.m_mutex);
                round.m_transport = nullptr;
            }
        } unregister{*this};
        try {
            if (first) {
                first(*vault, transport);
            }
            outcome.report = sync::runSyncRound(*vault, transport);
        } catch (const sync::SyncError& e) {
            const std::lock_guard lock(m_mutex);
            outcome.kind = m_cancelled && e.kind() == sync::SyncError::Kind::Network
                               ? RoundOutcome::Kind::Cancelled
                               : kindOf(e.kind());
            outcome.reason = e.what();
        }
    } catch (const std::invalid_argument& e) {
        // The stored server address or CA certificates are unusable: a set-up problem.
        outcome.kind = RoundOutcome::Kind::ServerFailed;
        outcome.reason = e.what();
    } catch (const std::exception& e) {
        outcome.kind = RoundOutcome::Kind::VaultFailed;
        outcome.reason = e.what();
    }
    return outcome;
}

}  // namespace veldwerk::app
