#include "sync/cli/passphrase_source.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <stdexcept>

namespace veldwerk::cli {

namespace {
std::string promptOnTerminal(const std::string& prompt) {
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        return {};
    }
    (void)!::write(fd, prompt.data(), prompt.size());
    termios old{};
    const bool haveTerm = ::tcgetattr(fd, &old) == 0;
    if (haveTerm) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    std::string line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n') {
        line.push_back(c);
    }
    if (haveTerm) {
        ::tcsetattr(fd, TCSAFLUSH, &old);
    }
    (void)!::write(fd, "\n", 1);
    ::close(fd);
    return line;
}
}  // namespace

std::string readPassphrase(const char* envName, const std::string& prompt) {
    if (const char* env = std::getenv(envName); env != nullptr) {
        std::string value(env);
        ::unsetenv(envName);
        return value;
    }
    if (::isatty(STDIN_FILENO) == 0) {
        throw std::runtime_error(std::string("no passphrase: set ") + envName +
                                 " or run on a terminal");
    }
    auto value = promptOnTerminal(prompt);
    if (value.empty()) {
        throw std::runtime_error("no passphrase given");
    }
    return value;
}

}  // namespace veldwerk::cli
