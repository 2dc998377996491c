// Valid sample messages of every type, for round trips and as the base of malformed variants.
#pragma once

#include <string>

#include "sync/protocol/messages.h"

namespace veldwerk::sync::samples {

// Deterministic 32-hex ids: id('a') = "aaaa...a".
std::string id(char c);

PushRequest pushRequest();
PushResponse pushResponse();
PullResponse pullResponse();
EnrollRequest enrollRequest();
EnrollResponse enrollResponse();
AuditUploadRequest auditUpload();
ErrorBody errorBody();

// A valid push request body as literal JSON, with one change (for hand-made malformed variants).
extern const char* const kPushJson;

}  // namespace veldwerk::sync::samples
