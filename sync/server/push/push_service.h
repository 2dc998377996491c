// POST /v1/push: one batch in one write transaction, shared with the batches of other devices
// pushing at the same moment (group_commit.h: each batch in its own savepoint). A batch id seen
// before (per device) returns the stored response and applies nothing (PROTOCOL.md "Idempotency");
// otherwise every change is applied on its own (a refusal refuses only that change), numbered with
// the global sequence, and the response is stored with them. A change carrying a clock more than 24
// h ahead refuses the whole batch (409 clock_skew) before anything is applied.
#pragma once

#include <cstdint>

#include "sync/protocol/messages.h"
#include "sync/server/caller.h"
#include "sync/server/group_commit.h"
#include "sync/server/push/merge_policies.h"
#include "sync/server/store/sql_connection.h"

namespace veldwerk::sync::server {

class PushService {
public:
    // commits: the process's group commit (shared with the other writers of requests).
    PushService(const MergePolicies& policies, GroupCommit& commits)
        : m_policies(policies), m_commits(commits) {}

    // clockOffsetMs: the device clock's offset measured from this request's Veldwerk-Clock. The
    // caller holds no database connection (the group's leader borrows one).
    PushResponse push(const Caller& caller, const PushRequest& request, std::int64_t nowMs,
                      std::int64_t clockOffsetMs) const;

private:
    PushResponse apply(SqlConnection& db, const Caller& caller, const PushRequest& request,
                       std::int64_t nowMs, std::int64_t clockOffsetMs) const;

    const MergePolicies& m_policies;
    GroupCommit& m_commits;
};

}  // namespace veldwerk::sync::server
