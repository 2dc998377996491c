// The fuzzer's seed corpus stays valid: each seed decodes as the message its name says.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "sync/protocol/codec.h"

using namespace veldwerk::sync;

namespace {

std::string seed(const char* name) {
    const auto path = std::filesystem::path(VELDWERK_SOURCE_DIR) / "tests/fuzz/sync/seeds" / name;
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("every fuzz seed is a valid message", "[protocol]") {
    CHECK(decodePushRequest(seed("push_request.json")).changes.size() == 3);
    CHECK(decodePushResponse(seed("push_response.json")).results.size() == 3);
    CHECK(decodePullResponse(seed("pull_response.json")).changes.at(0).conflict.size() == 2);
    CHECK(decodeEnrollRequest(seed("enroll_request.json")).user == "jansen");
    CHECK(decodeEnrollResponse(seed("enroll_response.json")).role == "jgt");
    CHECK(decodeAuditUploadRequest(seed("audit_upload.json")).entries.size() == 2);
    CHECK(decodeErrorBody(seed("error_body.json")).code == "malformed");
    const auto query = seed("pull_query.txt");
    CHECK(parsePullQuery(
              {{"since", "12"}, {"limit", "500"}, {"case", query.substr(query.rfind('=') + 1)}})
              .caseId.has_value());
}
