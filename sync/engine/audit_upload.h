// Uploads the entries of the device's access log the server has not got yet (POST /v1/audit,
// idempotent on the server by device and sequence), so the organisation's NEN 7513 log also
// holds what happened offline on the tablet.
#pragma once

#include <cstddef>

#include "core/vault/vault.h"
#include "sync/engine/server_api.h"

namespace veldwerk::sync {

class AuditLogUpload {
public:
    explicit AuditLogUpload(vault::Vault& vault) : m_vault(vault) {}

    // Returns how many entries went up.
    std::size_t run(ServerApi& api);

private:
    vault::Vault& m_vault;
};

}  // namespace veldwerk::sync
