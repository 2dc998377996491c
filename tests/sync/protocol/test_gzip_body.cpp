// The gzip bodies both ends send: what zlib inflates is the body, and the Accept-Encoding reading
// that decides whether a server may send one.
#include <zlib.h>

#include <catch2/catch.hpp>
#include <string>

#include "sync/protocol/gzip_body.h"

using veldwerk::sync::acceptsGzip;
using veldwerk::sync::gzipBody;

namespace {

std::string gunzip(const std::string& gz) {
    z_stream stream{};
    REQUIRE(inflateInit2(&stream, 15 + 16) == Z_OK);
    std::string out(1 << 20, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
    stream.avail_in = static_cast<uInt>(gz.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int rc = inflate(&stream, Z_FINISH);
    inflateEnd(&stream);
    REQUIRE(rc == Z_STREAM_END);
    out.resize(stream.total_out);
    return out;
}

}  // namespace

TEST_CASE("gzip body: inflates to the body, a repetitive one to a fraction of its size") {
    std::string page = R"({"changes":[)";
    for (int i = 0; i < 2000; ++i) {
        page += R"({"entity":"answer","field":"q)" + std::to_string(i % 20) + R"(","value":"ja"},)";
    }
    page += "{}]}";
    const auto gz = gzipBody(page);
    CHECK(gunzip(gz) == page);
    CHECK(gz.size() * 10 < page.size());
    CHECK(gunzip(gzipBody("")).empty());
}

TEST_CASE("gzip body: Accept-Encoding takes gzip only when listed with a weight above zero") {
    CHECK(acceptsGzip("gzip"));
    CHECK(acceptsGzip("gzip, deflate"));      // Qt's
    CHECK(acceptsGzip("br, gzip, deflate"));  // cpp-httplib's client
    CHECK(acceptsGzip("deflate, GZIP;q=0.5"));
    CHECK(acceptsGzip("x-gzip"));
    CHECK(acceptsGzip("*"));
    CHECK(acceptsGzip(" identity ; q=1 , gzip ; q=0.001"));
    CHECK_FALSE(acceptsGzip(""));
    CHECK_FALSE(acceptsGzip("identity"));
    CHECK_FALSE(acceptsGzip("br, deflate"));
    CHECK_FALSE(acceptsGzip("gzip;q=0"));
    CHECK_FALSE(acceptsGzip("gzip;q=0.000, *"));  // refused by name: * does not overrule
    CHECK_FALSE(acceptsGzip("*;q=0"));
    CHECK_FALSE(acceptsGzip("gzipped"));
    CHECK_FALSE(acceptsGzip("gzip;q=abc"));
}
