// Connectivity: the real default backend loads (or is absent, as on a server without
// NetworkManager), and the state it reports turns into "try a sync now" at the right moments.
#include <catch2/catch.hpp>
#include <vector>

#include "platform/network/connectivity.h"

using veldwerk::platform::Connectivity;
using Reachability = QNetworkInformation::Reachability;
using State = Connectivity::State;

TEST_CASE("connectivity starts from the platform's backend, or Unknown without one",
          "[platform][connectivity]") {
    Connectivity connectivity;
    if (!connectivity.backendAvailable()) {
        CHECK(connectivity.state() == State::Unknown);
        CHECK(connectivity.isOnline());  // unknown: try anyway
    }
    Connectivity second;  // reuses the loaded backend
    CHECK(second.backendAvailable() == connectivity.backendAvailable());
}

TEST_CASE("reachability maps to states", "[platform][connectivity]") {
    CHECK(Connectivity::fromReachability(Reachability::Unknown) == State::Unknown);
    CHECK(Connectivity::fromReachability(Reachability::Disconnected) == State::Offline);
    CHECK(Connectivity::fromReachability(Reachability::Local) == State::Limited);
    CHECK(Connectivity::fromReachability(Reachability::Site) == State::Limited);
    CHECK(Connectivity::fromReachability(Reachability::Online) == State::Online);
}

TEST_CASE("coming back within reach asks for a sync, once", "[platform][connectivity]") {
    Connectivity connectivity;
    connectivity.reachabilityChanged(Reachability::Unknown);
    REQUIRE(connectivity.state() == State::Unknown);

    int cameOnline = 0;
    std::vector<bool> online;
    std::vector<State> states;
    QObject::connect(&connectivity, &Connectivity::cameOnline, [&] { ++cameOnline; });
    QObject::connect(&connectivity, &Connectivity::onlineChanged,
                     [&](bool value) { online.push_back(value); });
    QObject::connect(&connectivity, &Connectivity::stateChanged,
                     [&](State state) { states.push_back(state); });

    connectivity.reachabilityChanged(Reachability::Disconnected);
    CHECK_FALSE(connectivity.isOnline());
    CHECK(cameOnline == 0);
    CHECK(online == std::vector<bool>{false});

    connectivity.reachabilityChanged(Reachability::Disconnected);  // no change, no signal
    CHECK(states.size() == 1);

    connectivity.reachabilityChanged(Reachability::Online);
    CHECK(connectivity.isOnline());
    CHECK(cameOnline == 1);
    CHECK(online == std::vector<bool>{false, true});

    connectivity.reachabilityChanged(Reachability::Site);  // still reachable: no new sync
    connectivity.reachabilityChanged(Reachability::Online);
    CHECK(cameOnline == 1);

    connectivity.reachabilityChanged(Reachability::Unknown);  // lost knowledge, still "try"
    CHECK(connectivity.isOnline());
    CHECK(cameOnline == 1);
    connectivity.reachabilityChanged(Reachability::Local);  // known reachable again
    CHECK(cameOnline == 2);

    connectivity.reachabilityChanged(Reachability::Disconnected);
    connectivity.reachabilityChanged(Reachability::Unknown);  // not known offline any more
    CHECK(cameOnline == 3);
    CHECK(online == std::vector<bool>{false, true, false, true});
    CHECK(states == std::vector<State>{State::Offline, State::Online, State::Limited, State::Online,
                                       State::Unknown, State::Limited, State::Offline,
                                       State::Unknown});
}
