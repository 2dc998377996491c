// Key material in guarded memory (libsodium): locked against swapping, zeroised when freed.
// Move-only, so a key can never be copied into ordinary memory by accident.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace veldwerk::vault {

class SecretBytes {
public:
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    std::size_t size() const { return m_size; }

    // Another guarded copy (for a second connection to an open vault, core/vault/vault.h).
    SecretBytes copy() const;

    // The SQLCipher raw-key literal x'<hex>' in guarded memory (what sqlite3_key expects).
    SecretBytes toRawKeyLiteral() const;

private:
    void release();
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

// Overwrites a string's characters (e.g. a passphrase read from the environment) before it goes.
void zeroise(std::string& s);

// Makes sure libsodium is initialised; safe to call many times.
void ensureSodium();

// Random bytes as lowercase hex, used for ids and salts.
std::string randomHex(std::size_t bytes);

}  // namespace veldwerk::vault
