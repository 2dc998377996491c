#include "sync/server/identity/password_hasher.h"

#include <sodium.h>

#include <stdexcept>

#include "core/vault/secret.h"

namespace veldwerk::sync::server {

KdfCost KdfCost::interactive() {
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KdfCost KdfCost::cheapForTests() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(KdfCost cost) : m_cost(cost) {
    vault::ensureSodium();
    m_decoy = hash(vault::randomHex(16));
}

std::string PasswordHasher::hash(std::string_view password) const {
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), password.size(), m_cost.opsLimit,
                          m_cost.memLimit) != 0) {
        throw std::runtime_error("hashing a password failed (out of memory)");
    }
    return out;
}

bool PasswordHasher::verify(const std::string& storedHash, std::string_view password) const {
    return crypto_pwhash_str_verify(storedHash.c_str(), password.data(), password.size()) == 0;
}

void PasswordHasher::verifyNothing(std::string_view password) const {
    (void)verify(m_decoy, password);
}

}  // namespace veldwerk::sync::server
