// The sync protocol's messages (PROTOCOL.md), as plain C++ values. Both ends use these types and
// only sync/protocol/codec.h turns them into JSON and back. Qt-free; standard library only.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace veldwerk::sync {

constexpr int kProtocolVersion = 1;
constexpr std::size_t kMaxBatchChanges = 500;
constexpr std::size_t kMaxBodyBytes = 4u << 20;
constexpr std::size_t kMaxPullLimit = 1000;

// One field write as a device pushes it.
struct OutgoingChange {
    std::int64_t clientSeq = 0;
    std::string caseId;
    std::string entity;
    std::string entityId;
    std::string field;
    std::optional<std::string> value;  // nullopt: tombstone
    std::int64_t baseVersion = 0;
    std::uint64_t hlc = 0;
    std::string author;  // user id
    std::string role;    // jgt | gi | supervisor
};

struct PushRequest {
    std::string batchId;
    std::vector<OutgoingChange> changes;
};

enum class PushOutcome { Applied, Unchanged, Merged, Conflict, Refused };

struct PushResult {
    std::int64_t clientSeq = 0;
    PushOutcome outcome = PushOutcome::Applied;
    std::int64_t version = 0;  // the field's server version after this change (0 when refused)
    std::string reason;        // for Refused: English, for the quarantine and logs
};

struct PushResponse {
    std::vector<PushResult> results;
    std::uint64_t serverClock = 0;
};

// One side of a conflict.
struct Sibling {
    std::int64_t version = 0;
    std::optional<std::string> value;
    std::string author;
    std::string role;
    std::string device;
    std::uint64_t hlc = 0;
};

// The latest state of one field, as the server sends it.
struct IncomingChange {
    std::int64_t seq = 0;
    std::string caseId;
    std::string entity;
    std::string entityId;
    std::string field;
    std::optional<std::string> value;
    std::int64_t version = 0;
    std::uint64_t hlc = 0;
    std::string author;
    std::string role;
    std::string device;
    std::vector<Sibling> conflict;  // empty unless the field is in conflict
};

struct PullRequest {
    std::int64_t since = 0;
    std::size_t limit = 500;
    std::optional<std::string> caseId;  // fetch one case whole (since = 0)
};

// A colleague on one of the device's cases (to show who wrote what).
struct UserInfo {
    std::string id;
    std::string name;
    std::string role;
    std::string org;
};

struct PullResponse {
    std::vector<IncomingChange> changes;
    std::vector<std::string> scope;  // the case ids this device may hold
    std::vector<UserInfo> users;     // the members of those cases (every page)
    std::int64_t cursor = 0;
    bool more = false;
    std::uint64_t serverClock = 0;
};

struct EnrollRequest {
    std::string user;
    std::string password;
    std::string deviceLabel;
};

struct EnrollResponse {
    std::string deviceId;
    std::string deviceToken;
    std::string userId;
    std::string role;
    std::string org;
};

// One entry of a device's local audit log, uploaded to the server.
struct AuditUpload {
    std::int64_t seq = 0;
    std::int64_t atMs = 0;
    std::string user;
    std::string action;
    std::string entity;
    std::string entityId;
    std::optional<std::string> caseId;
};

struct AuditUploadRequest {
    std::vector<AuditUpload> entries;
};

struct ErrorBody {
    std::string code;
    std::string message;
};

}  // namespace veldwerk::sync
