#include "sync/server/identity/device_token.h"

#include <sodium.h>

#include "core/vault/secret.h"

namespace veldwerk::sync::server {

std::string newDeviceToken() {
    return vault::randomHex(32);
}

std::string deviceTokenHash(std::string_view token) {
    vault::ensureSodium();
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(token.data()),
                       token.size(), nullptr, 0);
    char hex[sizeof digest * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

bool looksLikeDeviceToken(std::string_view token) {
    if (token.size() != 64) {
        return false;
    }
    for (const char c : token) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

}  // namespace veldwerk::sync::server
