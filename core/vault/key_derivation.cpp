#include "core/vault/key_derivation.h"

#include <sodium.h>

#include <stdexcept>
#include <vector>

namespace veldwerk::vault {

namespace {
constexpr std::size_t kKeyBytes = 32;

std::vector<unsigned char> saltBytes(const std::string& hex) {
    std::vector<unsigned char> salt(crypto_pwhash_SALTBYTES);
    std::size_t len = 0;
    if (hex.size() != crypto_pwhash_SALTBYTES * 2 ||
        sodium_hex2bin(salt.data(), salt.size(), hex.c_str(), hex.size(), nullptr, &len, nullptr) !=
            0 ||
        len != salt.size()) {
        throw std::invalid_argument("vault header has an invalid KDF salt");
    }
    return salt;
}
}  // namespace

KdfParams KdfParams::fresh(std::uint64_t opsLimit, std::uint64_t memLimitBytes) {
    return KdfParams{opsLimit, memLimitBytes, randomHex(crypto_pwhash_SALTBYTES)};
}

KdfParams KdfParams::forTests() {
    return fresh(crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN);
}

SecretBytes deriveKey(std::string_view passphrase, const KdfParams& params) {
    ensureSodium();
    if (params.opsLimit < crypto_pwhash_OPSLIMIT_MIN || params.opsLimit > 64 ||
        params.memLimitBytes < crypto_pwhash_MEMLIMIT_MIN ||
        params.memLimitBytes > (std::uint64_t{4} << 30)) {
        throw std::invalid_argument("vault header has out-of-range KDF parameters");
    }
    const auto salt = saltBytes(params.saltHex);
    SecretBytes key(kKeyBytes);
    if (crypto_pwhash(key.data(), key.size(), passphrase.data(), passphrase.size(), salt.data(),
                      params.opsLimit, static_cast<std::size_t>(params.memLimitBytes),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw std::runtime_error("key derivation ran out of memory");
    }
    return key;
}

std::string keyCheck(const SecretBytes& key) {
    static constexpr char kContext[] = "veldwerk vault key check v1";
    unsigned char out[16];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(kContext),
                       sizeof kContext - 1, key.data(), key.size());
    char hex[sizeof out * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, out, sizeof out);
    return std::string(hex);
}

}  // namespace veldwerk::vault
