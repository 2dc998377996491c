// The one parser and printer of sync messages (PROTOCOL.md). Parsing is strict: wrong types,
// unknown fields, ids of the wrong shape, oversize arrays or strings all raise ProtocolError
// with an English message that says which field; nothing is partially accepted. Fuzzed.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "sync/protocol/messages.h"

namespace veldwerk::sync {

class ProtocolError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

std::string encode(const PushRequest& m);
std::string encode(const PushResponse& m);
std::string encode(const PullResponse& m);
std::string encode(const EnrollRequest& m);
std::string encode(const EnrollResponse& m);
std::string encode(const AuditUploadRequest& m);
std::string encode(const ErrorBody& m);

PushRequest decodePushRequest(std::string_view json);
PushResponse decodePushResponse(std::string_view json);
PullResponse decodePullResponse(std::string_view json);
EnrollRequest decodeEnrollRequest(std::string_view json);
EnrollResponse decodeEnrollResponse(std::string_view json);
AuditUploadRequest decodeAuditUploadRequest(std::string_view json);
ErrorBody decodeErrorBody(std::string_view json);

const char* toString(PushOutcome outcome);

}  // namespace veldwerk::sync
