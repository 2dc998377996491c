#include "sync/server/transaction.h"

#include <chrono>
#include <thread>

namespace veldwerk::sync::server {

void inTransaction(SqlConnection& db, SqlTransaction::Kind kind,
                   const std::function<void(SqlTransaction&)>& fn) {
    for (int attempt = 1;; ++attempt) {
        try {
            SqlTransaction tx(db, kind);
            fn(tx);
            return;
        } catch (const SqlError& e) {
            if (!e.transient() || attempt >= kTransactionAttempts) {
                throw;
            }
        }
        // Back off a little more each time so competing writers spread out.
        std::this_thread::sleep_for(std::chrono::milliseconds(10 * attempt * attempt));
    }
}

}  // namespace veldwerk::sync::server
