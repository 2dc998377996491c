#include "sync/server/store/sqlite_key_file.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>

#include "core/vault/durable_file.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

namespace {
constexpr std::size_t kKeySize = 32;
constexpr std::size_t kPageSizeBytes = 4;
constexpr std::size_t kTagSize = 16;
constexpr std::size_t kRecordSize = kKeySize + kPageSizeBytes + kTagSize;
// SQLCipher 3's page size, what a key file of the key alone means.
constexpr int kLegacyPageSize = 1024;

[[noreturn]] void fail(const std::string& what, const std::filesystem::path& path) {
    throw SqlError(what + " " + path.string() + ": " + std::strerror(errno));
}

// The tag over the page size record: a flipped bit in it (or in the key) is reported as a
// damaged key file, not opened with a wrong page size and reported as a foreign database.
void tagOf(const std::uint8_t* key, const std::uint8_t* pageSize, std::uint8_t* tag) {
    static const std::string context = "veldwerk server store cipher page size";
    crypto_generichash_state state;
    crypto_generichash_init(&state, key, kKeySize, kTagSize);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(context.data()),
                              context.size());
    crypto_generichash_update(&state, pageSize, kPageSizeBytes);
    crypto_generichash_final(&state, tag, kTagSize);
    sodium_memzero(&state, sizeof state);
}

bool validPageSize(std::uint32_t size) {
    return size >= 512 && size <= 65536 && (size & (size - 1)) == 0;
}

// Reads the whole key file (at most one byte more than the longest form); false when it does
// not exist.
bool readKeyFile(const std::filesystem::path& path, vault::SecretBytes& buffer, std::size_t& size) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) {
            return false;
        }
        fail("cannot open key file", path);
    }
    size = 0;
    while (size < buffer.size()) {
        const auto n = ::read(fd, buffer.data() + size, buffer.size() - size);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            const int readErrno = errno;
            ::close(fd);
            errno = readErrno;
            fail("cannot read key file", path);
        }
        if (n == 0) {
            break;
        }
        size += static_cast<std::size_t>(n);
    }
    ::close(fd);
    return true;
}

bool readKey(const std::filesystem::path& path, StoreKey& out) {
    vault::SecretBytes buffer(kRecordSize + 1);
    std::size_t size = 0;
    if (!readKeyFile(path, buffer, size)) {
        return false;
    }
    const char* restore = "; restore it from the store's backup (the store itself is unchanged)";
    if (size != kKeySize && size != kRecordSize) {
        const auto length = size > kRecordSize ? "more than 52" : std::to_string(size);
        throw SqlError("key file " + path.string() + " is damaged: " + length +
                       " bytes, not a 32-byte key (with its page size record: 52)" + restore);
    }
    std::copy(buffer.data(), buffer.data() + kKeySize, out.key.data());
    if (size == kKeySize) {
        out.cipherPageSize = kLegacyPageSize;
        return true;
    }
    const std::uint8_t* record = buffer.data() + kKeySize;
    std::uint8_t tag[kTagSize];
    tagOf(buffer.data(), record, tag);
    const std::uint32_t pageSize = (std::uint32_t{record[0]} << 24U) |
                                   (std::uint32_t{record[1]} << 16U) |
                                   (std::uint32_t{record[2]} << 8U) | std::uint32_t{record[3]};
    if (sodium_memcmp(tag, record + kPageSizeBytes, kTagSize) != 0 || !validPageSize(pageSize)) {
        throw SqlError("key file " + path.string() +
                       " is damaged: its page size record does not match its key" + restore);
    }
    out.cipherPageSize = static_cast<int>(pageSize);
    return true;
}

// Writes a fresh key and page size record to a private temporary file and links it into place:
// link() fails when another process got there first, and then its file is the one to use.
void createKey(const std::filesystem::path& path) {
    vault::SecretBytes record(kRecordSize);
    randombytes_buf(record.data(), kKeySize);
    const auto size = static_cast<std::uint32_t>(kNewStorePageSize);
    std::uint8_t* pageSize = record.data() + kKeySize;
    for (std::size_t i = 0; i < kPageSizeBytes; ++i) {
        pageSize[i] = static_cast<std::uint8_t>(size >> (8U * (kPageSizeBytes - 1 - i)));
    }
    tagOf(record.data(), pageSize, pageSize + kPageSizeBytes);
    const auto tmp = std::filesystem::path(path.string() + ".tmp-" + vault::randomHex(8));
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        fail("cannot create key file", tmp);
    }
    std::size_t done = 0;
    while (done < kRecordSize) {
        const auto n = ::write(fd, record.data() + done, kRecordSize - done);
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

StoreKey loadOrCreateKey(const std::filesystem::path& database) {
    vault::ensureSodium();
    const auto keyPath = keyFileFor(database);
    StoreKey key{vault::SecretBytes(kKeySize)};
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
