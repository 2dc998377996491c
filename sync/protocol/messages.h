// The sync protocol's messages (PROTOCOL.md), as plain C++ values. Both ends use these types and
// only sync/protocol/codec.h turns them into JSON and back. Qt-free; standard library only.
// Every message compares with == (round-trip tests, resent batches).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace veldwerk::sync {

constexpr int kProtocolVersion = 1;
constexpr std::size_t kMaxBatchChanges = 500;
// A device clock further than this from the server's wall clock is refused (409 clock_skew).
constexpr std::int64_t kMaxClockSkewMs = 24LL * 60 * 60 * 1000;
constexpr std::size_t kMaxBodyBytes = 4u << 20;
constexpr std::size_t kMaxPullLimit = 1000;
constexpr std::size_t kDefaultPullLimit = 500;
// At most this many batch numbers in a pull's `pushed` (PROTOCOL.md, "Pull").
constexpr std::size_t kMaxPulledOwnBatches = 64;
// Further limits the codec enforces on both ends (decoding rejects, encoding refuses to produce).
constexpr std::size_t kMaxAuditEntries = 10000;     // entries of one audit upload
constexpr std::size_t kMaxConflictSiblings = 1000;  // siblings of one field in conflict
constexpr std::size_t kMaxScopeItems = 100000;      // scope ids, and users, of one pull page
constexpr std::size_t kMaxValueBytes = 64u << 10;   // a field value, reason or message
constexpr std::size_t kMaxNameBytes = 256;          // ids, field names, user and org names

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

    bool operator==(const OutgoingChange&) const = default;
};

struct PushRequest {
    std::string batchId;
    std::vector<OutgoingChange> changes;

    bool operator==(const PushRequest&) const = default;
};

enum class PushOutcome { Applied, Unchanged, Merged, Conflict, Refused };

struct PushResult {
    std::int64_t clientSeq = 0;
    PushOutcome outcome = PushOutcome::Applied;
    std::int64_t version = 0;  // the field's server version after this change (0 when refused)
    std::string reason;        // for Refused: English, for the quarantine and logs

    bool operator==(const PushResult&) const = default;
};

struct PushResponse {
    std::vector<PushResult> results;
    std::uint64_t serverClock = 0;

    bool operator==(const PushResponse&) const = default;
};

// One side of a conflict.
struct Sibling {
    std::int64_t version = 0;
    std::optional<std::string> value;
    std::string author;
    std::string role;
    std::string device;
    std::uint64_t hlc = 0;

    bool operator==(const Sibling&) const = default;
};

// A disagreement on a field that was closed: the sides it had when it closed, and the version
// that closed it (a JGT member's `resolution`, or an `agreement` when the sides came to agree),
// with its value, author and time as the server stored them.
struct SettledConflict {
    std::int64_t version = 0;
    std::string kind;  // resolution | agreement
    std::optional<std::string> value;
    std::string author;
    std::string role;
    std::string device;
    std::uint64_t hlc = 0;
    std::vector<Sibling> sides;  // by version

    bool operator==(const SettledConflict&) const = default;
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
    // The disagreements on this field that were closed (PROTOCOL.md "Pull": `resolved`), oldest
    // first; only to a device that asked for them, empty when none.
    std::vector<SettledConflict> resolved;

    bool operator==(const IncomingChange&) const = default;
};

struct PullRequest {
    std::int64_t since = 0;
    std::size_t limit = kDefaultPullLimit;
    std::optional<std::string> caseId;  // fetch one case whole (since = 0)
    // This device's push batches (their numbers N of "DEVICEID-N") whose answers it has settled
    // since its last completed pull: the states the server applied from them exactly as sent are
    // not sent back. Ascending, at most kMaxPulledOwnBatches.
    std::vector<std::int64_t> pushed;
    bool resolved = false;  // `resolved=1`: send each field's closed disagreements with it

    bool operator==(const PullRequest&) const = default;
};

// A colleague on one of the device's cases (to show who wrote what).
struct UserInfo {
    std::string id;
    std::string name;  // the login
    std::string role;
    std::string org;
    std::string fullName;  // as colleagues read it; empty until an admin sets it

    bool operator==(const UserInfo&) const = default;
};

// A visit of the supervisor's team that is overdue (PROTOCOL.md "Visits"): started, not ended,
// past its expected end plus the grace period, or with an alert. Times in ms since the epoch.
struct OverdueVisit {
    std::string visitId;
    std::string caseId;
    std::string workerId;  // who started it
    std::string workerName;
    std::int64_t startedAt = 0;
    std::int64_t expectedEnd = 0;
    std::int64_t since = 0;    // overdue since (the alert, or expected end + grace)
    std::int64_t alertAt = 0;  // 0: no alert
    std::string alertBy;       // the name of who raised it
    std::string lastCheckin;   // the latest check-in (a position stamp), "" when none reached us
    std::string lastCheckinBy;

    bool operator==(const OverdueVisit&) const = default;
};

// One number of the crisis card (PROTOCOL.md "Crisis card"): set by an admin on the server for
// the user's organisation (the after-hours number for their team), sent on every pull page.
struct CrisisNumber {
    std::string kind;            // veilig_thuis | crisis_service | after_hours | emergency (112)
    std::string number;          // as dialled: digits, spaces, +, -
    std::int64_t updatedAt = 0;  // ms since the epoch

    bool operator==(const CrisisNumber&) const = default;
};

struct PullResponse {
    std::vector<IncomingChange> changes;
    std::vector<std::string> scope;        // the case ids this device may hold
    std::vector<UserInfo> users;           // the members of those cases (every page)
    std::vector<OverdueVisit> overdue;     // supervisors: their team's overdue visits (every page)
    std::vector<CrisisNumber> crisisCard;  // the user's organisation and team (every page)
    std::int64_t cursor = 0;
    bool more = false;
    std::uint64_t serverClock = 0;

    bool operator==(const PullResponse&) const = default;
};

struct EnrollRequest {
    std::string user;
    std::string password;
    std::string deviceLabel;

    bool operator==(const EnrollRequest&) const = default;
};

struct EnrollResponse {
    std::string deviceId;
    std::string deviceToken;
    std::string userId;
    std::string role;
    std::string org;

    bool operator==(const EnrollResponse&) const = default;
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

    bool operator==(const AuditUpload&) const = default;
};

struct AuditUploadRequest {
    std::vector<AuditUpload> entries;

    bool operator==(const AuditUploadRequest&) const = default;
};

// Emergency access ("break the glass", PROTOCOL.md): a JGT professional or supervisor opens a
// case of their organisation they are not a member of, stating why.
struct EmergencyAccessRequest {
    std::string caseId;
    std::string reason;

    bool operator==(const EmergencyAccessRequest&) const = default;
};

struct EmergencyAccessResponse {
    std::string caseId;
    std::int64_t expiresAt = 0;  // ms since the epoch: the membership ends then
    std::uint64_t serverClock = 0;

    bool operator==(const EmergencyAccessResponse&) const = default;
};

struct ErrorBody {
    std::string code;
    std::string message;
    // The server's clock, sent with 409 clock_skew only (0: absent), so a device whose wall clock
    // is right again can tell that only its stored clock mark is still ahead.
    std::uint64_t serverClock = 0;

    bool operator==(const ErrorBody&) const = default;
};

}  // namespace veldwerk::sync
