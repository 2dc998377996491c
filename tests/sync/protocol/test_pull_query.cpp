// The pull request as query parameters: printing, parsing, defaults and refusals.
#include <catch2/catch.hpp>

#include "samples.h"
#include "sync/protocol/codec.h"

using namespace veldwerk::sync;
using Catch::Matchers::StartsWith;

namespace {

std::string rejection(const std::map<std::string, std::string>& params) {
    try {
        (void)parsePullQuery(params);
    } catch (const ProtocolError& e) {
        return e.what();
    }
    return "(accepted)";
}

// "a=1&b=2" into the map a server framework would give.
std::map<std::string, std::string> split(const std::string& query) {
    std::map<std::string, std::string> params;
    std::size_t start = 0;
    while (start <= query.size()) {
        const auto end = std::min(query.find('&', start), query.size());
        const auto part = query.substr(start, end - start);
        const auto eq = part.find('=');
        params[part.substr(0, eq)] = part.substr(eq + 1);
        start = end + 1;
    }
    return params;
}

}  // namespace

TEST_CASE("toQuery prints since, limit and the optional case", "[protocol]") {
    CHECK(toQuery(PullRequest{}) == "since=0&limit=500");
    CHECK(toQuery(PullRequest{1234, 1000, std::nullopt, {}}) == "since=1234&limit=1000");
    CHECK(toQuery(PullRequest{0, 1, samples::id('c'), {}}) ==
          "since=0&limit=1&case=" + samples::id('c'));
}

TEST_CASE("a printed query parses back to the same request", "[protocol]") {
    for (const auto& request : {PullRequest{}, PullRequest{INT64_MAX, 1, std::nullopt, {}},
                                PullRequest{7, kMaxPullLimit, samples::id('0'), {}}}) {
        CHECK(parsePullQuery(split(toQuery(request))) == request);
    }
}

TEST_CASE("resolved=1 asks for closed disagreements, and only 1 means so", "[protocol]") {
    PullRequest request{3, 20, samples::id('c'), {}};
    request.resolved = true;
    CHECK(toQuery(request) == "since=3&limit=20&case=" + samples::id('c') + "&resolved=1");
    CHECK(parsePullQuery(split(toQuery(request))) == request);
    CHECK_FALSE(parsePullQuery({{"since", "0"}}).resolved);
    for (const char* value : {"0", "", "true", "2"}) {
        INFO(value);
        CHECK(rejection({{"since", "0"}, {"resolved", value}}) == "resolved: must be 1");
    }
}

TEST_CASE("limit defaults to 500, since is required", "[protocol]") {
    CHECK(parsePullQuery({{"since", "12"}}) ==
          PullRequest{12, kDefaultPullLimit, std::nullopt, {}});
    CHECK(rejection({}) == "since: missing");
    CHECK(rejection({{"limit", "5"}}) == "since: missing");
}

TEST_CASE("bad query values are refused naming the parameter", "[protocol]") {
    for (const char* since : {"", "-1", "+1", "1.5", "abc", "01", "9223372036854775808", " 1"}) {
        INFO(since);
        CHECK(rejection({{"since", since}}) == "since: must be a non-negative decimal integer");
    }
    for (const char* limit : {"0", "1001", "-5", "", "x", "99999999999999999999999"}) {
        INFO(limit);
        CHECK(rejection({{"since", "0"}, {"limit", limit}}) ==
              "limit: must be an integer from 1 to 1000");
    }
    CHECK(rejection({{"since", "0"}, {"case", "ABC"}}) ==
          "case: must be 32 lowercase hexadecimal characters");
    CHECK(rejection({{"since", "0"}, {"case", ""}}) ==
          "case: must be 32 lowercase hexadecimal characters");
    CHECK(rejection({{"since", "0"}, {"cursor", "1"}}) == "query: unknown parameter \"cursor\"");
}

TEST_CASE("toQuery refuses what parsePullQuery would refuse", "[protocol]") {
    CHECK_THROWS_WITH(toQuery(PullRequest{-1, 500, std::nullopt, {}}), StartsWith("since: must"));
    CHECK_THROWS_WITH(toQuery(PullRequest{0, 0, std::nullopt, {}}), StartsWith("limit: must"));
    CHECK_THROWS_WITH(toQuery(PullRequest{0, 1001, std::nullopt, {}}), StartsWith("limit: must"));
    CHECK_THROWS_WITH(toQuery(PullRequest{0, 5, std::string("x&since=9"), {}}),
                      StartsWith("case: must"));
}

TEST_CASE("pushed names settled batches, ascending, at most 64", "[protocol]") {
    PullRequest named{40, 500, std::nullopt, {3, 4, 17}};
    CHECK(toQuery(named) == "since=40&limit=500&pushed=3,4,17");
    CHECK(parsePullQuery(split(toQuery(named))) == named);
    std::vector<std::int64_t> most;
    for (std::int64_t n = 1; n <= static_cast<std::int64_t>(kMaxPulledOwnBatches); ++n) {
        most.push_back(n);
    }
    const PullRequest full{0, 1, samples::id('c'), most};
    CHECK(parsePullQuery(split(toQuery(full))) == full);

    for (const char* pushed : {"", ",", "1,", ",1", "0", "2,1", "3,3", "-1", "1;2", "x"}) {
        INFO(pushed);
        CHECK_THAT(rejection({{"since", "0"}, {"pushed", pushed}}), StartsWith("pushed: must"));
    }
    CHECK_THAT(
        rejection({{"since", "0"},
                   {"pushed", toQuery(full).substr(toQuery(full).find("pushed=") + 7) + ",65"}}),
        StartsWith("pushed: must"));
    most.push_back(65);
    CHECK_THROWS_WITH(toQuery(PullRequest{0, 5, std::nullopt, most}),
                      StartsWith("pushed: at most"));
    CHECK_THROWS_WITH(toQuery(PullRequest{0, 5, std::nullopt, {2, 2}}), StartsWith("pushed: must"));
}
