// Serialises the writers of a vault's small files (vault.header, vault.attempts, the removal of
// old database files, a re-key's switch) across processes: the app and veldwerk-cli may work on
// one vault at the same time. An flock(2) on the vault directory itself, so taking it needs no
// file to be created (nothing to leave behind, and it works on a full disk).
#pragma once

#include <filesystem>

namespace veldwerk::vault {

class VaultLock {
public:
    // Waits up to about 10 s for the lock, then throws VaultError(Busy).
    explicit VaultLock(const std::filesystem::path& dir);
    ~VaultLock();
    VaultLock(const VaultLock&) = delete;
    VaultLock& operator=(const VaultLock&) = delete;

private:
    int m_fd = -1;
};

}  // namespace veldwerk::vault
