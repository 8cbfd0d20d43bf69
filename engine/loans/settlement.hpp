// The periods the interest subsidy (贴息) is settled over: a settlement year, a quarter, or any
// span of days the banks' statements cover. Pure: dates in, periods out.
//
// A settlement year starts on a fixed day (the rules file's subsidy_settlement rule,
// `settlement_year_start`, e.g. 10-01 for 陕西's October–September year; 01-01 by default). A year
// that does not start on 1 January is named by the calendar year it ends in: with 10-01, settlement
// year 2019 runs from 2018-10-01 to 2019-09-30 — the year whose budget pays it. A per-household cap
// counts within one settlement year, so a window must lie inside one.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "calendar/calendar.hpp"

namespace fundledger::loans {

struct SettlementYear {
  int month = 1, day = 1;  // the first day of every settlement year; day 1..28
  [[nodiscard]] bool calendar() const { return month == 1 && day == 1; }
};

// "10-01" or "1-1" (month-day, the day 1..28 so that every year has it); nullopt when not such a day.
std::optional<SettlementYear> parse_settlement_year_start(std::string_view text);
// "10-01".
std::string format_settlement_year_start(const SettlementYear& s);

// The days of settlement year `year` (half-open).
calendar::Period settlement_year(const SettlementYear& s, int year);
// The settlement year a day falls in.
int settlement_year_of(const SettlementYear& s, const calendar::Date& d);

// What the subsidy is computed over: a half-open span of days in one settlement year.
struct SubsidyWindow {
  calendar::Period days;
  int year = 0;         // the settlement year the days lie in (its caps count there)
  int fiscal_year = 0;  // the budget year a payment for the window is booked in
  std::string label;    // "2019", "2019Q3", "2019-06-21..2019-09-20": in vouchers and titles
  bool whole_year = false;
};

// Settlement year `year`; booked in `year`.
SubsidyWindow year_window(const SettlementYear& s, int year);

// The days an option names, before they are placed in a settlement year.
struct SpanParse {
  std::optional<calendar::Period> days;
  std::string label;  // "2019Q3" | "2019-06-21..2019-09-20"
  std::string error;  // message id (text catalogue) when days is not set
  explicit operator bool() const noexcept { return days.has_value(); }
};
// "2019Q3": the calendar quarter.
SpanParse parse_quarter(std::string_view text);
// "2019-06-21..2019-09-20": both days included (any date form of parse_date).
SpanParse parse_period(std::string_view text);

// The window over `days` when they lie in one settlement year (booked in the year of their last
// day); nullopt when they cross the start of one.
std::optional<SubsidyWindow> window_in_one_year(const SettlementYear& s, const calendar::Period& days,
                                                std::string label);

// "FROM..TO" with both days included, of a half-open period.
std::string format_span(const calendar::Period& p);

}  // namespace fundledger::loans
