// A Transport decorator that makes the network fail the way tablets meet it, at random:
//   - a request is lost before it reaches the server (partition),
//   - the server applies a request but its answer never arrives (crash, dropped connection),
//   - a pull is served in small pages and the connection dies after some of them.
// It also lets the user edit while a sync is under way: a hook runs once before a chosen request.
// Every failure is a TransportError, exactly what a real transport throws when there is no answer.
#pragma once

#include <functional>
#include <random>

#include "sync/engine/transport.h"

namespace veldwerk::testing {

struct FaultPlan {
    double dropRequest = 0;       // chance a request never reaches the server
    double loseAnswer = 0;        // chance the answer of an applied request is lost
    int pullPageLimit = 0;        // > 0: the server is asked for pages of at most this size
    int pullPagesBeforeCut = -1;  // >= 0: the connection dies after this many pull pages
    int hookBeforeRequest = -1;   // >= 0: run the hook before this request (0 = the first)
};

class FaultyTransport final : public sync::Transport {
public:
    explicit FaultyTransport(sync::Transport& inner) : m_inner(inner) {}

    // Faults for the next requests, drawn from `rng`; clear() returns to a perfect network.
    void arm(const FaultPlan& plan, std::mt19937& rng, std::function<void()> hook = {});
    void clear();

    sync::HttpResponse send(const sync::HttpRequest& request) override;

    int faultsInjected() const { return m_faults; }

private:
    bool chance(double p);

    sync::Transport& m_inner;
    FaultPlan m_plan;
    std::mt19937* m_rng = nullptr;
    std::function<void()> m_hook;
    int m_requests = 0;
    int m_pullPages = 0;
    int m_faults = 0;
};

}  // namespace veldwerk::testing
