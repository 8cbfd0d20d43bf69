// engine/lags: counts, deadlines and "overdue by the as-of date" in calendar and working days, on
// the shipped calendar around the 2025 National Day (1-8 October off; Sunday 28 September and
// Saturday 11 October worked) and at the end of what it covers (2026).
#include <catch2/catch.hpp>
#include <string>

#include "lags/lags.hpp"

using namespace fundledger::lags;
using fundledger::Money;
namespace calendar = fundledger::calendar;

namespace {

Date D(const std::string& s) {
  auto r = calendar::parse_date(s);
  INFO(s);
  REQUIRE(r);
  return *r.value;
}

const WorkCalendar& cn() {
  static const WorkCalendar c = WorkCalendar::shipped();
  return c;
}

}  // namespace

TEST_CASE("lags: a calendar-day deadline is start + n, overdue once the as-of date reaches it") {
  CHECK(deadline(D("2025-09-26"), 5, Unit::calendar, cn()) == D("2025-10-01"));
  CHECK_FALSE(overdue(D("2025-09-26"), 5, D("2025-09-30"), Unit::calendar, cn()));
  CHECK(overdue(D("2025-09-26"), 5, D("2025-10-01"), Unit::calendar, cn()));
  // Calendar days need no holiday arrangement: 2015 is not covered.
  CHECK(deadline(D("2015-12-20"), 30, Unit::calendar, cn()) == D("2016-01-19"));
  CHECK(overdue(D("2015-12-20"), 30, D("2016-01-19"), Unit::calendar, cn()));
}

TEST_CASE("lags: a working-day deadline runs to the day before the next working day") {
  // From Friday 2025-09-26: 1 = Sun 09-28 (补班), 2 = 09-29, 3 = 09-30, 10-01..10-08 off, 4 = 10-09,
  // 5 = 10-10, 6 = Sat 10-11 (补班), Sun 10-12 off, 7 = Mon 10-13.
  const Date fri = D("2025-09-26");
  CHECK(count(fri, D("2025-10-08"), Unit::working, cn()) == 3);
  CHECK(count(fri, D("2025-10-13"), Unit::working, cn()) == 7);
  CHECK(deadline(fri, 0, Unit::working, cn()) == D("2025-09-27"));
  CHECK(deadline(fri, 3, Unit::working, cn()) == D("2025-10-08"));  // the whole holiday is in time
  CHECK(deadline(fri, 5, Unit::working, cn()) == D("2025-10-10"));
  CHECK(deadline(fri, 6, Unit::working, cn()) == D("2025-10-12"));
  // Overdue exactly when the as-of date reaches the deadline.
  CHECK_FALSE(overdue(fri, 3, D("2025-09-30"), Unit::working, cn()));
  CHECK_FALSE(overdue(fri, 3, D("2025-10-07"), Unit::working, cn()));
  CHECK(overdue(fri, 3, D("2025-10-08"), Unit::working, cn()));
  CHECK_FALSE(overdue(fri, 6, D("2025-10-11"), Unit::working, cn()));
  CHECK(overdue(fri, 6, D("2025-10-12"), Unit::working, cn()));
  CHECK(overdue(fri, 6, D("2025-10-20"), Unit::working, cn()));
}

TEST_CASE("lags: beyond the calendar, working days are not guessed") {
  // 2026-12-20 (Sunday): 21-25 and 28-31 December are 9 working days; 2027 is not covered.
  const Date start = D("2026-12-20");
  CHECK_FALSE(overdue(start, 10, D("2026-12-31"), Unit::working, cn()));  // 9 < 10: in time, known
  CHECK(overdue(start, 8, D("2026-12-31"), Unit::working, cn()));         // 9 > 8
  CHECK_THROWS_AS(overdue(start, 9, D("2026-12-31"), Unit::working, cn()),
                  calendar::YearNotCovered);  // 1 January?
  CHECK_THROWS_AS(overdue(D("2015-12-20"), 5, D("2016-01-19"), Unit::working, cn()),
                  calendar::YearNotCovered);
  CHECK_THROWS_AS(deadline(start, 9, Unit::working, cn()), calendar::YearNotCovered);
  const auto s = span(D("2015-12-20"), D("2016-01-19"), cn());
  CHECK(s.days == 30);
  CHECK_FALSE(s.workdays.has_value());
  CHECK_FALSE(span(std::nullopt, D("2016-01-19"), cn()).days.has_value());
}

TEST_CASE("lags: net allocations by a day") {
  SourceLags s;
  s.amount = Money::from_fen(10000);
  s.allocated = {{D("2025-09-30"), Money::from_fen(10000)}, {D("2025-10-09"), Money::from_fen(-4000)}};
  CHECK(s.allocated_by(D("2025-09-29")) == Money());
  CHECK(s.allocated_by(D("2025-09-30")) == Money::from_fen(10000));
  CHECK(s.allocated_by(D("2025-10-09")) == Money::from_fen(6000));
  CHECK(is_loan_category("microcredit"));
  CHECK(is_loan_category("policy_loan"));
  CHECK_FALSE(is_loan_category("county_self"));
}
