#include "sync/server/accountability/server_keys.h"

#include <sodium.h>

#include "core/vault/secret.h"

namespace veldwerk::sync::server {

namespace {

constexpr std::size_t kPseudonymBytes = 12;

std::string toHex(const unsigned char* bytes, std::size_t size) {
    std::string hex(size * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes, size);
    hex.pop_back();
    return hex;
}

}  // namespace

std::optional<std::string> keyFromHex(const std::string& hex) {
    std::string key(kServerKeyBytes, '\0');
    std::size_t length = 0;
    const char* end = nullptr;
    if (hex.size() != kServerKeyBytes * 2 ||
        sodium_hex2bin(reinterpret_cast<unsigned char*>(key.data()), key.size(), hex.data(),
                       hex.size(), nullptr, &length, &end) != 0 ||
        length != kServerKeyBytes) {
        return std::nullopt;
    }
    return key;
}

std::optional<std::string> ServerKeys::find(const std::string& name) {
    const auto rows = m_db.query("SELECT key_hex FROM server_keys WHERE name = ?", {name});
    if (rows.empty()) {
        return std::nullopt;
    }
    return keyFromHex(asText(rows[0][0]));
}

std::string ServerKeys::obtain(const std::string& name, std::int64_t nowMs) {
    if (auto key = find(name)) {
        return *key;
    }
    const auto hex = vault::randomHex(kServerKeyBytes);
    m_db.query("INSERT INTO server_keys (name, key_hex, created_at) VALUES (?, ?, ?)",
               {name, hex, nowMs});
    return *keyFromHex(hex);
}

std::string casePseudonym(const std::string& key, const std::string& caseId) {
    vault::ensureSodium();
    unsigned char out[kPseudonymBytes];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(caseId.data()),
                       caseId.size(), reinterpret_cast<const unsigned char*>(key.data()),
                       key.size());
    return toHex(out, sizeof out);
}

}  // namespace veldwerk::sync::server
