#include "sync/server/push/batch_digest.h"

#include <sodium.h>

#include "core/vault/secret.h"
#include "sync/protocol/codec.h"

namespace veldwerk::sync::server {

std::string batchDigest(const PushRequest& request) {
    vault::ensureSodium();
    const auto canonical = encode(request);
    unsigned char digest[32];
    crypto_generichash(digest, sizeof digest,
                       reinterpret_cast<const unsigned char*>(canonical.data()), canonical.size(),
                       nullptr, 0);
    char hex[sizeof digest * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

}  // namespace veldwerk::sync::server
