// engine/calendar — dates, fiscal years, half-open periods and day counts.
//
// Built on Boost.Date_Time. The engine never reads the clock: every date comes from the caller.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "money/money.hpp"  // Rational

namespace fundledger::calendar {

using Date = boost::gregorian::date;

struct DateParse {
  std::optional<Date> value;
  std::string error;  // names the input; empty when value is set
  explicit operator bool() const noexcept { return value.has_value(); }
};

// `YYYY-MM-DD`, `YYYY/MM/DD` (month and day may have one digit in the last two forms),
// `YYYY年M月D日`. Impossible dates (2017-02-30) and years outside 1900..2999 are errors.
[[nodiscard]] DateParse parse_date(std::string_view text);
// A month for --month: `YYYY-MM` or `YYYY-M`, `YYYY/M(M)`, `YYYY年M月` (the forms of input files).
[[nodiscard]] std::optional<std::pair<int, int>> parse_month(std::string_view text);
// "2017-03-01".
[[nodiscard]] std::string format_date(const Date& d);
// "2017年3月1日".
[[nodiscard]] std::string format_date_zh(const Date& d);

// A half-open interval [begin, end) of days.
struct Period {
  Date begin;
  Date end;
  [[nodiscard]] bool contains(const Date& d) const { return begin <= d && d < end; }
  [[nodiscard]] long days() const { return (end - begin).days(); }
};

// The period constructors throw std::out_of_range for a month outside 1..12, a quarter outside
// 1..4 or a year Boost.Date_Time cannot hold (outside 1400..9999).
[[nodiscard]] Period month_period(int year, int month);
[[nodiscard]] Period quarter_period(int year, int quarter);  // quarter 1..4 of the calendar year
// Fiscal year `fy` starting in `start_month` (1 = calendar year). A fiscal year starting in
// April is named after the calendar year in which it starts.
[[nodiscard]] Period fiscal_year_period(int fy, int start_month = 1);
[[nodiscard]] int fiscal_year_of(const Date& d, int start_month = 1);

[[nodiscard]] Date month_end(const Date& d);
// d plus `months`, the day clamped to the end of the target month (2016-01-31 + 1 = 2016-02-29).
[[nodiscard]] Date add_months_clamped(const Date& d, int months);
// Signed number of days from a to b.
[[nodiscard]] long days_between(const Date& a, const Date& b);

enum class DayCount { act360, act365 };
[[nodiscard]] std::optional<DayCount> parse_day_count(std::string_view s);  // "act360" | "act365"
[[nodiscard]] long day_count_basis(DayCount dc);                            // 360 | 365
// Exact fraction of a year for `days` under the basis: days / 360 or days / 365.
[[nodiscard]] Rational year_fraction(long days, DayCount dc);

}  // namespace fundledger::calendar
