// Malformed input of many kinds: each is refused with a ProtocolError naming the field, and
// nothing else is ever thrown.
#include <catch2/catch.hpp>
#include <functional>
#include <nlohmann/json.hpp>

#include "samples.h"
#include "sync/protocol/codec.h"

using namespace veldwerk::sync;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

// The sample push body with one edit applied to its first change (or to the whole body).
std::string pushWith(const std::function<void(nlohmann::json&)>& edit) {
    auto body = nlohmann::json::parse(samples::kPushJson);
    edit(body);
    return body.dump();
}

std::string changeWith(const char* field, nlohmann::json value) {
    return pushWith([&](nlohmann::json& body) { body["changes"][0][field] = value; });
}

std::string changeWithout(const char* field) {
    return pushWith([&](nlohmann::json& body) { body["changes"][0].erase(field); });
}

std::string rejection(const std::function<void()>& decode) {
    try {
        decode();
    } catch (const ProtocolError& e) {
        return e.what();
    }
    return "(accepted)";
}

std::string pushRejection(const std::string& json) {
    return rejection([&] { (void)decodePushRequest(json); });
}

}  // namespace

TEST_CASE("the valid base of the malformed variants is accepted", "[protocol]") {
    CHECK(pushRejection(pushWith([](nlohmann::json&) {})) == "(accepted)");
}

TEST_CASE("wrong JSON types are refused naming the field", "[protocol]") {
    CHECK(pushRejection(changeWith("clientSeq", "17")) ==
          "changes[0].clientSeq: must be a non-negative integer");
    CHECK(pushRejection(changeWith("baseVersion", 1.5)) ==
          "changes[0].baseVersion: must be a non-negative integer");
    CHECK(pushRejection(changeWith("caseId", 7)) == "changes[0].caseId: must be a string");
    CHECK(pushRejection(changeWith("value", 3)) == "changes[0].value: must be a string or null");
    CHECK(pushRejection(changeWith("value", nlohmann::json::array())) ==
          "changes[0].value: must be a string or null");
    CHECK(pushRejection(changeWith("hlc", 1234)) ==
          "changes[0].hlc: must be a string of a decimal unsigned 64-bit integer");
    CHECK(pushRejection(pushWith([](auto& b) { b["changes"] = nlohmann::json::object(); })) ==
          "changes: must be an array");
    CHECK(pushRejection(pushWith([](auto& b) { b["changes"][0] = "x"; })) ==
          "changes[0]: must be a JSON object");
    CHECK(pushRejection("[]") == "body: must be a JSON object");
    CHECK(pushRejection("\"x\"") == "body: must be a JSON object");
    CHECK(rejection([] {
              (void)decodePullResponse(R"({"changes":[],"scope":[],"users":[],
        "cursor":1,"more":"false","serverClock":"1"})");
          }) == "more: must be true or false");
    CHECK(rejection([] { (void)decodeErrorBody(R"({"error":"malformed"})"); }) ==
          "error: must be a JSON object");
}

TEST_CASE("missing required fields are refused", "[protocol]") {
    CHECK(pushRejection(changeWithout("baseVersion")) == "changes[0].baseVersion: missing");
    CHECK(pushRejection(changeWithout("value")) == "changes[0].value: missing");
    CHECK(pushRejection(pushWith([](auto& b) { b.erase("batchId"); })) == "batchId: missing");
    CHECK(rejection([] { (void)decodeErrorBody(R"({"error":{"message":"x"}})"); }) ==
          "error.code: missing");
    CHECK(rejection([] { (void)decodeEnrollRequest(R"({"user":"u","password":"p"})"); }) ==
          "deviceLabel: missing");
}

TEST_CASE("unknown and duplicate fields are refused", "[protocol]") {
    CHECK(pushRejection(changeWith("vaule", "ja")) == "changes[0]: unknown field \"vaule\"");
    CHECK(pushRejection(pushWith([](auto& b) { b["extra"] = 1; })) ==
          "body: unknown field \"extra\"");
    CHECK(rejection([] {
              (void)decodeErrorBody(R"({"error":{"code":"x","message":"y","retry":1}})");
          }) == "error: unknown field \"retry\"");
    // The sender's field name is shown tamely: no quotes, controls or bytes beyond ASCII.
    CHECK(pushRejection(changeWith("é\"\n", 1)) == "changes[0]: unknown field \"????\"");
    CHECK_THAT(pushRejection(R"({"batchId":"a","batchId":"b","changes":[]})"),
               Contains("duplicate field \"batchId\""));
}

TEST_CASE("negative and oversized numbers are refused", "[protocol]") {
    CHECK(pushRejection(changeWith("baseVersion", -1)) ==
          "changes[0].baseVersion: must be a non-negative integer");
    CHECK(pushRejection(changeWith("clientSeq", std::uint64_t{1} << 63)) ==
          "changes[0].clientSeq: must be a non-negative integer below 2^63");
    const auto huge = std::string(samples::kPushJson);
    auto at = huge.find("\"clientSeq\": 17");
    auto text = huge;
    text.replace(at, 15, "\"clientSeq\": 123456789012345678901234567890");
    CHECK(pushRejection(text) == "changes[0].clientSeq: must be a non-negative integer");
    text = huge;
    text.replace(at, 15, "\"clientSeq\": 1e3");
    CHECK(pushRejection(text) == "changes[0].clientSeq: must be a non-negative integer");
}

TEST_CASE("hlc strings must be canonical decimal uint64", "[protocol]") {
    for (const char* bad : {"", "-1", "+1", "12a", "0x10", "01", " 1", "1 ", "1.0",
                            "18446744073709551616", "99999999999999999999999"}) {
        INFO(bad);
        CHECK(pushRejection(changeWith("hlc", bad)) ==
              "changes[0].hlc: must be a string of a decimal unsigned 64-bit integer");
    }
    CHECK(pushRejection(changeWith("hlc", "18446744073709551615")) == "(accepted)");
    CHECK(pushRejection(changeWith("hlc", "0")) == "(accepted)");
}

TEST_CASE("ids, entities, fields, roles and batch ids must have their shape", "[protocol]") {
    const auto hex = "must be 32 lowercase hexadecimal characters";
    CHECK(pushRejection(changeWith("caseId", std::string(32, 'A'))) ==
          std::string("changes[0].caseId: ") + hex);
    CHECK(pushRejection(changeWith("caseId", std::string(31, 'a'))) ==
          std::string("changes[0].caseId: ") + hex);
    CHECK(pushRejection(changeWith("author", std::string(33, 'a'))) ==
          std::string("changes[0].author: ") + hex);
    CHECK(pushRejection(changeWith("entityId", "../../etc/passwd")) ==
          std::string("changes[0].entityId: ") + hex);
    CHECK(pushRejection(changeWith("entity", "users")) ==
          "changes[0].entity: must be one of case, person, consent, member, assessment, answer, "
          "event, visit, consultation, escalation, statement");
    CHECK_THAT(pushRejection(changeWith("field", "Acuut")), StartsWith("changes[0].field: must"));
    CHECK_THAT(pushRejection(changeWith("field", "")), StartsWith("changes[0].field: must"));
    CHECK_THAT(pushRejection(changeWith("field", "a b")), StartsWith("changes[0].field: must"));
    CHECK_THAT(pushRejection(changeWith("field", std::string(257, 'a'))),
               StartsWith("changes[0].field: must"));
    CHECK(pushRejection(changeWith("field", std::string(256, 'a'))) == "(accepted)");
    CHECK(pushRejection(changeWith("role", "JGT")) ==
          "changes[0].role: must be one of jgt, gi, supervisor, admin");
    CHECK_THAT(pushRejection(pushWith([](auto& b) { b["batchId"] = "a b"; })),
               StartsWith("batchId: must"));
    CHECK_THAT(pushRejection(pushWith([](auto& b) { b["batchId"] = std::string(129, 'x'); })),
               StartsWith("batchId: must"));
    CHECK_THAT(rejection([] {
                   auto e = samples::enrollResponse();
                   e.deviceToken = std::string(63, 'f');
                   (void)decodeEnrollResponse(encode(e));
               }),
               StartsWith("deviceToken: must be 64"));
}

TEST_CASE("member and case ids belong to their change's case", "[protocol]") {
    const auto member = [](const std::string& entityId) {
        return pushWith([&](nlohmann::json& b) {
            b["changes"][0]["entity"] = "member";
            b["changes"][0]["entityId"] = entityId;
        });
    };
    const auto c = samples::id('c');
    const auto u = samples::id('1');
    CHECK(pushRejection(member(c + ":" + u)) == "(accepted)");
    CHECK_THAT(pushRejection(member(c)), StartsWith("changes[0].entityId: must be CASEID:USERID"));
    CHECK_THAT(pushRejection(member(c + ":" + u + ":" + u)),
               StartsWith("changes[0].entityId: must be CASEID:USERID"));
    CHECK(pushRejection(member(samples::id('9') + ":" + u)) ==
          "changes[0].entityId: a member's entityId must start with its caseId");
    CHECK(pushRejection(pushWith([](nlohmann::json& b) {
              b["changes"][0]["entity"] = "case";
              b["changes"][0]["entityId"] = samples::id('9');
          })) == "changes[0].entityId: a case's own entityId must equal its caseId");
}

TEST_CASE("bad outcomes, audit entries and pull fields are refused with their path", "[protocol]") {
    auto response = nlohmann::json::parse(encode(samples::pushResponse()));
    response["results"][4]["outcome"] = "rejected";
    CHECK(rejection([&] { (void)decodePushResponse(response.dump()); }) ==
          "results[4].outcome: must be one of applied, unchanged, merged, conflict, refused");

    auto audit = nlohmann::json::parse(encode(samples::auditUpload()));
    audit["entries"][2]["caseId"] = "C";
    CHECK(rejection([&] { (void)decodeAuditUploadRequest(audit.dump()); }) ==
          "entries[2].caseId: must be 32 lowercase hexadecimal characters");
    audit = nlohmann::json::parse(encode(samples::auditUpload()));
    audit["entries"][1]["atMs"] = -5;
    CHECK(rejection([&] { (void)decodeAuditUploadRequest(audit.dump()); }) ==
          "entries[1].atMs: must be a non-negative integer");

    auto pull = nlohmann::json::parse(encode(samples::pullResponse()));
    pull["changes"][1]["conflict"][1]["device"] = "tablet";
    CHECK(rejection([&] { (void)decodePullResponse(pull.dump()); }) ==
          "changes[1].conflict[1].device: must be 32 lowercase hexadecimal characters");
    pull = nlohmann::json::parse(encode(samples::pullResponse()));
    pull["changes"][3]["resolved"][0]["kind"] = "overwrite";
    CHECK(rejection([&] { (void)decodePullResponse(pull.dump()); }) ==
          "changes[3].resolved[0].kind: must be resolution or agreement");
    pull = nlohmann::json::parse(encode(samples::pullResponse()));
    pull["changes"][3]["resolved"][0]["sides"][1]["role"] = "boss";
    CHECK_THAT(rejection([&] { (void)decodePullResponse(pull.dump()); }),
               StartsWith("changes[3].resolved[0].sides[1].role: must be"));
    pull = nlohmann::json::parse(encode(samples::pullResponse()));
    pull["scope"][1] = 5;
    CHECK(rejection([&] { (void)decodePullResponse(pull.dump()); }) ==
          "scope[1]: must be a string");
    pull = nlohmann::json::parse(encode(samples::pullResponse()));
    pull["users"][0]["name"] = "Jan\nsen";
    CHECK_THAT(rejection([&] { (void)decodePullResponse(pull.dump()); }),
               StartsWith("users[0].name: must be 1 to 256 bytes"));
    pull = nlohmann::json::parse(encode(samples::pullResponse()));
    pull["users"][0]["name"] = "";
    CHECK_THAT(rejection([&] { (void)decodePullResponse(pull.dump()); }),
               StartsWith("users[0].name: must be 1 to 256 bytes"));
}

TEST_CASE("invalid JSON and invalid UTF-8 are refused without quoting the input", "[protocol]") {
    for (const std::string& bad :
         {std::string(""), std::string("{"), std::string("{\"batchId\":\"a\",}"),
          std::string("{} {}"), std::string("{\"batchId\":'a'}"), std::string("nul"),
          std::string("{\"batchId\":\"secret\xff\"}"), std::string("{\"batchId\":\"\xc0\xaf\"}"),
          std::string("{\"batchId\":\"\\ud800\"}"), std::string("{\"a\":1}\0", 8),
          std::string("{\"batchId\":\"a\",\"changes\":[]}\0{", 30)}) {
        INFO(bad);
        const auto message = pushRejection(bad);
        CHECK_THAT(message, StartsWith("body: not valid JSON in UTF-8"));
        CHECK_THAT(message, !Contains("secret"));
    }
}

TEST_CASE("NUL characters are refused in every string", "[protocol]") {
    CHECK_THAT(pushRejection(changeWith("value", std::string("ja\0nee", 6))),
               StartsWith("changes[0].value: must be at most 65536 bytes"));
    CHECK_THAT(
        rejection([] {
            (void)decodeEnrollRequest(R"({"user":"u\u0000","password":"p","deviceLabel":""})");
        }),
        StartsWith("user: must be"));
}

TEST_CASE("structure beyond any message is refused while parsing", "[protocol]") {
    CHECK_THAT(pushRejection(std::string(100000, '[') + std::string(100000, ']')),
               Contains("nested deeper than 8 levels"));
    std::string wide = "{";
    for (int i = 0; i < 40; ++i) {
        wide += "\"k" + std::to_string(i) + "\":0,";
    }
    wide += "\"z\":0}";
    CHECK_THAT(pushRejection(wide), Contains("more than 32 fields"));
    std::string longArray = "{\"x\":[0";
    for (int i = 0; i < 100001; ++i) {
        longArray += ",0";
    }
    longArray += "]}";
    CHECK_THAT(pushRejection(longArray), Contains("more than 100000 items"));
    // Many arrays each within the item limit still cannot make a body of millions of values.
    std::string many = "{\"x\":[";
    for (int a = 0; a < 6; ++a) {
        many += a == 0 ? "[0" : "],[0";
        for (int i = 0; i < 90000; ++i) {
            many += ",0";
        }
    }
    many += "]]}";
    CHECK_THAT(pushRejection(many), Contains("more than 500000 values"));
}

TEST_CASE("only ProtocolError escapes, for arbitrary bytes", "[protocol]") {
    // A cheap deterministic sweep of truncations and byte flips of a valid body; the fuzzer
    // does the thorough version.
    const std::string valid = encode(samples::pullResponse());
    for (std::size_t cut = 0; cut < valid.size(); cut += 7) {
        std::string broken = valid.substr(0, cut);
        CHECK_THROWS_AS(decodePullResponse(broken), ProtocolError);
    }
    for (std::size_t i = 0; i < valid.size(); i += 3) {
        std::string flipped = valid;
        flipped[i] = static_cast<char>(flipped[i] ^ 0x5a);
        try {
            (void)decodePullResponse(flipped);
        } catch (const ProtocolError&) {
        }
    }
}
