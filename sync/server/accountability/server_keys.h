// Random 256-bit keys the server makes for itself and keeps in its own database (`server_keys`,
// by name), e.g. the key of the pseudonyms of destroyed cases and of the monitoring export. They
// protect what leaves the server (an export, a destruction record read alone), not the database
// itself: whoever holds the database holds the data anyway.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

constexpr std::size_t kServerKeyBytes = 32;

class ServerKeys {
public:
    explicit ServerKeys(SqlConnection& db) : m_db(db) {}

    // The key's bytes, made and stored on first use (inside a write transaction).
    std::string obtain(const std::string& name, std::int64_t nowMs);
    // The key's bytes if it was ever made.
    std::optional<std::string> find(const std::string& name);

private:
    SqlConnection& m_db;
};

// Keyed BLAKE2b of a case id: the same case and key always give the same 24 hex characters, and
// without the key nothing leads back to the case.
std::string casePseudonym(const std::string& key, const std::string& caseId);

// 64 hex characters -> 32 bytes; nullopt when the text is not that.
std::optional<std::string> keyFromHex(const std::string& hex);

}  // namespace veldwerk::sync::server
