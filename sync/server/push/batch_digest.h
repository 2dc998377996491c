// What makes two pushes "the same batch" (PROTOCOL.md "Idempotency"): the BLAKE2b-256 hash of the
// batch's canonical content: the request as the codec writes them (fixed field order, so neither
// whitespace nor key order of the body matters), with its id.
#pragma once

#include <string>

#include "sync/protocol/messages.h"

namespace veldwerk::sync::server {

// 64 lowercase hex characters.
std::string batchDigest(const PushRequest& request);

}  // namespace veldwerk::sync::server
