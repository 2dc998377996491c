#include "core/vault/durable_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

namespace veldwerk::vault {

namespace {
[[noreturn]] void fail(const std::string& what, const std::filesystem::path& path) {
    throw std::runtime_error(what + " " + path.string() + ": " + std::strerror(errno));
}
}  // namespace

void syncToDisk(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        fail("cannot open for sync", path);
    }
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0) {
        fail("cannot sync", path);
    }
}

void writeFileAtomically(const std::filesystem::path& path, std::string_view content) {
    const auto tmp = std::filesystem::path(path.string() + ".tmp");
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) {
        fail("cannot create", tmp);
    }
    std::size_t done = 0;
    while (done < content.size()) {
        const auto n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            ::close(fd);
            ::unlink(tmp.c_str());
            fail("cannot write", tmp);  // e.g. disk full: the old file is untouched
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        ::close(fd);
        ::unlink(tmp.c_str());
        fail("cannot sync", tmp);
    }
    ::close(fd);
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        ::unlink(tmp.c_str());
        fail("cannot replace", path);
    }
    syncToDisk(path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path());
}

}  // namespace veldwerk::vault
