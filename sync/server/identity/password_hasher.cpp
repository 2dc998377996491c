#include "sync/server/identity/password_hasher.h"

#include <sodium.h>

#include <stdexcept>

#include "core/vault/secret.h"

namespace veldwerk::sync::server {

namespace {

// The memory a stored hash's check takes: its "m=" parameter in KiB ("$argon2id$v=19$m=65536,
// t=2,p=1$..."); when it cannot be read, the whole budget (the check then runs alone).
std::size_t checkMemory(const std::string& storedHash) {
    const auto at = storedHash.find("$m=");
    if (at == std::string::npos) {
        return kKdfMemoryBudget;
    }
    std::size_t kib = 0;
    for (auto i = at + 3; i < storedHash.size() && storedHash[i] >= '0' && storedHash[i] <= '9';
         ++i) {
        kib = kib * 10 + static_cast<std::size_t>(storedHash[i] - '0');
        if (kib > kKdfMemoryBudget) {
            return kKdfMemoryBudget;
        }
    }
    return kib == 0 ? kKdfMemoryBudget : kib * 1024;
}

}  // namespace

KdfCost KdfCost::interactive() {
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KdfCost KdfCost::cheapForTests() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(KdfCost cost, KdfGate& gate) : m_cost(cost), m_gate(gate) {
    vault::ensureSodium();
    m_decoy = hash(vault::randomHex(16));
}

std::string PasswordHasher::hash(std::string_view password) const {
    char out[crypto_pwhash_STRBYTES];
    const KdfGate::Slot slot(m_gate, m_cost.memLimit);
    if (crypto_pwhash_str(out, password.data(), password.size(), m_cost.opsLimit,
                          m_cost.memLimit) != 0) {
        throw std::runtime_error("hashing a password failed (out of memory)");
    }
    return out;
}

bool PasswordHasher::verify(const std::string& storedHash, std::string_view password) const {
    // A stored hash carries its own cost, which may differ from this hasher's.
    const KdfGate::Slot slot(m_gate, checkMemory(storedHash));
    return crypto_pwhash_str_verify(storedHash.c_str(), password.data(), password.size()) == 0;
}

void PasswordHasher::verifyNothing(std::string_view password) const {
    (void)verify(m_decoy, password);
}

}  // namespace veldwerk::sync::server
