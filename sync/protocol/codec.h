// The one parser and printer of sync messages (PROTOCOL.md). Parsing is strict: wrong types,
// unknown fields, ids of the wrong shape, oversize arrays or strings all raise ProtocolError
// with an English message that says which field ("changes[3].baseVersion: must be a
// non-negative integer"); nothing is partially accepted. Messages never quote field values (they
// may be client data). Encoding checks the same rules and throws ProtocolError rather than print
// what no receiver would accept: that includes a body over kMaxBodyBytes, so a sender must also
// split by size. Only ProtocolError is ever thrown. Fuzzed (tests/fuzz/sync).
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

#include "sync/protocol/messages.h"

namespace veldwerk::sync {

class ProtocolError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The message is well-formed but over a size limit: a body over kMaxBodyBytes or an array over
// its limit (a push of more than kMaxBatchChanges changes). A server answers 413 too_large.
class ProtocolTooLarge : public ProtocolError {
public:
    using ProtocolError::ProtocolError;
};

std::string encode(const PushRequest& m);
std::string encode(const PushResponse& m);
std::string encode(const PullResponse& m);
std::string encode(const EnrollRequest& m);
std::string encode(const EnrollResponse& m);
std::string encode(const AuditUploadRequest& m);
std::string encode(const EmergencyAccessRequest& m);
std::string encode(const EmergencyAccessResponse& m);
std::string encode(const ErrorBody& m);

PushRequest decodePushRequest(std::string_view json);
PushResponse decodePushResponse(std::string_view json);
PullResponse decodePullResponse(std::string_view json);
EnrollRequest decodeEnrollRequest(std::string_view json);
EnrollResponse decodeEnrollResponse(std::string_view json);
AuditUploadRequest decodeAuditUploadRequest(std::string_view json);
EmergencyAccessRequest decodeEmergencyAccessRequest(std::string_view json);
EmergencyAccessResponse decodeEmergencyAccessResponse(std::string_view json);
ErrorBody decodeErrorBody(std::string_view json);

const char* toString(PushOutcome outcome);

// A pull is a GET: its request travels as query parameters, "since=N&limit=N[&case=ID]".
std::string toQuery(const PullRequest& request);
// Validates the parameters as decoded from the URL: since (required, integer >= 0), limit
// (1..kMaxPullLimit, default kDefaultPullLimit), case (optional id); anything else is refused.
PullRequest parsePullQuery(const std::map<std::string, std::string>& params);

}  // namespace veldwerk::sync
