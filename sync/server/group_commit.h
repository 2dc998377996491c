// Write transactions of concurrent requests committed together (group commit). Every write holds
// the database's one write lock, and each commit waits for the disk (SQLite's WAL fsync, the
// PostgreSQL WAL flush): 200 pushes at once queued behind 200 commits. Here the works waiting at
// the moment a transaction starts run in that one transaction on one connection, each inside its
// own SAVEPOINT, and are committed at once. A work that throws is rolled back to its savepoint
// (nothing of it stays) and its caller gets the exception; the others commit. A transient error
// (busy, serialization, deadlock) rolls the group back and retries it as a whole, like
// inTransaction. Works run one after another in the order they came, each seeing the earlier
// ones, as separate write transactions in that order would: the global change sequence and every
// check-then-insert stay as they were.
// Only the leader holds a database connection, borrowed when its group starts: a work waiting for
// its group holds none, so reads (pulls) never wait for connections held by queued writers. A
// caller must therefore not hold a connection of the same pool while it calls run (with the pool
// used up by waiters, the leader could not get one).
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <utility>

#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

// Lends a database connection for the duration of `use`: the server's pool (a request thread
// borrows one only while it works on the database); in tests, the test's one connection.
using LendConnection = std::function<void(const std::function<void(SqlConnection&)>&)>;

class GroupCommit {
public:
    explicit GroupCommit(LendConnection lend) : m_lend(std::move(lend)) {}

    // At most this many works share one transaction (its write lock is held for all of them).
    static constexpr std::size_t kMaxWorks = 32;

    // Runs work inside a write transaction, possibly with others, on the connection the group's
    // leader borrowed; returns once its transaction has committed, or throws what work threw
    // (then nothing of work was kept). work must be repeatable, like inTransaction's, and must
    // neither begin nor commit a transaction itself. The caller holds no connection meanwhile.
    void run(const std::function<void(SqlConnection&)>& work);

    // Works that were committed in a transaction with at least one other (for tests and the
    // bench's figures).
    std::size_t sharedCommits() const;
    // Works queued behind the running transaction.
    std::size_t waiting() const;

private:
    struct Item {
        const std::function<void(SqlConnection&)>* work = nullptr;
        std::exception_ptr error;
        bool done = false;
    };
    void lead(SqlConnection& db, std::deque<Item*>& group);

    LendConnection m_lend;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item*> m_waiting;
    bool m_leading = false;
    std::size_t m_shared = 0;
};

}  // namespace veldwerk::sync::server
