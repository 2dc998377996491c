// The calendar of retention and destruction: closure + 20 years, request + 3 months, in UTC.
#include <catch2/catch.hpp>

#include "sync/server/retention/case_closures.h"
#include "sync/server/retention/retention_dates.h"

using namespace veldwerk::sync::server;

TEST_CASE("retention dates: 20 years after closure, 3 months after a request, UTC calendar") {
    const auto closed = *parseDate("2026-12-07") + 15 * 3600 * 1000LL;
    CHECK(formatDate(retentionEnd(closed)) == "2046-12-07");
    CHECK(retentionEnd(closed) - *parseDate("2046-12-07") == 15 * 3600 * 1000LL);
    CHECK(formatDate(retentionEnd(*parseDate("2024-02-29"))) == "2044-02-29");
    CHECK(formatDate(retentionEnd(*parseDate("2028-02-29"))) == "2048-02-29");
    CHECK(formatDate(destructionDeadline(*parseDate("2026-01-15"))) == "2026-04-15");
    CHECK(formatDate(destructionDeadline(*parseDate("2026-11-30"))) == "2027-03-02");
}

TEST_CASE("retention dates: only real dates and plain ms values are taken") {
    CHECK_FALSE(parseDate("2026-04-31"));
    CHECK_FALSE(parseDate("2026-4-1"));
    CHECK_FALSE(parseDate("2026-04-01x"));
    CHECK_FALSE(parseDate(""));
    CHECK(parseClosedAt(std::string("1765000000000")) == 1765000000000LL);
    CHECK_FALSE(parseClosedAt(std::nullopt));
    CHECK_FALSE(parseClosedAt(std::string("")));
    CHECK_FALSE(parseClosedAt(std::string("-5")));
    CHECK_FALSE(parseClosedAt(std::string("12a")));
    CHECK_FALSE(parseClosedAt(std::string("2026-12-07")));
}
