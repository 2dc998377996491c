// The global change sequence (PROTOCOL.md "Merge"): one counter row, read and written only under
// the write lock, so sequence numbers become visible in commit order and a pull's cursor never
// skips a change that commits later with a smaller number.
#pragma once

#include <cstdint>

#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

class ChangeSequence {
public:
    // Inside a write transaction: reads the counter.
    explicit ChangeSequence(SqlConnection& db);

    std::int64_t next() { return ++m_value; }
    std::int64_t last() const { return m_value; }
    // Writes the counter back when numbers were taken (call before commit).
    void save();

    // The last number handed out, as seen by the caller's transaction.
    static std::int64_t current(SqlConnection& db);

private:
    SqlConnection& m_db;
    std::int64_t m_start;
    std::int64_t m_value;
};

}  // namespace veldwerk::sync::server
