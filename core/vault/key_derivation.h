// Argon2id key derivation (libsodium crypto_pwhash). The parameters and salt live in the vault
// header, not in code, so they can be raised later without losing existing vaults.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/vault/secret.h"

namespace veldwerk::vault {

struct KdfParams {
    std::uint64_t opsLimit = 3;                 // Argon2id passes
    std::uint64_t memLimitBytes = 64ull << 20;  // 64 MiB: bearable on a tablet, costly to guess
    std::string saltHex;                        // 16 random bytes, hex

    // Fresh parameters with a new random salt.
    static KdfParams fresh(std::uint64_t opsLimit, std::uint64_t memLimitBytes);
    // The cheapest parameters libsodium allows: for tests only (set explicitly, never a default).
    static KdfParams forTests();
};

// Derives the 256-bit database key. Throws std::invalid_argument on invalid parameters and
// std::runtime_error when the machine cannot provide the memory.
SecretBytes deriveKey(std::string_view passphrase, const KdfParams& params);

// A short verifier of a derived key, stored in the header so that "wrong passphrase" can be told
// apart from "database damaged". Gives an attacker nothing the encrypted database does not.
std::string keyCheck(const SecretBytes& key);

}  // namespace veldwerk::vault
