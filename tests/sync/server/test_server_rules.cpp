// Small pure rules of the server: lifecycle transitions of assessment.status, the device clock
// bound, the listen address and loopback rule, the CLI's argument parsing.
#include <catch2/catch.hpp>

#include "sync/server/api_error.h"
#include "sync/server/cli/arguments.h"
#include "sync/server/cli/listen_address.h"
#include "sync/server/push/status_transition.h"
#include "sync/server/server_clock.h"

using namespace veldwerk::sync::server;

TEST_CASE("status transitions are checked for role and state") {
    const std::optional<std::string> none;
    CHECK_FALSE(statusRefusal("jgt", none, "draft"));
    CHECK_FALSE(statusRefusal("gi", none, "draft"));
    CHECK(statusRefusal("supervisor", none, "draft"));
    CHECK(statusRefusal("jgt", none, "submitted"));
    CHECK_FALSE(statusRefusal("jgt", "draft", "submitted"));
    CHECK(statusRefusal("gi", "draft", "submitted"));
    CHECK_FALSE(statusRefusal("supervisor", "submitted", "approved"));
    CHECK_FALSE(statusRefusal("supervisor", "submitted", "returned"));
    CHECK(statusRefusal("jgt", "submitted", "approved"));
    CHECK(statusRefusal("supervisor", "draft", "approved"));
    CHECK_FALSE(statusRefusal("jgt", "returned", "draft"));
    CHECK_FALSE(statusRefusal("jgt", "returned", "submitted"));
    CHECK(statusRefusal("jgt", "approved", "draft"));
    CHECK(statusRefusal("jgt", "submitted", "draft"));
    CHECK(statusRefusal("jgt", "draft", std::nullopt));
    CHECK(statusRefusal("jgt", "draft", "gone"));
    CHECK_FALSE(statusRefusal("jgt", "draft", "draft"));

    CHECK_FALSE(editRefusal("gi", none));
    CHECK_FALSE(editRefusal("jgt", "returned"));
    CHECK(editRefusal("jgt", "approved"));
    CHECK(editRefusal("jgt", "submitted"));
    CHECK(editRefusal("supervisor", "draft"));
}

TEST_CASE("device clocks more than 24 hours off are refused") {
    const std::int64_t now = 1'700'000'000'000;
    const auto hlc = [](std::int64_t ms) {
        return veldwerk::clock::Hlc{static_cast<std::uint64_t>(ms), 7}.packed();
    };
    CHECK(checkDeviceClock(hlc(now + 5000), now) == 5000);
    CHECK(checkDeviceClock(hlc(now - kMaxClockSkewMs), now) == -kMaxClockSkewMs);
    try {
        checkDeviceClock(hlc(now + kMaxClockSkewMs + 1), now);
        FAIL("not refused");
    } catch (const ApiError& e) {
        CHECK(e.status() == 409);
        CHECK(e.code() == "clock_skew");
        CHECK_THAT(e.what(), Catch::Contains("server time"));
    }
    CHECK_THROWS_AS(checkDeviceClock(hlc(now - 3 * kMaxClockSkewMs), now), ApiError);
    CHECK(parseClockHeader("123") == 123u);
    CHECK_FALSE(parseClockHeader(""));
    CHECK_FALSE(parseClockHeader("-1"));
    CHECK_FALSE(parseClockHeader("99999999999999999999999"));
    CHECK(serverClock(now) == veldwerk::clock::Hlc{static_cast<std::uint64_t>(now), 0}.packed());
}

TEST_CASE("listen addresses and the loopback rule") {
    using namespace veldwerk::sync::server::cli;
    const auto a = parseListenAddress("127.0.0.1:0");
    REQUIRE(a);
    CHECK(a->host == "127.0.0.1");
    CHECK(a->port == 0);
    const auto v6 = parseListenAddress("[::1]:8443");
    REQUIRE(v6);
    CHECK(v6->host == "::1");
    CHECK(toString(*v6) == "[::1]:8443");
    CHECK(parseListenAddress("localhost:65535"));
    for (const auto* bad :
         {"", "127.0.0.1", ":80", "host:", "h:65536", "h:8x", "::1:80", "[::1]"}) {
        INFO(bad);
        CHECK_FALSE(parseListenAddress(bad));
    }
    CHECK(isLoopbackHost("127.0.0.1"));
    CHECK(isLoopbackHost("::1"));
    CHECK(isLoopbackHost("localhost"));
    CHECK_FALSE(isLoopbackHost("0.0.0.0"));
    CHECK_FALSE(isLoopbackHost("::"));
    CHECK_FALSE(isLoopbackHost("192.168.1.2"));
}

TEST_CASE("CLI arguments: options, flags and words in any order, unknown options refused") {
    using namespace veldwerk::sync::server::cli;
    const Arguments a({"--db", "x.db", "user", "--json", "add", "anna", "--role=jgt"},
                      {"db", "role"}, {"json"});
    CHECK(a.required("db") == "x.db");
    CHECK(a.option("role") == "jgt");
    CHECK(a.flag("json"));
    CHECK(a.words() == std::vector<std::string>{"user", "add", "anna"});
    CHECK_THROWS_AS(a.required("team"), UsageError);
    CHECK_THROWS_AS(Arguments({"--colour", "x"}, {"db"}, {}), UsageError);
    CHECK_THROWS_AS(Arguments({"--db"}, {"db"}, {}), UsageError);
    CHECK_THROWS_AS(Arguments({"--db", "a", "--db", "b"}, {"db"}, {}), UsageError);
    CHECK_THROWS_AS(Arguments({"--json=1"}, {}, {"json"}), UsageError);
}
