// GET /v1/pull: the latest state of every field changed since the device's cursor, of the cases
// in the user's scope, in sequence order, a page at a time (PROTOCOL.md "Pull"); or one case whole
// (`case=ID&since=0`) when it is in scope. Read in one snapshot; the cases sent are then
// audit-logged ("read") before the answer leaves. A pull with nothing new writes nothing.
#pragma once

#include <cstdint>
#include <utility>

#include "sync/protocol/messages.h"
#include "sync/server/caller.h"
#include "sync/server/group_commit.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

class PullService {
public:
    // lend: where the read's connection comes from; commits: where a pull's audit rows go on
    // SQLite, with the other writes of the moment (after the read's connection is given back).
    PullService(LendConnection lend, GroupCommit& commits)
        : m_lend(std::move(lend)), m_commits(commits) {}

    // clockOffsetMs: the device clock's offset measured from this request (recorded at most
    // once a minute, so a no-op pull stays a read). The caller holds no database connection.
    PullResponse pull(const Caller& caller, const PullRequest& request, std::int64_t nowMs,
                      std::int64_t clockOffsetMs) const;

private:
    LendConnection m_lend;
    GroupCommit& m_commits;
};

}  // namespace veldwerk::sync::server
