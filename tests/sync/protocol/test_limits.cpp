// Size limits: arrays, strings and whole bodies, both when decoding and when encoding.
#include <catch2/catch.hpp>

#include "samples.h"
#include "sync/protocol/codec.h"

using namespace veldwerk::sync;
using Catch::Matchers::StartsWith;

namespace {

std::string rejection(const std::function<void()>& run) {
    try {
        run();
    } catch (const ProtocolError& e) {
        return e.what();
    }
    return "(accepted)";
}

PushRequest pushOf(std::size_t count) {
    auto m = samples::pushRequest();
    m.changes.assign(count, m.changes.front());
    return m;
}

}  // namespace

TEST_CASE("a push batch holds at most kMaxBatchChanges changes", "[protocol]") {
    const auto full = pushOf(kMaxBatchChanges);
    REQUIRE(decodePushRequest(encode(full)) == full);

    CHECK(rejection([] { (void)encode(pushOf(kMaxBatchChanges + 1)); }) ==
          "changes: has more than 500 items");
    // Built by hand, since the encoder refuses: the decoder refuses as well.
    std::string json = encode(full);
    const auto first = json.find("{\"clientSeq\"");
    const auto second = json.find(",{\"clientSeq\"");
    json.insert(second, "," + json.substr(first, second - first));
    CHECK(rejection([&] { (void)decodePushRequest(json); }) == "changes: has more than 500 items");
    // Over a limit is its own kind, so a server can answer 413 instead of 400.
    CHECK_THROWS_AS(decodePushRequest(json), ProtocolTooLarge);
    CHECK_THROWS_AS(encode(pushOf(kMaxBatchChanges + 1)), ProtocolTooLarge);
}

TEST_CASE("only size limits raise ProtocolTooLarge", "[protocol]") {
    auto m = samples::pushRequest();
    m.changes[0].baseVersion = -1;
    try {
        (void)encode(m);
        FAIL("encoded");
    } catch (const ProtocolTooLarge&) {
        FAIL("a shape error reported as too large");
    } catch (const ProtocolError&) {
    }
    std::string json = "{\"x\":[0";
    for (std::size_t i = 0; i < 100001; ++i) {
        json += ",0";
    }
    CHECK_THROWS_AS(decodePullResponse(json + "]}"), ProtocolTooLarge);
}

TEST_CASE("a pull page holds at most kMaxPullLimit changes", "[protocol]") {
    auto page = samples::pullResponse();
    page.changes.assign(kMaxPullLimit, page.changes.front());
    REQUIRE(decodePullResponse(encode(page)) == page);
    page.changes.push_back(page.changes.front());
    CHECK(rejection([&] { (void)encode(page); }) == "changes: has more than 1000 items");
}

TEST_CASE("an audit upload holds at most kMaxAuditEntries entries", "[protocol]") {
    AuditUploadRequest upload;
    upload.entries.assign(kMaxAuditEntries, samples::auditUpload().entries[1]);
    REQUIRE(decodeAuditUploadRequest(encode(upload)) == upload);
    upload.entries.push_back(upload.entries.front());
    CHECK(rejection([&] { (void)encode(upload); }) == "entries: has more than 10000 items");
}

TEST_CASE("strings have limits: values 64 KiB, names and fields 256 bytes", "[protocol]") {
    auto m = samples::pushRequest();
    m.changes[0].value = std::string(kMaxValueBytes, 'x');
    REQUIRE(decodePushRequest(encode(m)) == m);
    m.changes[0].value = std::string(kMaxValueBytes + 1, 'x');
    CHECK_THAT(rejection([&] { (void)encode(m); }),
               StartsWith("changes[0].value: must be at most 65536 bytes"));

    auto users = samples::pullResponse();
    users.users[1].name = std::string(kMaxNameBytes, 'n');
    REQUIRE(decodePullResponse(encode(users)) == users);
    users.users[1].name += "n";
    CHECK_THAT(rejection([&] { (void)encode(users); }), StartsWith("users[1].name: must be 1 to"));

    auto enroll = samples::enrollRequest();
    enroll.password = std::string(1025, 'p');
    CHECK_THAT(rejection([&] { (void)encode(enroll); }), StartsWith("password: must be 1 to"));
}

TEST_CASE("bodies over kMaxBodyBytes are refused both ways", "[protocol]") {
    std::string big = "{\"batchId\":\"a\",\"changes\":[]}";
    big.append(kMaxBodyBytes, ' ');
    CHECK(rejection([&] { (void)decodePushRequest(big); }) == "body: larger than 4194304 bytes");
    CHECK_THROWS_AS(decodePushRequest(big), ProtocolTooLarge);
    // Exactly at the limit is fine (trailing whitespace is allowed JSON).
    big.resize(kMaxBodyBytes);
    CHECK(decodePushRequest(big).batchId == "a");

    // 72 changes of 60000 bytes each are within every per-field and count limit but not within
    // the body limit: the encoder refuses rather than produce what no receiver accepts.
    auto m = pushOf(72);
    for (auto& change : m.changes) {
        change.value = std::string(60000, 'v');
    }
    CHECK_THAT(rejection([&] { (void)encode(m); }), StartsWith("body: encodes to "));
    CHECK_THROWS_AS(encode(m), ProtocolTooLarge);
}

TEST_CASE("encoding checks every shape, so what is encoded always decodes", "[protocol]") {
    auto m = samples::pushRequest();
    m.changes[2].author = "not-an-id";
    CHECK(rejection([&] { (void)encode(m); }) ==
          "changes[2].author: must be 32 lowercase hexadecimal characters");
    m = samples::pushRequest();
    m.changes[1].baseVersion = -1;
    CHECK(rejection([&] { (void)encode(m); }) ==
          "changes[1].baseVersion: must be a non-negative integer");
    m = samples::pushRequest();
    m.changes[0].value = std::string("\xe2\x82", 2);  // a truncated euro sign
    CHECK_THAT(rejection([&] { (void)encode(m); }),
               StartsWith("changes[0].value: must be at most 65536 bytes of UTF-8"));
    PushResponse r;
    r.results.push_back({1, static_cast<PushOutcome>(42), 0, ""});
    CHECK_THAT(rejection([&] { (void)encode(r); }), StartsWith("results[0].outcome: must be"));
    CHECK_THAT(rejection([] {
                   (void)encode(ErrorBody{"Bad Code", ""});
               }),
               StartsWith("error.code: must be"));
}
