#include "sync/engine/gzip_body.h"

#include <zlib.h>

#include <stdexcept>

namespace veldwerk::sync {

std::string gzipBody(const std::string& body) {
    z_stream stream{};
    // windowBits 15 + 16: a gzip header and trailer, not zlib's own format.
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        throw std::runtime_error("gzip: cannot start the compressor");
    }
    std::string out(deflateBound(&stream, static_cast<uLong>(body.size())), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
    stream.avail_in = static_cast<uInt>(body.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    deflateEnd(&stream);
    if (rc != Z_STREAM_END) {
        throw std::runtime_error("gzip: the body did not compress");
    }
    out.resize(stream.total_out);
    return out;
}

}  // namespace veldwerk::sync
