#include "sync/server/group_commit.h"

#include <chrono>
#include <thread>

#include "sync/server/transaction.h"

namespace veldwerk::sync::server {

namespace {

// Runs one work inside its own savepoint; true when it kept its writes.
bool inSavepoint(SqlConnection& db, const std::function<void(SqlConnection&)>& work,
                 std::exception_ptr& error) {
    db.query("SAVEPOINT group_work");
    try {
        work(db);
    } catch (const SqlError& e) {
        if (e.transient()) {
            throw;  // the whole group is retried
        }
        error = std::current_exception();
    } catch (...) {
        error = std::current_exception();
    }
    if (error) {
        db.query("ROLLBACK TO SAVEPOINT group_work");
    }
    db.query("RELEASE SAVEPOINT group_work");
    return !error;
}

}  // namespace

void GroupCommit::lead(SqlConnection& db, std::deque<Item*>& group) {
    for (int attempt = 1;; ++attempt) {
        try {
            SqlTransaction tx(db, SqlTransaction::Kind::Write);
            for (auto* item : group) {
                item->error = nullptr;
                inSavepoint(db, *item->work, item->error);
            }
            tx.commit();
            return;
        } catch (const SqlError& e) {
            if (!e.transient() || attempt >= kTransactionAttempts) {
                for (auto* item : group) {
                    item->error = std::current_exception();
                }
                return;
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10 * attempt * attempt));
    }
}

void GroupCommit::run(const std::function<void(SqlConnection&)>& work) {
    Item item;
    item.work = &work;
    std::unique_lock lock(m_mutex);
    m_waiting.push_back(&item);
    while (!item.done) {
        m_changed.wait(lock, [&] { return item.done || !m_leading; });
        if (item.done) {
            break;
        }
        // No transaction is running: this caller leads the next group, the works waiting now.
        m_leading = true;
        std::deque<Item*> group;
        while (!m_waiting.empty() && group.size() < kMaxWorks) {
            group.push_back(m_waiting.front());
            m_waiting.pop_front();
        }
        lock.unlock();
        try {
            m_lend([&](SqlConnection& db) { lead(db, group); });
        } catch (...) {  // no connection, out of memory: the group fails, the next may still lead
            for (auto* i : group) {
                i->error = std::current_exception();
            }
        }
        lock.lock();
        if (group.size() > 1) {
            m_shared += group.size();
        }
        for (auto* i : group) {
            i->done = true;
        }
        m_leading = false;
        m_changed.notify_all();
    }
    if (item.error) {
        std::rethrow_exception(item.error);
    }
}

std::size_t GroupCommit::sharedCommits() const {
    std::lock_guard lock(m_mutex);
    return m_shared;
}

std::size_t GroupCommit::waiting() const {
    std::lock_guard lock(m_mutex);
    return m_waiting.size();
}

}  // namespace veldwerk::sync::server
