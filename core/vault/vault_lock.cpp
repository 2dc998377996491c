#include "core/vault/vault_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include "core/vault/vault.h"

namespace veldwerk::vault {

VaultLock::VaultLock(const std::filesystem::path& dir) {
    m_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_fd < 0) {
        throw VaultError(
            errno == ENOENT ? VaultError::Kind::NotFound : VaultError::Kind::Io,
            "cannot open the vault directory " + dir.string() + ": " + std::strerror(errno));
    }
    // Holders keep it for milliseconds (a re-key for as long as its copy takes): wait, not fail.
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            ::close(m_fd);
            throw VaultError(VaultError::Kind::Io,
                             std::string("cannot lock the vault: ") + std::strerror(errno));
        }
        if (std::chrono::steady_clock::now() > giveUp) {
            ::close(m_fd);
            throw VaultError(VaultError::Kind::Busy,
                             "the vault is busy: another program is changing it; try again");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

VaultLock::~VaultLock() {
    ::close(m_fd);  // releases the lock
}

}  // namespace veldwerk::vault
