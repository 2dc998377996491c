// The people of the convergence schedules and their tablets: JGT worker anna with two tablets,
// GI worker gijs (on a case once the family consents) and their supervisor sanne. Each tablet is
// a real SQLCipher vault (cheapest KDF) enrolled with the in-process server, syncing through the
// real engine over a FaultyTransport on top of the engine's HttpTransport.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/vault/vault.h"
#include "sync/engine/http_transport.h"
#include "sync/engine/sync_round.h"
#include "tests/support/temp_dir.h"
#include "tests/sync/convergence/faulty_transport.h"
#include "tests/sync/convergence/loopback_server.h"

namespace veldwerk::testing {

class Tablet {
public:
    Tablet(const std::filesystem::path& dir, const std::string& serverUrl, const std::string& user,
           std::string label);

    const std::string& label() const { return m_label; }
    vault::Vault& vault() { return *m_vault; }
    const domain::Actor& me() const { return m_vault->owner(); }
    FaultyTransport& network() { return m_network; }
    sync::SyncReport sync() { return sync::runSyncRound(*m_vault, m_network); }

private:
    std::string m_label;
    std::unique_ptr<vault::Vault> m_vault;
    sync::HttpTransport m_http;
    FaultyTransport m_network{m_http};
};

class TeamWorld {
public:
    TeamWorld();

    LoopbackServer& server() { return m_server; }
    Tablet& anna1() { return *m_tablets[0]; }
    Tablet& anna2() { return *m_tablets[1]; }
    Tablet& gijs() { return *m_tablets[2]; }
    Tablet& sanne() { return *m_tablets[3]; }
    // Every tablet; the first three are the ones that write answers.
    const std::vector<std::unique_ptr<Tablet>>& tablets() { return m_tablets; }

private:
    TempDir m_dir;
    LoopbackServer m_server;
    std::vector<std::unique_ptr<Tablet>> m_tablets;
};

}  // namespace veldwerk::testing
