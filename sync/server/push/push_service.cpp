#include "sync/server/push/push_service.h"

#include <algorithm>
#include <numeric>

#include "sync/protocol/codec.h"
#include "sync/server/api_error.h"
#include "sync/server/audit/audit_trail.h"
#include "sync/server/fields/change_sequence.h"
#include "sync/server/fields/field_batch.h"
#include "sync/server/identity/device_registry.h"
#include "sync/server/push/batch_digest.h"
#include "sync/server/push/change_applier.h"
#include "sync/server/retention/case_closures.h"
#include "sync/server/server_clock.h"

namespace veldwerk::sync::server {

namespace {

// The order changes of one batch are applied in: what authorizes later changes first (the case,
// its consents, its members), the lifecycle status last (answers of a batch were made before the
// submission in it). Stable, so a device's own order holds within each group.
int applyRank(const OutgoingChange& c) {
    if (c.entity == "case") {
        return 0;
    }
    if (c.entity == "consent") {
        return 1;
    }
    if (c.entity == "member") {
        return 2;
    }
    if (c.entity == "assessment" && c.field == "status") {
        return 5;
    }
    if (c.entity == "answer" || c.entity == "event") {
        return 4;
    }
    return 3;
}

void refuseFutureClocks(const PushRequest& request, std::int64_t nowMs) {
    for (const auto& c : request.changes) {
        const auto ms = static_cast<std::int64_t>(clock::Hlc::fromPacked(c.hlc).wallMs);
        if (ms - nowMs > kMaxClockSkewMs) {
            (void)checkDeviceClock(c.hlc, nowMs);  // throws clock_skew with the server time
        }
    }
}

// What the batch will read: the fields it writes, and for answers their assessment's status and
// form (authorization and merge policy).
std::vector<FieldKey> fieldsRead(const PushRequest& request) {
    std::vector<FieldKey> keys;
    keys.reserve(request.changes.size() + 2);
    std::string lastAssessment;
    for (const auto& c : request.changes) {
        keys.push_back({c.entity, c.entityId, c.field});
        if (c.entity == "answer" && c.entityId != lastAssessment) {
            keys.push_back({"assessment", c.entityId, "status"});
            keys.push_back({"assessment", c.entityId, "form"});
            lastAssessment = c.entityId;
        }
    }
    return keys;
}

// A stored answer belongs to this request when it answers the same local changes, in order (a
// device's local sequence numbers each name one write of its own).
bool answersSameChanges(const PushResponse& stored, const PushRequest& request) {
    return std::equal(stored.results.begin(), stored.results.end(), request.changes.begin(),
                      request.changes.end(), [](const PushResult& r, const OutgoingChange& c) {
                          return r.clientSeq == c.clientSeq;
                      });
}

// A `case.closed_at` written takes the case out of every scope, kept for retention.
void recordClosures(SqlConnection& db, const Caller& caller, const PushRequest& request,
                    const PushResponse& response) {
    for (std::size_t i = 0; i < request.changes.size(); ++i) {
        const auto& c = request.changes[i];
        const auto closedAt = parseClosedAt(c.value);
        if (c.entity == "case" && c.field == "closed_at" && closedAt &&
            response.results[i].outcome == PushOutcome::Applied) {
            CaseClosures(db).record(c.caseId, *closedAt, caller.userId);
        }
    }
}

// N of the caller's own batch id "DEVICEID-N"; 0 for an id of any other form (nothing marked).
std::int64_t batchNumberOf(const std::string& batchId, const std::string& deviceId) {
    const auto prefix = deviceId + "-";
    if (batchId.size() <= prefix.size() || batchId.compare(0, prefix.size(), prefix) != 0 ||
        batchId.size() - prefix.size() > 18) {
        return 0;
    }
    std::int64_t n = 0;
    for (auto i = prefix.size(); i < batchId.size(); ++i) {
        if (batchId[i] < '0' || batchId[i] > '9') {
            return 0;
        }
        n = n * 10 + (batchId[i] - '0');
    }
    return n;
}

}  // namespace

PushResponse PushService::push(const Caller& caller, const PushRequest& request, std::int64_t nowMs,
                               std::int64_t clockOffsetMs) const {
    refuseFutureClocks(request, nowMs);
    PushResponse response;
    m_commits.run([&](SqlConnection& group) {
        response = apply(group, caller, request, nowMs, clockOffsetMs);
    });
    return response;
}

PushResponse PushService::apply(SqlConnection& db, const Caller& caller, const PushRequest& request,
                                std::int64_t nowMs, std::int64_t clockOffsetMs) const {
    std::vector<std::size_t> order(request.changes.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return applyRank(request.changes[a]) < applyRank(request.changes[b]);
    });

    const auto digest = batchDigest(request);
    const auto stored = db.query(
        "SELECT response, content_hash FROM push_batches WHERE device_id = ? AND batch_id = ?",
        {caller.deviceId, request.batchId});
    if (!stored.empty()) {
        auto response = decodePushResponse(asText(stored[0][0]));
        // A retry has the same content. Batches stored before hashes were kept are compared by
        // their local sequence numbers only.
        const auto storedDigest = asOptionalText(stored[0][1]);
        const bool same =
            storedDigest ? *storedDigest == digest : answersSameChanges(response, request);
        if (!same) {
            // Not a retry: the device numbered a new batch like an old one (a vault restored
            // from a copy reuses ids and local sequence numbers for new changes). The stored
            // answer is not for these changes; apply nothing.
            throw ApiError(409, "batch_reused",
                           "batch " + request.batchId +
                               " was already applied with other changes; send them under a new "
                               "batch id");
        }
        return response;
    }
    DeviceRegistry(db).touch(caller.deviceId, nowMs, clockOffsetMs);
    ChangeSequence sequence(db);
    FieldBatch fields(db);
    fields.preload(fieldsRead(request));
    ChangeApplier applier(db, fields, caller, m_policies, sequence, nowMs,
                          batchNumberOf(request.batchId, caller.deviceId));
    PushResponse response;
    response.results.resize(request.changes.size());
    for (const auto i : order) {
        response.results[i] = applier.apply(request.changes[i]);
    }
    recordClosures(db, caller, request, response);
    response.serverClock = serverClock(nowMs);
    fields.flush();
    sequence.save();
    AuditTrail(db).appendAll(applier.auditRecords(), nowMs);
    db.query(
        "INSERT INTO push_batches (device_id, batch_id, response, created_at, content_hash) "
        "VALUES (?, ?, ?, ?, ?)",
        {caller.deviceId, request.batchId, encode(response), nowMs, digest});
    return response;
}

}  // namespace veldwerk::sync::server
