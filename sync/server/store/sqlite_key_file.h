// The SQLite store's encryption key: 32 random bytes in PATH.key next to the database file,
// owner-only (0600). Created on first use; two processes creating it at once agree on one key.
#pragma once

#include <filesystem>

#include "core/vault/secret.h"

namespace veldwerk::sync::server {

// The key file that belongs to a database file: PATH.key.
std::filesystem::path keyFileFor(const std::filesystem::path& database);

// Reads the key for `database`, creating it when neither the key file nor a non-empty database
// file exist yet. Throws SqlError when the key file is missing for an existing database or is
// not exactly 32 bytes.
vault::SecretBytes loadOrCreateKey(const std::filesystem::path& database);

}  // namespace veldwerk::sync::server
