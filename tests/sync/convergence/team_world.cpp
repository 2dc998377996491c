#include "tests/sync/convergence/team_world.h"

#include "sync/engine/device_enrolment.h"
#include "tests/core/vault_fixture.h"

namespace veldwerk::testing {

Tablet::Tablet(const std::filesystem::path& dir, const std::string& serverUrl,
               const std::string& user, std::string label)
    : m_label(std::move(label)),
      m_vault(vault::Vault::create(dir, kPassphrase, cheapVaultOptions())),
      m_http(serverUrl) {
    sync::DeviceEnrolment(*m_vault).enrol(m_http, serverUrl, user, kPassword, m_label,
                                          std::nullopt);
}

TeamWorld::TeamWorld() {
    const auto url = m_server.url();
    const std::vector<std::pair<std::string, std::string>> people = {
        {"anna", "anna-1"}, {"anna", "anna-2"}, {"gijs", "gijs"}, {"sanne", "sanne"}};
    for (const auto& [user, label] : people) {
        m_tablets.push_back(std::make_unique<Tablet>(m_dir / label, url, user, label));
    }
    // Each learns the colleagues it may add to a case.
    for (auto& t : m_tablets) {
        t->sync();
    }
}

}  // namespace veldwerk::testing
