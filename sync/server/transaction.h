// Runs one unit of work in a transaction and retries it as a whole when the database reports a
// transient failure (busy, serialization failure, deadlock). The work must be repeatable: it
// reads everything it decides on inside the transaction.
#pragma once

#include <functional>

#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

constexpr int kTransactionAttempts = 5;

// fn runs inside an open transaction of `kind` and commits it itself via the SqlTransaction it
// gets (so a read-only fn may simply return; an uncommitted transaction is rolled back).
void inTransaction(SqlConnection& db, SqlTransaction::Kind kind,
                   const std::function<void(SqlTransaction&)>& fn);

}  // namespace veldwerk::sync::server
