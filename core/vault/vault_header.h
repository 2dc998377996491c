// The vault header (DIR/vault.header, JSON): everything needed to open the database that is not
// secret — KDF parameters and salt, which database file is current, the key check and the
// failure limit. It never holds client data. It is written when a vault is created (last, so a
// header means a database was written before it) and when the passphrase changes; never by an
// unlock (the failed-unlock counter lives in vault.attempts, see unlock_attempts.h).
//
// Format 2 carries `check`, a BLAKE2b hash over every other field: a header damaged on disk is
// told apart from a wrong passphrase without knowing the passphrase. It guards against damage,
// not against someone who rewrites the file on purpose (they could delete it just as well).
// Format 1 headers (no check, counter inside) are still read; the first unlock rewrites them.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "core/vault/key_derivation.h"

namespace veldwerk::vault {

struct VaultHeader {
    static constexpr int kFormat = 2;
    static constexpr int kLegacyFormat = 1;
    static constexpr const char* kFileName = "vault.header";

    int format = kFormat;
    int generation = 1;  // bumped by every re-key; names the current database file
    KdfParams kdf;
    std::string keyCheck;
    int maxFailedAttempts = 10;
    // SQLCipher's page size (PRAGMA cipher_page_size), which the encrypted file cannot tell;
    // 0 (absent: vaults created before it) is SQLCipher 3's default of 1 KiB.
    int cipherPageSize = 0;
    // Format 1 only: the failed-unlock counter it held (seeds vault.attempts once).
    int legacyFailedAttempts = 0;

    std::string databaseFileName() const;

    // nullopt when there is no header; throws std::runtime_error when it is unreadable or fails
    // its integrity check.
    static std::optional<VaultHeader> load(const std::filesystem::path& dir);
    // Always writes the current format, atomically.
    void save(const std::filesystem::path& dir) const;
};

}  // namespace veldwerk::vault
