// The SQLite store's encryption key: 32 random bytes in PATH.key next to the database file,
// owner-only (0600), followed on stores made since 2026-12 by the store's SQLCipher page size,
// which the encrypted file cannot tell (4 bytes, big-endian), and a BLAKE2b tag over it keyed
// with the key (16 bytes). A key file of only the 32 bytes belongs to a store
// made before: 1 KiB pages. Created on first use; two processes creating it at once agree on
// one key and page size (the whole file is linked into place at once).
#pragma once

#include <filesystem>

#include "core/vault/secret.h"

namespace veldwerk::sync::server {

// The page size of every store made from now on: a push dirties about a quarter of the pages
// it did with SQLCipher 3's 1 KiB, each with its own IV, HMAC and WAL frame.
constexpr int kNewStorePageSize = 4096;

struct StoreKey {
    vault::SecretBytes key;
    int cipherPageSize = 0;  // what vault::Database::open takes: 1024 for a store made before
};

// The key file that belongs to a database file: PATH.key.
std::filesystem::path keyFileFor(const std::filesystem::path& database);

// Reads the key for `database`, creating it (with kNewStorePageSize) when neither the key file
// nor a non-empty database file exist yet. Throws SqlError when the key file is missing for an
// existing database, has another length than 32 or 52 bytes, or its page size record does not
// match its tag (damaged: nothing is created or changed then).
StoreKey loadOrCreateKey(const std::filesystem::path& database);

}  // namespace veldwerk::sync::server
