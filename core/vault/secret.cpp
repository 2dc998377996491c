#include "core/vault/secret.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <stdexcept>

namespace veldwerk::vault {

void ensureSodium() {
    static const int rc = sodium_init();
    if (rc < 0) {
        throw std::runtime_error("libsodium could not be initialised");
    }
}

SecretBytes::SecretBytes(std::size_t size) : m_size(size) {
    ensureSodium();
    m_data = static_cast<std::uint8_t*>(sodium_malloc(size == 0 ? 1 : size));
    if (m_data == nullptr) {
        throw std::bad_alloc();
    }
    sodium_memzero(m_data, size == 0 ? 1 : size);
}

SecretBytes::~SecretBytes() {
    release();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(other.m_data), m_size(other.m_size) {
    other.m_data = nullptr;
    other.m_size = 0;
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
    if (this != &other) {
        release();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

void SecretBytes::release() {
    if (m_data != nullptr) {
        sodium_free(m_data);  // zeroises before freeing
        m_data = nullptr;
        m_size = 0;
    }
}

SecretBytes SecretBytes::copy() const {
    SecretBytes out(m_size);
    if (m_size > 0) {
        std::memcpy(out.m_data, m_data, m_size);
    }
    return out;
}

SecretBytes SecretBytes::toRawKeyLiteral() const {
    // x' + 2 hex chars per byte + ' ; sodium_bin2hex writes a terminating NUL as well.
    SecretBytes out(m_size * 2 + 4);
    out.m_data[0] = 'x';
    out.m_data[1] = '\'';
    sodium_bin2hex(reinterpret_cast<char*>(out.m_data + 2), m_size * 2 + 1, m_data, m_size);
    out.m_data[2 + m_size * 2] = '\'';
    out.m_size = m_size * 2 + 3;  // the NUL stays inside the guarded allocation
    return out;
}

void zeroise(std::string& s) {
    if (!s.empty()) {
        sodium_memzero(s.data(), s.size());
    }
    s.clear();
}

std::string randomHex(std::size_t bytes) {
    ensureSodium();
    std::string raw(bytes, '\0');
    randombytes_buf(raw.data(), bytes);
    std::string hex(bytes * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(raw.data()),
                   bytes);
    hex.pop_back();
    return hex;
}

}  // namespace veldwerk::vault
