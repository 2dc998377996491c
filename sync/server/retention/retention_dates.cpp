#include "sync/server/retention/retention_dates.h"

#include <cstdio>
#include <ctime>

namespace veldwerk::sync::server {

namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

}  // namespace

std::int64_t addCalendarMonths(std::int64_t ms, int months) {
    const auto seconds = static_cast<std::time_t>(floorDiv(ms, 1000));
    const auto millis = ms - static_cast<std::int64_t>(seconds) * 1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    utc.tm_mon += months;  // timegm normalises (31 January + 1 month: 3 March)
    return static_cast<std::int64_t>(timegm(&utc)) * 1000 + millis;
}

std::optional<std::int64_t> parseDate(const std::string& text) {
    int year = 0;
    int month = 0;
    int day = 0;
    char rest = 0;
    if (text.size() != 10 ||
        std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &year, &month, &day, &rest) != 3 ||
        text[4] != '-' || text[7] != '-' || year < 1900 || month < 1 || month > 12 || day < 1 ||
        day > 31) {
        return std::nullopt;
    }
    std::tm utc{};
    utc.tm_year = year - 1900;
    utc.tm_mon = month - 1;
    utc.tm_mday = day;
    const auto t = timegm(&utc);
    std::tm back{};
    gmtime_r(&t, &back);
    if (back.tm_mday != day) {
        return std::nullopt;  // 31 April and the like
    }
    return static_cast<std::int64_t>(t) * 1000;
}

std::string formatDate(std::int64_t ms) {
    const auto seconds = static_cast<std::time_t>(floorDiv(ms, 1000));
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
    return text;
}

}  // namespace veldwerk::sync::server
