// The vault header (DIR/vault.header, JSON): everything needed to open the database that is not
// secret — KDF parameters and salt, which database file is current, the key check and the
// failed-unlock counter. It never holds client data.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "core/vault/key_derivation.h"

namespace veldwerk::vault {

struct VaultHeader {
    static constexpr int kFormat = 1;
    static constexpr const char* kFileName = "vault.header";

    int format = kFormat;
    int generation = 1;  // bumped by every re-key; names the current database file
    KdfParams kdf;
    std::string keyCheck;
    int failedAttempts = 0;
    int maxFailedAttempts = 10;

    std::string databaseFileName() const;

    // nullopt when there is no header; throws std::runtime_error when it is unreadable.
    static std::optional<VaultHeader> load(const std::filesystem::path& dir);
    void save(const std::filesystem::path& dir) const;
};

}  // namespace veldwerk::vault
