// DIR/vault.attempts: the failed-unlock counter and the attempt under way, apart from the header
// so that an unlock never rewrites the header (a rewrite through a temporary file needs free
// space: on a full disk that locked the user out).
//
// The file has a fixed size, written when the vault is created; every update overwrites one of
// its two slots in place (pwrite + fdatasync), so it needs no free space. The slots alternate
// and carry a sequence number and a hash: a write torn by a power loss leaves the other, older
// slot, never an unreadable counter.
//
// How an unlock uses it (Vault::open): `pending` is set before the key is derived; the verdict
// (right: failed = 0; proven wrong: failed + 1) is written, and pending cleared, before the
// verdict is shown to anyone. A pending attempt found by the next unlock never reached a verdict
// that anyone saw: it is dropped, not counted. Killing the process therefore gains an attacker
// nothing — before the write nothing was learned, after it the failure is counted.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>

namespace veldwerk::vault {

struct AttemptState {
    int failed = 0;        // consecutive passphrases proven wrong
    bool pending = false;  // an attempt started and has no verdict yet
    bool operator==(const AttemptState& o) const {
        return failed == o.failed && pending == o.pending;
    }
};

// The file is missing (where it must exist) or holds no valid slot.
class UnlockAttemptsDamaged : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class UnlockAttempts {
public:
    static constexpr const char* kFileName = "vault.attempts";

    // Writes a new file (atomically: temporary, fsync, rename) holding `initial`.
    static void create(const std::filesystem::path& dir, AttemptState initial);
    // Opens the file. When there is none and `ifAbsent` is given (a vault from before this file)
    // it is created holding that; without it a missing file is damage. Throws
    // UnlockAttemptsDamaged, or std::runtime_error when it cannot be read or created.
    explicit UnlockAttempts(const std::filesystem::path& dir,
                            std::optional<AttemptState> ifAbsent = std::nullopt);
    ~UnlockAttempts();
    UnlockAttempts(const UnlockAttempts&) = delete;
    UnlockAttempts& operator=(const UnlockAttempts&) = delete;

    AttemptState state() const { return m_state; }
    // Durably replaces the state, in place. Throws std::runtime_error (e.g. an I/O error).
    void record(AttemptState state);

private:
    std::filesystem::path m_path;
    int m_fd = -1;
    std::uint64_t m_sequence = 0;
    AttemptState m_state;
};

}  // namespace veldwerk::vault
