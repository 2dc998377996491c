// A request body compressed for the wire (Content-Encoding: gzip, RFC 1952), with zlib. A push is
// repetitive JSON: compressed it is a fraction of its size on a home's weak mobile link, and the
// server inflates it within its body limit (PROTOCOL.md "Errors", 415 and 413).
#pragma once

#include <string>

namespace veldwerk::sync {

// Fastest level: a tablet's CPU is the scarcer resource, and JSON compresses well even so.
std::string gzipBody(const std::string& body);

}  // namespace veldwerk::sync
