// A body compressed for the wire (Content-Encoding: gzip, RFC 1952), with zlib: a device's push
// on its way up and a server's larger answers on their way down. Sync bodies are repetitive JSON:
// compressed they are a fraction of their size on a home's weak mobile link. The server inflates
// a request within its body limit (PROTOCOL.md "Errors", 415 and 413).
#pragma once

#include <string>

namespace veldwerk::sync {

// Fastest level: a tablet's CPU is the scarcer resource, and JSON compresses well even so.
// A small compressor (about 40 KiB, not zlib's default 256 KiB): a server compresses answers on
// up to one thread per device at once, and the 8 KiB window still spans the repeats of a message.
std::string gzipBody(const std::string& body);

// Whether an Accept-Encoding header takes gzip (RFC 9110 12.5.3): "gzip" or "x-gzip" listed,
// not with q=0; "*" with a non-zero weight takes it too.
bool acceptsGzip(const std::string& acceptEncoding);

}  // namespace veldwerk::sync
