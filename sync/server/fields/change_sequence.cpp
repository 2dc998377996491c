#include "sync/server/fields/change_sequence.h"

namespace veldwerk::sync::server {

ChangeSequence::ChangeSequence(SqlConnection& db)
    : m_db(db), m_start(current(db)), m_value(m_start) {}

std::int64_t ChangeSequence::current(SqlConnection& db) {
    return asInt(db.query("SELECT value FROM counters WHERE name = 'change_seq'").at(0).at(0));
}

void ChangeSequence::save() {
    if (m_value != m_start) {
        m_db.query("UPDATE counters SET value = ? WHERE name = 'change_seq'", {m_value});
        m_start = m_value;
    }
}

}  // namespace veldwerk::sync::server
