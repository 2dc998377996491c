// Passwords as Argon2id hashes (libsodium crypto_pwhash_str: the string carries its own salt and
// parameters, so the cost can be raised later without breaking stored hashes). Interactive cost
// in production; the cheapest cost exists only so tests do not spend seconds per user. Hashes and
// checks pass the process's KdfGate: at the interactive cost one at a time (the others wait), so
// the memory they take stays bounded.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "sync/server/identity/kdf_gate.h"

namespace veldwerk::sync::server {

struct KdfCost {
    unsigned long long opsLimit = 0;
    std::size_t memLimit = 0;

    static KdfCost interactive();    // libsodium's OPSLIMIT/MEMLIMIT_INTERACTIVE
    static KdfCost cheapForTests();  // the minimum: never for real passwords
};

constexpr std::size_t kMinPasswordLength = 8;

class PasswordHasher {
public:
    explicit PasswordHasher(KdfCost cost = KdfCost::interactive(),
                            KdfGate& gate = KdfGate::process());

    std::string hash(std::string_view password) const;
    bool verify(const std::string& storedHash, std::string_view password) const;
    // Spends the time of one verification without a stored hash, so an unknown user name takes
    // as long to refuse as a wrong password.
    void verifyNothing(std::string_view password) const;

private:
    KdfCost m_cost;
    KdfGate& m_gate;
    std::string m_decoy;  // a hash of a random password at this cost
};

}  // namespace veldwerk::sync::server
