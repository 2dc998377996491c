// encode -> decode gives back the same message, for every message type, including tombstones,
// conflicts, empty arrays, extreme counters and non-ASCII text.
#include <catch2/catch.hpp>

#include "samples.h"
#include "sync/protocol/codec.h"

using namespace veldwerk::sync;

namespace {

template <class M, class Decode>
void requireRoundTrip(const M& message, Decode decode) {
    const auto json = encode(message);
    const M back = decode(json);
    REQUIRE(back == message);
    // Encoding is deterministic, so a decoded message encodes to the same bytes.
    REQUIRE(encode(back) == json);
}

}  // namespace

TEST_CASE("push request round trip", "[protocol]") {
    requireRoundTrip(samples::pushRequest(), decodePushRequest);
    PushRequest empty;
    empty.batchId = "a";
    requireRoundTrip(empty, decodePushRequest);
}

TEST_CASE("push response round trip", "[protocol]") {
    requireRoundTrip(samples::pushResponse(), decodePushResponse);
    requireRoundTrip(PushResponse{}, decodePushResponse);
}

TEST_CASE("pull response round trip", "[protocol]") {
    requireRoundTrip(samples::pullResponse(), decodePullResponse);
    requireRoundTrip(PullResponse{}, decodePullResponse);
}

TEST_CASE("a pull page with overdue visits round trips, and one without omits the list",
          "[protocol]") {
    auto page = samples::pullResponse();
    OverdueVisit late;
    late.visitId = std::string(32, 'e');
    late.caseId = std::string(32, 'c');
    late.workerId = std::string(32, '1');
    late.workerName = "Anna";
    late.startedAt = 1000;
    late.expectedEnd = 2000;
    late.since = 2900;
    late.alertAt = 2500;
    late.alertBy = "Anna";
    late.lastCheckin = R"({"at":1000,"lat":52.1584,"lon":4.5321,"accuracy":14,"fixAt":990})";
    late.lastCheckinBy = "Anna";
    page.overdue = {late};
    requireRoundTrip(page, decodePullResponse);
    CHECK(encode(page).find("\"overdue\"") != std::string::npos);
    CHECK(encode(samples::pullResponse()).find("overdue") == std::string::npos);
}

TEST_CASE("a pull page with a crisis card round trips, and one without omits the list",
          "[protocol]") {
    auto page = samples::pullResponse();
    page.crisisCard = {{"veilig_thuis", "0800-2000", 1765152000000},
                       {"after_hours", "+31 (0)30 222 2222", 1}};
    requireRoundTrip(page, decodePullResponse);
    CHECK(encode(page).find("\"crisisCard\"") != std::string::npos);
    CHECK(encode(samples::pullResponse()).find("crisisCard") == std::string::npos);
    // A kind is a word and a number a non-empty name: anything else is malformed.
    auto text = encode(page);
    text.replace(text.find("veilig_thuis"), 12, "Veilig Thuis");
    CHECK_THROWS_AS(decodePullResponse(text), ProtocolError);
}

TEST_CASE("enrol messages round trip", "[protocol]") {
    requireRoundTrip(samples::enrollRequest(), decodeEnrollRequest);
    requireRoundTrip(samples::enrollResponse(), decodeEnrollResponse);
    auto unlabelled = samples::enrollRequest();
    unlabelled.deviceLabel = "";
    requireRoundTrip(unlabelled, decodeEnrollRequest);
}

TEST_CASE("audit upload round trip", "[protocol]") {
    requireRoundTrip(samples::auditUpload(), decodeAuditUploadRequest);
    requireRoundTrip(AuditUploadRequest{}, decodeAuditUploadRequest);
}

TEST_CASE("error body round trip", "[protocol]") {
    requireRoundTrip(samples::errorBody(), decodeErrorBody);
    requireRoundTrip(ErrorBody{"device_revoked", ""}, decodeErrorBody);
    requireRoundTrip(ErrorBody{"clock_skew", "ahead", 123456789}, decodeErrorBody);
}

TEST_CASE("the wire format is the one PROTOCOL.md shows", "[protocol]") {
    const auto push = decodePushRequest(samples::kPushJson);
    REQUIRE(push.batchId == "dev-1");
    REQUIRE(push.changes.size() == 1);
    CHECK(push.changes[0].clientSeq == 17);
    CHECK(push.changes[0].hlc == 1234);
    CHECK(push.changes[0].value == std::optional<std::string>("ja"));

    const auto json = encode(samples::pushResponse());
    CHECK(json.find(R"("outcome":"refused")") != std::string::npos);
    CHECK(json.find(R"("serverClock":"9223372036854775815")") != std::string::npos);

    const auto pull = encode(samples::pullResponse());
    CHECK(pull.find(R"("hlc":"18446744073709551615")") != std::string::npos);
    CHECK(pull.find(R"("value":null)") != std::string::npos);
    CHECK(pull.find(R"("more":true)") != std::string::npos);
    // UTF-8 travels as is, not as \u escapes.
    CHECK(pull.find("Gül Yılmaz") != std::string::npos);

    CHECK(encode(ErrorBody{"malformed", "x"}) == R"({"error":{"code":"malformed","message":"x"}})");
    // A clock_skew refusal carries the server's clock; other errors do not name one.
    CHECK(encode(ErrorBody{"clock_skew", "x", 42}) ==
          R"({"error":{"code":"clock_skew","message":"x","serverClock":"42"}})");
    // The message may be left out, as PROTOCOL.md's device_revoked example does.
    CHECK(decodeErrorBody(R"({"error": {"code": "device_revoked"}})") ==
          ErrorBody{"device_revoked", ""});
}

TEST_CASE("whitespace and field order do not matter", "[protocol]") {
    const auto a = decodeEnrollRequest(
        "\n {\"deviceLabel\" : \"t\",\r\n\t\"password\":\"p\", \"user\":\"u\"} \n");
    CHECK(a == EnrollRequest{"u", "p", "t"});
}

TEST_CASE("toString names every outcome as on the wire", "[protocol]") {
    CHECK(std::string(toString(PushOutcome::Applied)) == "applied");
    CHECK(std::string(toString(PushOutcome::Unchanged)) == "unchanged");
    CHECK(std::string(toString(PushOutcome::Merged)) == "merged");
    CHECK(std::string(toString(PushOutcome::Conflict)) == "conflict");
    CHECK(std::string(toString(PushOutcome::Refused)) == "refused");
}
