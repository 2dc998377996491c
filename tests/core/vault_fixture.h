// A real vault in a temporary directory, with the cheapest Argon2id parameters (tests only).
#pragma once

#include <memory>

#include "core/vault/vault.h"
#include "tests/support/temp_dir.h"

namespace veldwerk::testing {

inline vault::VaultOptions cheapVaultOptions(int maxFailedAttempts = 10) {
    vault::VaultOptions o;
    o.kdfOpsLimit = 1;
    o.kdfMemLimitBytes = 8192;
    o.maxFailedAttempts = maxFailedAttempts;
    return o;
}

inline constexpr const char* kPassphrase = "correct horse battery";

struct VaultFixture {
    TempDir dir;
    std::unique_ptr<vault::Vault> vault =
        vault::Vault::create(dir.path() / "vault", kPassphrase, cheapVaultOptions());
    std::filesystem::path vaultDir() const { return dir.path() / "vault"; }
};

}  // namespace veldwerk::testing
