#include "core/vault/unlock_attempts.h"

#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

#include "core/vault/durable_file.h"
#include "core/vault/secret.h"

namespace veldwerk::vault {

namespace {
// Two slots in different 512-byte sectors, so one torn sector write cannot damage both.
constexpr std::size_t kSlotOffset[2] = {0, 512};
constexpr std::size_t kFileSize = 1024;
constexpr char kMagic[4] = {'V', 'W', 'A', '1'};
// magic(4) sequence(8) failed(4) pending(4) hash(16)
constexpr std::size_t kBodySize = 20;
constexpr std::size_t kSlotSize = kBodySize + 16;
using Slot = std::array<unsigned char, kSlotSize>;

void putUint(unsigned char* at, std::uint64_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) {
        at[i] = static_cast<unsigned char>(value >> (8 * i));
    }
}

std::uint64_t getUint(const unsigned char* at, int bytes) {
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i) {
        value |= static_cast<std::uint64_t>(at[i]) << (8 * i);
    }
    return value;
}

Slot encode(std::uint64_t sequence, AttemptState state) {
    ensureSodium();
    Slot slot{};
    std::memcpy(slot.data(), kMagic, 4);
    putUint(slot.data() + 4, sequence, 8);
    putUint(slot.data() + 12, static_cast<std::uint32_t>(state.failed), 4);
    putUint(slot.data() + 16, state.pending ? 1 : 0, 4);
    crypto_generichash(slot.data() + kBodySize, 16, slot.data(), kBodySize, nullptr, 0);
    return slot;
}

// The slot's sequence number, or 0 when it holds nothing valid.
std::uint64_t decode(const Slot& slot, AttemptState& state) {
    ensureSodium();
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, slot.data(), kBodySize, nullptr, 0);
    if (std::memcmp(slot.data(), kMagic, 4) != 0 ||
        sodium_memcmp(hash, slot.data() + kBodySize, sizeof hash) != 0) {
        return 0;
    }
    const auto failed = getUint(slot.data() + 12, 4);
    const auto pending = getUint(slot.data() + 16, 4);
    if (failed > 1000000 || pending > 1) {
        return 0;
    }
    state.failed = static_cast<int>(failed);
    state.pending = pending == 1;
    return getUint(slot.data() + 4, 8);
}

[[noreturn]] void fail(const std::string& what, const std::filesystem::path& path) {
    throw std::runtime_error(what + " " + path.string() + ": " + std::strerror(errno));
}
}  // namespace

void UnlockAttempts::create(const std::filesystem::path& dir, AttemptState initial) {
    std::string content(kFileSize, '\0');
    const auto slot = encode(1, initial);
    std::memcpy(content.data() + kSlotOffset[1], slot.data(), slot.size());
    writeFileAtomically(dir / kFileName, content);
}

UnlockAttempts::UnlockAttempts(const std::filesystem::path& dir,
                               std::optional<AttemptState> ifAbsent)
    : m_path(dir / kFileName) {
    m_fd = ::open(m_path.c_str(), O_RDWR | O_CLOEXEC);
    if (m_fd < 0 && errno == ENOENT) {
        if (!ifAbsent) {
            throw UnlockAttemptsDamaged("the unlock counter " + m_path.string() + " is missing");
        }
        create(dir, *ifAbsent);
        m_fd = ::open(m_path.c_str(), O_RDWR | O_CLOEXEC);
    }
    if (m_fd < 0) {
        fail("cannot open the unlock counter", m_path);
    }
    std::uint64_t best = 0;
    for (const auto offset : kSlotOffset) {
        Slot slot{};
        const auto n = ::pread(m_fd, slot.data(), slot.size(), static_cast<off_t>(offset));
        if (n < 0) {
            const int saved = errno;
            ::close(m_fd);
            errno = saved;
            fail("cannot read the unlock counter", m_path);
        }
        AttemptState state;
        const auto sequence = static_cast<std::size_t>(n) == slot.size() ? decode(slot, state) : 0;
        if (sequence > best) {
            best = sequence;
            m_state = state;
        }
    }
    if (best == 0) {
        ::close(m_fd);
        throw UnlockAttemptsDamaged("the unlock counter " + m_path.string() + " is damaged");
    }
    m_sequence = best;
}

UnlockAttempts::~UnlockAttempts() {
    ::close(m_fd);
}

void UnlockAttempts::record(AttemptState state) {
    const auto sequence = m_sequence + 1;
    const auto slot = encode(sequence, state);
    const auto n =
        ::pwrite(m_fd, slot.data(), slot.size(), static_cast<off_t>(kSlotOffset[sequence % 2]));
    if (n != static_cast<ssize_t>(slot.size())) {
        if (n >= 0) {
            errno = EIO;
        }
        fail("cannot write the unlock counter", m_path);
    }
    if (::fdatasync(m_fd) != 0) {
        fail("cannot sync the unlock counter", m_path);
    }
    m_sequence = sequence;
    m_state = state;
}

}  // namespace veldwerk::vault
