// Settlement years, quarters and periods of the interest subsidy (贴息 by quarter, issue 21), and
// the per-household cap counted across a settlement year. Every figure worked out by hand:
// principal × rate × days ÷ 360, rounded once half-up to the fen per loan and window.
#include <catch2/catch.hpp>

#include "loan_fixture.hpp"
#include "loans/loans.hpp"
#include "loans/settlement.hpp"

using namespace fundledger;
using namespace fundledger::loans;
using calendar::DayCount;

namespace {

using test::d;
using test::yuan;

Loan loan(const char* id, const char* household, const char* start, int months) {
  return test::five_wan(id, household, start, months);
}

TermsLookup cap_of(const char* cap) {
  ProductTerms t;
  t.rule_id = "cap";
  t.subsidy_max_per_household = yuan(cap);
  return [t](const std::string&, int) -> std::optional<ProductTerms> { return t; };
}

SubsidyWindow quarter(const SettlementYear& s, const char* text) {
  auto q = parse_quarter(text);
  REQUIRE(q);
  auto w = window_in_one_year(s, *q.days, q.label);
  REQUIRE(w);
  return *w;
}

const SettlementYear kCalendar;
const SettlementYear kOctober{10, 1};

}  // namespace

TEST_CASE("settlement_year_start is a month and a day every year has", "[settlement]") {
  auto s = parse_settlement_year_start("10-01");
  REQUIRE(s);
  CHECK((s->month == 10 && s->day == 1));
  CHECK(format_settlement_year_start(*s) == "10-01");
  CHECK(parse_settlement_year_start("1-1")->calendar());
  for (const char* bad : {"10-29", "13-01", "0-10", "1001", "10-1x", "-1-01", "10--1", ""})
    CHECK_FALSE(parse_settlement_year_start(bad));
}

TEST_CASE("a settlement year from October is named by the year it ends in", "[settlement]") {
  auto y = settlement_year(kOctober, 2019);
  CHECK(y.begin == d("2018-10-01"));
  CHECK(y.end == d("2019-10-01"));
  CHECK(y.days() == 365);
  CHECK(settlement_year_of(kOctober, d("2018-09-30")) == 2018);
  CHECK(settlement_year_of(kOctober, d("2018-10-01")) == 2019);
  CHECK(settlement_year(kCalendar, 2019).begin == d("2019-01-01"));
  CHECK(settlement_year_of(kCalendar, d("2019-12-31")) == 2019);
}

TEST_CASE("quarters and periods as the clerk writes them", "[settlement]") {
  auto q = parse_quarter("2019Q3");
  REQUIRE(q);
  CHECK(q.days->begin == d("2019-07-01"));
  CHECK(q.days->end == d("2019-10-01"));
  CHECK(q.label == "2019Q3");
  for (const char* bad : {"2019Q5", "2019Q0", "19Q3", "2019-Q3", "2019Q", "2019Q31"}) {
    auto b = parse_quarter(bad);
    CHECK_FALSE(b);
    CHECK(b.error == "subsidy.quarter_bad");
  }
  // A bank's interest period, both days included: 10 + 31 + 31 + 20 = 92 days.
  auto p = parse_period("2019-06-21..2019-09-20");
  REQUIRE(p);
  CHECK(p.days->days() == 92);
  CHECK(p.label == "2019-06-21..2019-09-20");
  CHECK(parse_period("2019-09-20..2019-06-21").error == "subsidy.period_backwards");
  CHECK(parse_period("2019-06-21").error == "subsidy.period_bad");
  CHECK(parse_period("2019-06-21..").error == "subsidy.period_bad");
}

TEST_CASE("a window lies in one settlement year and is booked in the year of its last day", "[settlement]") {
  auto q4 = quarter(kOctober, "2018Q4");
  CHECK(q4.year == 2019);         // 2018-10-01 opens settlement year 2019
  CHECK(q4.fiscal_year == 2018);  // paid from 2018's budget
  CHECK(quarter(kCalendar, "2018Q4").year == 2018);
  auto crossing = parse_period("2019-09-01..2019-10-31");
  REQUIRE(crossing);
  CHECK_FALSE(window_in_one_year(kOctober, *crossing.days, crossing.label));
  CHECK(window_in_one_year(kCalendar, *crossing.days, crossing.label));
  CHECK(year_window(kOctober, 2019).days.begin == d("2018-10-01"));
}

TEST_CASE("four quarters each rounded once: a year's days in four pieces", "[settlement][subsidy]") {
  auto l = loan("L1", "H1", "2016-01-01", 36);
  // 50000 × 0.0435 / 360 = 6.041666… a day.
  // Q1 90 days = 543.75; Q2 91 = 549.7916… → 549.79; Q3 92 = 555.8333… → 555.83; Q4 92 → 555.83.
  const char* expected[] = {"543.75", "549.79", "555.83", "555.83"};
  Money sum;
  for (int q = 1; q <= 4; ++q) {
    auto w = quarter(kCalendar, ("2017Q" + std::to_string(q)).c_str());
    auto r = compute_subsidy({l}, w, kCalendar, DayCount::act360, TermsLookup{});
    REQUIRE(r.loans.size() == 1);
    CHECK(r.total == yuan(expected[q - 1]));
    sum += r.total;
  }
  // The year at once: 365 days = 2205.2083… → 2205.21; the quarters, each rounded, give 2205.20.
  CHECK(sum == yuan("2205.20"));
  CHECK(compute_subsidy({l}, 2017, DayCount::act360, TermsLookup{}).total == yuan("2205.21"));
}

TEST_CASE("the per-household cap counts the settlement year's earlier quarters", "[settlement][caps]") {
  auto l = loan("L1", "H1", "2016-01-01", 36);
  auto terms = cap_of("1000");
  auto q = [&](const char* text) {
    return compute_subsidy({l}, quarter(kCalendar, text), kCalendar, DayCount::act360, terms);
  };
  CHECK(q("2017Q1").total == yuan("543.75"));  // under the cap
  // Q2: 543.75 earned before + 549.79 now = 1093.54 > 1000: 1000 − 543.75 = 456.25 left.
  auto q2 = q("2017Q2");
  CHECK(q2.total == yuan("456.25"));
  CHECK(q2.households.at(0).earlier == yuan("543.75"));
  CHECK_FALSE(q2.loans.at(0).reasons.empty());
  // Q3: 181 days before = 1093.5416… → 1093.54, the cap is spent: nothing.
  CHECK(q("2017Q3").total == Money());
  CHECK(q("2017Q4").total == Money());
  // The next year starts afresh.
  CHECK(q("2018Q1").total == yuan("543.75"));
}

TEST_CASE("an October settlement year carries the cap over New Year", "[settlement][caps]") {
  auto l = loan("L1", "H1", "2018-11-15", 12);
  auto terms = cap_of("300");
  // 2018Q4: 2018-11-15 to 2019-01-01 = 16 + 31 = 47 days: 283.9583… → 283.96.
  auto q4 = compute_subsidy({l}, quarter(kOctober, "2018Q4"), kOctober, DayCount::act360, terms);
  CHECK(q4.total == yuan("283.96"));
  // 2019Q1 (90 days, 543.75) is in the same settlement year 2019: 300 − 283.96 = 16.04 left.
  auto q1 = compute_subsidy({l}, quarter(kOctober, "2019Q1"), kOctober, DayCount::act360, terms);
  CHECK(q1.total == yuan("16.04"));
  // Under the calendar year, 2019Q1 opens a new year: the cap alone, 300.
  CHECK(compute_subsidy({l}, quarter(kCalendar, "2019Q1"), kCalendar, DayCount::act360, terms).total ==
        yuan("300"));
}

TEST_CASE("an extended loan (展期) earns nothing after its original maturity", "[settlement][subsidy]") {
  auto extended = loan("L1", "H1", "2017-04-01", 12);  // matures 2018-04-01
  extended.extended_to = d("2018-10-01");
  auto plain = loan("L2", "H2", "2017-04-01", 12);
  auto half = parse_period("2018-01-01..2018-06-30");
  REQUIRE(half);
  auto w = window_in_one_year(kCalendar, *half.days, half.label);
  REQUIRE(w);
  auto r = compute_subsidy({extended, plain}, *w, kCalendar, DayCount::act360, TermsLookup{});
  REQUIRE(r.loans.size() == 2);
  // Both stop at 2018-04-01: 90 days = 543.75; the extended one says why.
  CHECK(r.loans[0].period.end == d("2018-04-01"));
  CHECK(r.loans[0].subsidy == yuan("543.75"));
  REQUIRE(r.loans[0].reasons.size() == 1);
  CHECK(r.loans[0].reasons[0].find("2018-04-01") != std::string::npos);
  CHECK(r.loans[1].reasons.empty());
  // A window after the original maturity has no day for it.
  CHECK(compute_subsidy({extended}, quarter(kCalendar, "2018Q3"), kCalendar, DayCount::act360, TermsLookup{})
            .loans.empty());
}
