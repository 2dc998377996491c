#include "sync/server/store/sqlite_key_file.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "core/vault/durable_file.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

namespace {
constexpr std::size_t kKeySize = 32;

[[noreturn]] void fail(const std::string& what, const std::filesystem::path& path) {
    throw SqlError(what + " " + path.string() + ": " + std::strerror(errno));
}

// Reads exactly the key; std::nullopt-like "false" when the file does not exist.
bool readKey(const std::filesystem::path& path, vault::SecretBytes& key) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) {
            return false;
        }
        fail("cannot open key file", path);
    }
    std::size_t done = 0;
    while (done < kKeySize) {
        const auto n = ::read(fd, key.data() + done, kKeySize - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        done += static_cast<std::size_t>(n);
    }
    char extra = 0;
    const auto more = ::read(fd, &extra, 1);
    ::close(fd);
    if (done != kKeySize || more != 0) {
        throw SqlError("key file " + path.string() + " is not a 32-byte key");
    }
    return true;
}

// Writes a fresh key to a private temporary file and links it into place: link() fails when
// another process got there first, and then its key is the one to use.
void createKey(const std::filesystem::path& path) {
    vault::SecretBytes key(kKeySize);
    randombytes_buf(key.data(), kKeySize);
    const auto tmp = std::filesystem::path(path.string() + ".tmp-" + vault::randomHex(8));
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        fail("cannot create key file", tmp);
    }
    std::size_t done = 0;
    while (done < kKeySize) {
        const auto n = ::write(fd, key.data() + done, kKeySize - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            ::close(fd);
            ::unlink(tmp.c_str());
            fail("cannot write key file", tmp);
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        ::close(fd);
        ::unlink(tmp.c_str());
        fail("cannot sync key file", tmp);
    }
    ::close(fd);
    const int rc = ::link(tmp.c_str(), path.c_str());
    const int linkErrno = errno;
    ::unlink(tmp.c_str());
    if (rc != 0 && linkErrno != EEXIST) {
        errno = linkErrno;
        fail("cannot create key file", path);
    }
    vault::syncToDisk(path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path());
}
}  // namespace

std::filesystem::path keyFileFor(const std::filesystem::path& database) {
    return std::filesystem::path(database.string() + ".key");
}

vault::SecretBytes loadOrCreateKey(const std::filesystem::path& database) {
    vault::ensureSodium();
    const auto keyPath = keyFileFor(database);
    vault::SecretBytes key(kKeySize);
    if (readKey(keyPath, key)) {
        return key;
    }
    std::error_code ec;
    if (std::filesystem::file_size(database, ec) > 0 && !ec) {
        throw SqlError("database " + database.string() + " exists but its key file " +
                       keyPath.string() + " is missing");
    }
    createKey(keyPath);
    if (!readKey(keyPath, key)) {
        throw SqlError("key file " + keyPath.string() + " vanished after creation");
    }
    return key;
}

}  // namespace veldwerk::sync::server
