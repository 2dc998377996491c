#include "sync/server/identity/password_hasher.h"

#include <sodium.h>

#include <semaphore>
#include <stdexcept>

#include "core/vault/secret.h"

namespace veldwerk::sync::server {

namespace {

// One Argon2id computation at a time in the whole process: each takes its cost's memory (64 MiB
// at the interactive cost), so 40 devices enrolling at once would otherwise take 2.5 GiB (four
// request threads held 272 MiB). Enrolment is once per device; waiting in line costs a second.
std::counting_semaphore<> g_kdfSlots(1);

class KdfSlot {
public:
    KdfSlot() { g_kdfSlots.acquire(); }
    ~KdfSlot() { g_kdfSlots.release(); }
    KdfSlot(const KdfSlot&) = delete;
    KdfSlot& operator=(const KdfSlot&) = delete;
};

}  // namespace

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
    const KdfSlot slot;
    if (crypto_pwhash_str(out, password.data(), password.size(), m_cost.opsLimit,
                          m_cost.memLimit) != 0) {
        throw std::runtime_error("hashing a password failed (out of memory)");
    }
    return out;
}

bool PasswordHasher::verify(const std::string& storedHash, std::string_view password) const {
    const KdfSlot slot;
    return crypto_pwhash_str_verify(storedHash.c_str(), password.data(), password.size()) == 0;
}

void PasswordHasher::verifyNothing(std::string_view password) const {
    (void)verify(m_decoy, password);
}

}  // namespace veldwerk::sync::server
