// A fresh directory under the system temp dir, removed with everything in it at scope end.
#pragma once

#include <filesystem>
#include <string>

namespace veldwerk::testing {

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

// Every byte of every file below dir, for "this string appears nowhere on disk" checks.
bool anyFileContains(const std::filesystem::path& dir, const std::string& needle);

}  // namespace veldwerk::testing
