#include "core/forms/date.h"

#include <chrono>
#include <cstdio>

namespace veldwerk::forms {

namespace {

bool digits(std::string_view text) {
    for (char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

int number(std::string_view text) {
    int value = 0;
    for (char c : text) {
        value = value * 10 + (c - '0');
    }
    return value;
}

std::chrono::year_month_day civil(int days) {
    return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{days}}};
}

}  // namespace

std::optional<Date> Date::fromCivil(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
        return std::nullopt;
    }
    const std::chrono::year_month_day ymd{std::chrono::year{year},
                                          std::chrono::month{static_cast<unsigned>(month)},
                                          std::chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok()) {
        return std::nullopt;
    }
    return Date{static_cast<int>(std::chrono::sys_days{ymd}.time_since_epoch().count())};
}

std::optional<Date> Date::parse(std::string_view iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') {
        return std::nullopt;
    }
    const auto year = iso.substr(0, 4);
    const auto month = iso.substr(5, 2);
    const auto day = iso.substr(8, 2);
    if (!digits(year) || !digits(month) || !digits(day)) {
        return std::nullopt;
    }
    return fromCivil(number(year), number(month), number(day));
}

std::string Date::toString() const {
    const auto ymd = civil(m_days);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

int Date::fullYearsUntil(Date today) const {
    const auto birth = civil(m_days);
    const auto now = civil(today.m_days);
    int years = static_cast<int>(now.year()) - static_cast<int>(birth.year());
    const bool birthdayPassed =
        now.month() > birth.month() || (now.month() == birth.month() && now.day() >= birth.day());
    if (!birthdayPassed) {
        --years;
    }
    return years;
}

}  // namespace veldwerk::forms
