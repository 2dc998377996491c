#include "tests/support/temp_dir.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace veldwerk::testing {

TempDir::TempDir() {
    std::string templ = (std::filesystem::temp_directory_path() / "veldwerk-test-XXXXXX").string();
    if (::mkdtemp(templ.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed");
    }
    m_path = templ;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

bool anyFileContains(const std::filesystem::path& dir, const std::string& needle) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
        if (!entry.is_regular_file()) {
            continue;
        }
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)),
                                std::istreambuf_iterator<char>());
        if (std::search(bytes.begin(), bytes.end(), needle.begin(), needle.end()) != bytes.end()) {
            return true;
        }
    }
    return false;
}

}  // namespace veldwerk::testing
