// Each message's fields, described once: the JSON name, the C++ member and its shape. Io is an
// ObjectReader (decoding, M non-const) or an ObjectWriter (encoding, M const), so decoding and
// encoding can never disagree about a name, a shape or a limit. Order follows PROTOCOL.md.
#pragma once

#include <concepts>
#include <type_traits>

#include "sync/protocol/messages.h"
#include "sync/protocol/shapes.h"

namespace veldwerk::sync::wire {

// M is T or const T.
template <class M, class T>
concept Of = std::same_as<std::remove_const_t<M>, T>;

// Which field of which record, and its value: the same in both directions.
template <class Io, class M>
void describeFieldValue(Io& io, M& m) {
    io.text("caseId", m.caseId, Shape::HexId);
    io.text("entity", m.entity, Shape::Entity);
    io.text("entityId", m.entityId, entityIdShape(m.entity));
    checkBelongsToCase(m.caseId, m.entity, m.entityId, io.pathOf("entityId"));
    io.text("field", m.field, Shape::Field);
    io.nullableText("value", m.value, Shape::Text);
}

template <class Io, Of<OutgoingChange> M>
void describe(Io& io, M& m) {
    io.counter("clientSeq", m.clientSeq);
    describeFieldValue(io, m);
    io.counter("baseVersion", m.baseVersion);
    io.clock("hlc", m.hlc);
    io.text("author", m.author, Shape::HexId);
    io.text("role", m.role, Shape::Role);
}

template <class Io, Of<PushRequest> M>
void describe(Io& io, M& m) {
    io.text("batchId", m.batchId, Shape::BatchId);
    io.list("changes", m.changes, kMaxBatchChanges);
}

template <class Io, Of<PushResult> M>
void describe(Io& io, M& m) {
    io.counter("clientSeq", m.clientSeq);
    io.outcome("outcome", m.outcome);
    io.counter("version", m.version);
    io.text("reason", m.reason, Shape::Text);
}

template <class Io, Of<PushResponse> M>
void describe(Io& io, M& m) {
    io.list("results", m.results, kMaxBatchChanges);
    io.clock("serverClock", m.serverClock);
}

template <class Io, Of<Sibling> M>
void describe(Io& io, M& m) {
    io.counter("version", m.version);
    io.nullableText("value", m.value, Shape::Text);
    io.text("author", m.author, Shape::HexId);
    io.text("role", m.role, Shape::Role);
    io.text("device", m.device, Shape::HexId);
    io.clock("hlc", m.hlc);
}

template <class Io, Of<SettledConflict> M>
void describe(Io& io, M& m) {
    io.counter("version", m.version);
    io.text("kind", m.kind, Shape::Word);
    checkSettlementKind(m.kind, io.pathOf("kind"));
    io.nullableText("value", m.value, Shape::Text);
    io.text("author", m.author, Shape::HexId);
    io.text("role", m.role, Shape::Role);
    io.text("device", m.device, Shape::HexId);
    io.clock("hlc", m.hlc);
    io.list("sides", m.sides, kMaxConflictSiblings);
}

template <class Io, Of<IncomingChange> M>
void describe(Io& io, M& m) {
    io.counter("seq", m.seq);
    describeFieldValue(io, m);
    io.counter("version", m.version);
    io.clock("hlc", m.hlc);
    io.text("author", m.author, Shape::HexId);
    io.text("role", m.role, Shape::Role);
    io.text("device", m.device, Shape::HexId);
    io.list("conflict", m.conflict, kMaxConflictSiblings);
    io.optionalList("resolved", m.resolved, kMaxConflictSiblings);
}

template <class Io, Of<UserInfo> M>
void describe(Io& io, M& m) {
    io.text("id", m.id, Shape::HexId);
    io.text("name", m.name, Shape::Name);
    io.text("role", m.role, Shape::Role);
    io.text("org", m.org, Shape::Label);
    io.optionalText("fullName", m.fullName, Shape::Text);
}

template <class Io, Of<OverdueVisit> M>
void describe(Io& io, M& m) {
    io.text("visitId", m.visitId, Shape::HexId);
    io.text("caseId", m.caseId, Shape::HexId);
    io.optionalText("workerId", m.workerId, Shape::Text);
    io.optionalText("workerName", m.workerName, Shape::Text);
    io.counter("startedAt", m.startedAt);
    io.counter("expectedEnd", m.expectedEnd);
    io.counter("since", m.since);
    io.counter("alertAt", m.alertAt);
    io.optionalText("alertBy", m.alertBy, Shape::Text);
    io.optionalText("lastCheckin", m.lastCheckin, Shape::Text);
    io.optionalText("lastCheckinBy", m.lastCheckinBy, Shape::Text);
}

template <class Io, Of<CrisisNumber> M>
void describe(Io& io, M& m) {
    io.text("kind", m.kind, Shape::Word);
    io.text("number", m.number, Shape::Name);
    io.counter("updatedAt", m.updatedAt);
}

template <class Io, Of<PullResponse> M>
void describe(Io& io, M& m) {
    io.list("changes", m.changes, kMaxPullLimit);
    io.textList("scope", m.scope, kMaxScopeItems, Shape::HexId);
    io.list("users", m.users, kMaxScopeItems);
    io.optionalList("overdue", m.overdue, kMaxScopeItems);
    io.optionalList("crisisCard", m.crisisCard, kMaxScopeItems);
    io.counter("cursor", m.cursor);
    io.flag("more", m.more);
    io.clock("serverClock", m.serverClock);
}

template <class Io, Of<EnrollRequest> M>
void describe(Io& io, M& m) {
    io.text("user", m.user, Shape::Name);
    io.text("password", m.password, Shape::Password);
    io.text("deviceLabel", m.deviceLabel, Shape::Label);
}

template <class Io, Of<EnrollResponse> M>
void describe(Io& io, M& m) {
    io.text("deviceId", m.deviceId, Shape::HexId);
    io.text("deviceToken", m.deviceToken, Shape::Token);
    io.text("userId", m.userId, Shape::HexId);
    io.text("role", m.role, Shape::Role);
    io.text("org", m.org, Shape::Label);
}

template <class Io, Of<AuditUpload> M>
void describe(Io& io, M& m) {
    io.counter("seq", m.seq);
    io.counter("atMs", m.atMs);
    io.text("user", m.user, Shape::HexId);
    io.text("action", m.action, Shape::Word);
    io.text("entity", m.entity, Shape::Word);
    io.text("entityId", m.entityId, Shape::Key);
    io.nullableText("caseId", m.caseId, Shape::HexId);
}

template <class Io, Of<AuditUploadRequest> M>
void describe(Io& io, M& m) {
    io.list("entries", m.entries, kMaxAuditEntries);
}

template <class Io, Of<EmergencyAccessRequest> M>
void describe(Io& io, M& m) {
    io.text("caseId", m.caseId, Shape::HexId);
    io.text("reason", m.reason, Shape::Text);
}

template <class Io, Of<EmergencyAccessResponse> M>
void describe(Io& io, M& m) {
    io.text("caseId", m.caseId, Shape::HexId);
    io.counter("expiresAt", m.expiresAt);
    io.clock("serverClock", m.serverClock);
}

// The message is optional on the wire ({"error": {"code": "device_revoked"}}).
template <class Io, Of<ErrorBody> M>
void describe(Io& io, M& m) {
    io.object("error", [&m](auto& inner) {
        inner.text("code", m.code, Shape::Word);
        inner.optionalText("message", m.message, Shape::Text);
        inner.optionalClock("serverClock", m.serverClock);
    });
}

}  // namespace veldwerk::sync::wire
