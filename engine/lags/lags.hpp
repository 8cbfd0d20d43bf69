// engine/lags — how long each source document's money waited (issue 17, monitoring): the one
// computation behind `report lags` (reports/lags.hpp) and the lag rules (registration_within,
// allocation_within, payment_within, and the older allocation_deadline: engine/rules/lag_rules.cpp).
//
// For each source of a fiscal year received by the as-of date: its 到账 date (received_on), the day
// it was entered in the ledger (its entry's recorded_at), its net allocations by day, the first day
// they were positive (first allocation), the first day they reached its amount (fully allocated),
// and the first day a payment drew on it. Lags are counted in calendar days (days_between) or in
// working days (WorkCalendar::working_days_between), both the days after the first date up to and
// including the second; a working-day count throws calendar::YearNotCovered when the calendar does
// not cover a year of it.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "calendar/calendar.hpp"
#include "calendar/work_calendar.hpp"
#include "money/money.hpp"
#include "store/repository.hpp"

namespace fundledger::lags {

using calendar::Date;
using calendar::WorkCalendar;

enum class Unit { calendar, working };

// Loan categories (政策性金融扶贫贷款 policy_loan, 扶贫小额信贷 microcredit) are lent, not allocated: report
// lags leaves them out, and so does a lag rule that names no category.
[[nodiscard]] bool is_loan_category(const std::string& code);

struct SourceLags {
  std::string doc_no, category, name;
  Money amount;
  Date received_on;                               // 到账
  std::optional<Date> registered_on;              // the day its entry was recorded (the recorded time's date)
  std::optional<Date> first_allocated_on;         // the first day its net allocations were positive
  std::optional<Date> allocated_on;               // the first day they reached its amount (fully allocated)
  std::optional<Date> first_paid_on;              // the first day a payment drew on it
  std::vector<std::pair<Date, Money>> allocated;  // net allocations from it by day, by the as-of date

  // Its net allocations dated on or before d (a reversal subtracts; a 调剂 between lots of the
  // source cancels out).
  [[nodiscard]] Money allocated_by(const Date& d) const;
};

// The year's sources received by `as_of`, every category, by date received and doc_no, with their
// allocations and first payment dated by then.
[[nodiscard]] std::vector<SourceLags> source_lags(store::Repository& repo, int year, const Date& as_of);

// The days from a to b in the unit (negative when b < a). Throws YearNotCovered (working days only).
[[nodiscard]] long count(const Date& a, const Date& b, Unit unit, const WorkCalendar& work);

// A lag in both units, each empty unless both dates are known; the working days also when the
// calendar does not cover a year of them (report lags shows them so).
struct Span {
  std::optional<long> days, workdays;
};
[[nodiscard]] Span span(const std::optional<Date>& a, const std::optional<Date>& b, const WorkCalendar& work);

// Something due within n days of `start` is in time on a day d when count(start, d) <= n. Its
// deadline is the last such day: start + n calendar days; in working days the day before the
// (n+1)-th working day after start, so the weekend or holiday right after the n-th working day is
// still in time (as a lag of that many working days says). Throws YearNotCovered.
[[nodiscard]] Date deadline(const Date& start, long n, Unit unit, const WorkCalendar& work);

// Whether that deadline had passed by the end of `as_of` (deadline <= as_of): then a thing not done
// by as_of is late whenever it is done. Needs the working days up to as_of only (and, at exactly n
// of them, whether the day after as_of is a working day); throws YearNotCovered when the calendar
// cannot tell.
[[nodiscard]] bool overdue(const Date& start, long n, const Date& as_of, Unit unit, const WorkCalendar& work);

}  // namespace fundledger::lags
