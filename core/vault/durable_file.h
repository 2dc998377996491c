// Crash-safe file writes: a file is either entirely old or entirely new after a kill or power
// loss (write to a temporary, fsync, rename over, fsync the directory).
#pragma once

#include <filesystem>
#include <string_view>

namespace veldwerk::vault {

void writeFileAtomically(const std::filesystem::path& path, std::string_view content);
// fsync a file or directory so that what was written survives a power loss.
void syncToDisk(const std::filesystem::path& path);

}  // namespace veldwerk::vault
