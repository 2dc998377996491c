#include "sync/server/pull/pull_service.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "sync/server/access/case_scope.h"
#include "sync/server/audit/audit_trail.h"
#include "sync/server/consultations/consultation_ledger.h"
#include "sync/server/crisis/crisis_card.h"
#include "sync/server/fields/change_sequence.h"
#include "sync/server/fields/field_store.h"
#include "sync/server/fields/sql_chunks.h"
#include "sync/server/identity/device_registry.h"
#include "sync/server/pull/settled_conflicts.h"
#include "sync/server/server_clock.h"
#include "sync/server/transaction.h"
#include "sync/server/visits/overdue_visits.h"

namespace veldwerk::sync::server {

namespace {

constexpr const char* kColumns =
    "SELECT seq, case_id, entity, entity_id, field, value, version, hlc, author, role, device, "
    "in_conflict FROM fields ";

// The colleagues a device may show: every member (also former ones, who wrote history) of the
// cases in scope; for a JGT user also every active professional, whom they may add to a case.
std::vector<UserInfo> usersFor(SqlConnection& db, const Caller& caller, const ScopeQuery& scope) {
    std::string sql =
        "SELECT u.id, u.name, u.role, o.name, u.full_name FROM users u JOIN orgs o ON o.id = "
        "u.org_id WHERE "
        "u.id = ? OR u.id IN (SELECT user_id FROM case_members WHERE case_id IN (" +
        scope.sql + "))";
    std::vector<SqlValue> params{caller.userId};
    params.insert(params.end(), scope.params.begin(), scope.params.end());
    // Who asked a consultation in scope (a professional, so the answerer sees a colleague).
    sql += " OR u.id IN (SELECT asked_by FROM consultations WHERE id IN (" + scope.sql + "))";
    params.insert(params.end(), scope.params.begin(), scope.params.end());
    if (caller.role == "jgt") {
        sql += " OR (u.active = 1 AND u.role <> 'admin')";
    }
    std::vector<UserInfo> out;
    for (const auto& r : db.query(sql, params)) {
        out.push_back({asText(r[0]), asText(r[1]), asText(r[2]), asText(r[3]),
                       asOptionalText(r[4]).value_or("")});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
}

// Leaves out the caller's own states as sent in the batches the pull names (the device holds them
// since it settled their answers); every other state, also one the server wrote for it, is sent.
struct OwnStates {
    std::string sql;
    std::vector<SqlValue> params;
};

OwnStates ownStates(const Caller& caller, const PullRequest& request) {
    if (request.pushed.empty()) {
        return {};
    }
    OwnStates own{" AND (sent_batch IS NULL OR device <> ? OR sent_batch NOT IN (" +
                      placeholderList(request.pushed.size()) + "))",
                  {caller.deviceId}};
    own.params.insert(own.params.end(), request.pushed.begin(), request.pushed.end());
    return own;
}

IncomingChange readChange(const SqlRow& r) {
    IncomingChange c;
    c.seq = asInt(r[0]);
    c.caseId = asText(r[1]);
    c.entity = asText(r[2]);
    c.entityId = asText(r[3]);
    c.field = asText(r[4]);
    c.value = asOptionalText(r[5]);
    c.version = asInt(r[6]);
    c.hlc = static_cast<std::uint64_t>(asInt(r[7]));
    c.author = asText(r[8]);
    c.role = asText(r[9]);
    c.device = asText(r[10]);
    return c;
}

// One snapshot of what the pull sends; consultationCase: the case each sent consultation is
// linked to (its audit rows go under it).
PullResponse readPull(SqlConnection& db, const Caller& caller, const PullRequest& request,
                      std::int64_t nowMs,
                      std::map<std::string, std::optional<std::string>>& consultationCase) {
    PullResponse response;
    inTransaction(db, SqlTransaction::Kind::Read, [&](SqlTransaction& tx) {
        response = PullResponse{};
        consultationCase.clear();
        const auto scope = scopeQuery(caller);
        response.scope = scopeOf(db, caller);
        const auto counter = ChangeSequence::current(db);
        const auto limit = static_cast<std::int64_t>(request.limit);

        const auto own = ownStates(caller, request);
        std::vector<SqlRow> rows;
        if (request.caseId) {
            if (std::binary_search(response.scope.begin(), response.scope.end(), *request.caseId)) {
                std::vector<SqlValue> params{*request.caseId, request.since};
                params.insert(params.end(), own.params.begin(), own.params.end());
                params.emplace_back(limit + 1);
                rows = db.query(std::string(kColumns) + "WHERE case_id = ? AND seq > ?" + own.sql +
                                    " ORDER BY seq LIMIT ?",
                                params);
            }
        } else if (!response.scope.empty()) {
            std::vector<SqlValue> params{request.since};
            params.insert(params.end(), scope.params.begin(), scope.params.end());
            params.insert(params.end(), own.params.begin(), own.params.end());
            params.emplace_back(limit + 1);
            rows = db.query(std::string(kColumns) + "WHERE seq > ? AND case_id IN (" + scope.sql +
                                ")" + own.sql + " ORDER BY seq LIMIT ?",
                            params);
        }
        response.more = rows.size() > request.limit;
        if (response.more) {
            rows.resize(request.limit);
        }
        FieldStore fields(db);
        for (const auto& r : rows) {
            auto c = readChange(r);
            if (asInt(r[11]) != 0) {
                c.conflict = fields.siblings({c.entity, c.entityId, c.field});
            }
            response.changes.push_back(std::move(c));
        }
        if (request.resolved) {
            attachSettledConflicts(db, response.changes);
        }
        // Nothing in scope is newer than the counter in this snapshot, so a finished pull may
        // move the cursor there: the next no-op pull starts at the top of the sequence index. A
        // case fetch pages within its case only, so its cursor is the last change it sent.
        if (response.more || request.caseId) {
            response.cursor =
                response.changes.empty() ? request.since : response.changes.back().seq;
        } else {
            response.cursor = std::max(request.since, counter);
        }
        response.users = usersFor(db, caller, scope);
        for (const auto& c : response.changes) {
            if (c.entity == "consultation" && !consultationCase.count(c.entityId)) {
                consultationCase[c.entityId] = ConsultationLedger(db).auditCase(c.entityId);
            }
        }
        if (caller.role == "supervisor" && caller.teamId) {
            response.overdue = overdueVisits(db, nowMs, caller.teamId);
        }
        // Not client data: the numbers of the user's own organisation and team, from the token.
        response.crisisCard = CrisisCard(db).forUser(caller.orgId, caller.teamId);
        tx.commit();
    });
    return response;
}

// The audit rows of a pull: one "read" per case and per consultation sent, and per overdue visit.
std::vector<AuditRecord> readsOf(
    const Caller& caller, const PullResponse& response,
    std::map<std::string, std::optional<std::string>>& consultationCase) {
    std::vector<AuditRecord> reads;
    std::map<std::string, int> perCase;
    std::map<std::string, int> perConsultation;
    for (const auto& c : response.changes) {
        ++(c.entity == "consultation" ? perConsultation[c.entityId] : perCase[c.caseId]);
    }
    // A consultation is logged as itself, under the case it is linked to (else under none).
    for (const auto& [id, count] : perConsultation) {
        reads.push_back({"read", "ok", caller.userId, caller.deviceId, consultationCase[id],
                         "consultation", id,
                         std::to_string(count) + (count == 1 ? " field sent" : " fields sent")});
    }
    for (const auto& [caseId, count] : perCase) {
        reads.push_back({"read", "ok", caller.userId, caller.deviceId, caseId, "case", caseId,
                         std::to_string(count) + (count == 1 ? " field sent" : " fields sent")});
    }
    for (const auto& o : response.overdue) {
        reads.push_back({"read", "ok", caller.userId, caller.deviceId, o.caseId, "visit", o.visitId,
                         "overdue visit sent"});
    }
    return reads;
}

}  // namespace

PullResponse PullService::pull(const Caller& caller, const PullRequest& request, std::int64_t nowMs,
                               std::int64_t clockOffsetMs) const {
    PullResponse response;
    std::vector<AuditRecord> reads;
    const bool touch = DeviceRegistry::touchDue(caller.deviceLastSeenAt, nowMs);
    const auto record = [&](SqlConnection& to) {
        AuditTrail(to).appendAll(reads, nowMs);
        if (touch) {
            DeviceRegistry(to).touch(caller.deviceId, nowMs, clockOffsetMs);
        }
    };
    bool recorded = false;
    m_lend([&](SqlConnection& db) {
        std::map<std::string, std::optional<std::string>> consultationCase;  // id -> its case
        response = readPull(db, caller, request, nowMs, consultationCase);
        reads = readsOf(caller, response, consultationCase);
        if (db.dialect() == SqlDialect::Postgres && (!reads.empty() || touch)) {
            // Appending needs no write lock here, and a pull must not queue behind pushes for it
            // (in the group, 200 devices at once: pull p50 2-3 s instead of 17-56 ms).
            record(db);
            recorded = true;
        }
    });
    response.serverClock = serverClock(nowMs);
    if (!recorded && (!reads.empty() || touch)) {
        // SQLite: any write waits for the one write lock, polling; in the group it waits in line
        // (having given its connection back) and shares a commit (one fsync) with the writes of
        // the moment.
        m_commits.run(record);
    }
    return response;
}

}  // namespace veldwerk::sync::server
