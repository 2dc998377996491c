#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace veldwerk::forms {

// A calendar date without time zone, as the instruments use it (evaluation dates, birth dates).
// Stored as days since 1970-01-01 so comparisons and "within N days" are plain arithmetic.
class Date {
public:
    Date() = default;
    static std::optional<Date> fromCivil(int year, int month, int day);
    // Strict ISO 8601 calendar date "YYYY-MM-DD"; anything else (or 2024-02-30) gives nullopt.
    static std::optional<Date> parse(std::string_view iso);
    static Date fromDays(int daysSinceEpoch) { return Date{daysSinceEpoch}; }

    int daysSinceEpoch() const { return m_days; }
    std::string toString() const;
    int daysUntil(Date later) const { return later.m_days - m_days; }
    // Completed years from this (birth) date to `today`; negative when `today` is earlier.
    int fullYearsUntil(Date today) const;

    auto operator<=>(const Date&) const = default;

private:
    explicit Date(int days) : m_days(days) {}
    int m_days = 0;
};

}  // namespace veldwerk::forms
