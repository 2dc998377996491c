// Enrols a fresh vault with the server once, with the user's credentials: the server's user and
// device ids become the vault's owner and device, and the device token is kept in the vault's
// sync state (nowhere else). Only a vault without client data may enrol: records made under a
// local identity must not travel under the server's one.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>

#include "core/vault/vault.h"
#include "sync/engine/transport.h"

namespace veldwerk::sync {

class EnrolmentRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Enrolment {
    std::string server;
    std::string deviceId;
    std::string userId;
    std::string userName;
    std::string role;
    std::string org;
};

class DeviceEnrolment {
public:
    explicit DeviceEnrolment(vault::Vault& vault) : m_vault(vault) {}

    // Why this vault may not enrol (already enrolled, holds client data); nullopt when it may.
    std::optional<std::string> refusal();
    // Throws EnrolmentRefused, or SyncError when the server says no or cannot be reached.
    Enrolment enrol(Transport& transport, const std::string& serverUrl, const std::string& user,
                    const std::string& password, const std::string& deviceLabel,
                    const std::optional<std::string>& extraCaPem);

private:
    vault::Vault& m_vault;
};

}  // namespace veldwerk::sync
