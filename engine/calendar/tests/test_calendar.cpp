// engine/calendar: date parsing, half-open periods, fiscal years, month arithmetic, day counts.
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <stdexcept>
#include <string>

#include "calendar/calendar.hpp"
#include "text/text.hpp"

using namespace fundledger::calendar;
using fundledger::Rational;

namespace Catch {
template <>
struct StringMaker<Date> {
  static std::string convert(const Date& d) { return format_date(d); }
};
}  // namespace Catch

namespace {

Date D(const std::string& s) {
  auto r = parse_date(s);
  INFO("parse_date(\"" << s << "\") -> " << r.error);
  REQUIRE(r);
  REQUIRE(r.error.empty());
  return *r.value;
}

std::string E(const std::string& s) {
  auto r = parse_date(s);
  INFO("parse_date(\"" << s << "\") unexpectedly gave " << (r ? format_date(*r.value) : std::string()));
  REQUIRE_FALSE(r);
  REQUIRE_FALSE(r.value.has_value());
  return r.error;
}

Date ymd(int y, int m, int d) {
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
}

}  // namespace

// ---- parsing -------------------------------------------------------------------------------------

TEST_CASE("dates parse in the three accepted forms", "[calendar][parse]") {
  CHECK(D("2017-03-01") == ymd(2017, 3, 1));
  CHECK(D("2017/03/01") == ymd(2017, 3, 1));
  CHECK(D("2017/3/1") == ymd(2017, 3, 1));
  CHECK(D("2017/12/31") == ymd(2017, 12, 31));
  CHECK(D("2017年3月1日") == ymd(2017, 3, 1));
  CHECK(D("2017年03月01日") == ymd(2017, 3, 1));
  CHECK(D("2017年12月31日") == ymd(2017, 12, 31));
  CHECK(D("  2017-03-01\t") == ymd(2017, 3, 1));  // white space around is trimmed
  CHECK(D("1900-01-01") == ymd(1900, 1, 1));
  CHECK(D("2999-12-31") == ymd(2999, 12, 31));
  CHECK(format_date(D("2017-03-01")) == "2017-03-01");
  CHECK(format_date(D("2017/3/1")) == "2017-03-01");
  CHECK(format_date(D("2017年3月1日")) == "2017-03-01");
}

TEST_CASE("leap years follow the Gregorian rules", "[calendar][parse][leap]") {
  CHECK(D("2016-02-29") == ymd(2016, 2, 29));
  CHECK(D("2000-02-29") == ymd(2000, 2, 29));  // divisible by 400
  CHECK(D("2016年2月29日") == ymd(2016, 2, 29));
  const std::string why = "no such day in that month";
  CHECK(E("2017-02-29") == "invalid date \"2017-02-29\": " + why);
  CHECK(E("1900-02-29") == "invalid date \"1900-02-29\": " + why);  // divisible by 100, not 400
  CHECK(E("2100/2/29") == "invalid date \"2100/2/29\": " + why);
  CHECK(E("2017年2月29日") == "invalid date \"2017年2月29日\": " + why);
}

TEST_CASE("impossible and malformed dates are refused, naming the input", "[calendar][parse][errors]") {
  const std::string any_form = "expected YYYY-MM-DD, YYYY/MM/DD or YYYY年M月D日";
  const std::pair<const char*, std::string> cases[] = {
      {"2017-02-30", "no such day in that month"},
      {"2017-04-31", "no such day in that month"},
      {"2017-01-32", "no such day in that month"},
      {"2017-01-00", "no such day in that month"},
      {"2017/2/30", "no such day in that month"},
      {"2017-13-01", "no such month"},
      {"2017-00-10", "no such month"},
      {"2017/13/1", "no such month"},
      {"2017年13月1日", "no such month"},
      {"2017-2-3", "expected YYYY-MM-DD"},  // the dash form needs two digits
      {"2017-02-3", "expected YYYY-MM-DD"},
      {"2017-2-03", "expected YYYY-MM-DD"},
      {"1899-12-31", "year out of range 1900..2999"},
      {"3000-01-01", "year out of range 1900..2999"},
      {"", "empty"},
      {"   ", "empty"},
      {"garbage", any_form},
      {"17-03-01", any_form},
      {"20170301", any_form},
      {"2017-03-01x", any_form},
      {"2017-03-01 12:00", any_form},
      {"2017/02-03", any_form},
      {"2017-02/03", any_form},
      {"2017/003/01", any_form},
      {"2017.03.01", any_form},
      {"2017-03", any_form},
      {"2017年3月1", "expected YYYY年M月D日"},
      {"2017年3-1日", "expected YYYY年M月D日"},
      {"2017年3月", "expected YYYY年M月D日"},
      {"２０１７-03-01", any_form},  // full-width digits are not a date form
  };
  for (const auto& [input, why] : cases) {
    INFO("input: " << input);
    CHECK(E(input) == std::string("invalid date \"") + input + "\": " + why);
  }
}

TEST_CASE("date errors read in Chinese when the run is in Chinese", "[calendar][parse][errors][zh]") {
  namespace text = fundledger::text;
  text::set_language(text::Lang::zh);
  CHECK(E("2017-02-30") == "日期“2017-02-30”无效：该月没有这一天");
  CHECK(E("2017年3月1") == "日期“2017年3月1”无效：应为 YYYY年M月D日 格式");
  CHECK(E("garbage") == "日期“garbage”无效：应为 YYYY-MM-DD、YYYY/MM/DD 或 YYYY年M月D日 格式");
  CHECK(E("1899-12-31") == "日期“1899-12-31”无效：年份超出 1900..2999 的范围");
  text::set_language(text::Lang::en);
  CHECK(E("2017-02-30") == "invalid date \"2017-02-30\": no such day in that month");
}

TEST_CASE("format_date and format_date_zh round-trip through parse_date", "[calendar][format]") {
  CHECK(format_date(ymd(2017, 3, 1)) == "2017-03-01");
  CHECK(format_date_zh(ymd(2017, 3, 1)) == "2017年3月1日");
  CHECK(format_date_zh(ymd(2016, 12, 31)) == "2016年12月31日");
  const std::uint64_t seed = 19000101;
  INFO("seed " << seed);
  std::mt19937_64 rng(seed);
  const Date first = ymd(1900, 1, 1);
  const long span = days_between(first, ymd(2999, 12, 31));
  for (int i = 0; i < 5000; ++i) {
    const Date d =
        first + boost::gregorian::days(static_cast<long>(rng() % static_cast<std::uint64_t>(span + 1)));
    INFO(format_date(d));
    CHECK(D(format_date(d)) == d);
    CHECK(D(format_date_zh(d)) == d);
    std::string slashed = format_date(d);
    for (char& c : slashed)
      if (c == '-') c = '/';
    CHECK(D(slashed) == d);
  }
}

TEST_CASE("parse_month accepts the month forms of input files: YYYY-M(M), YYYY/M(M), YYYY年M月",
          "[calendar][parse]") {
  CHECK(parse_month("2017-03") == std::make_pair(2017, 3));
  CHECK(parse_month("2017-12") == std::make_pair(2017, 12));
  CHECK(parse_month("1900-01") == std::make_pair(1900, 1));
  CHECK(parse_month("2999-12") == std::make_pair(2999, 12));
  CHECK(parse_month("2019-6") == std::make_pair(2019, 6));
  CHECK(parse_month("2019/6") == std::make_pair(2019, 6));
  CHECK(parse_month("2019/06") == std::make_pair(2019, 6));
  CHECK(parse_month("2019年6月") == std::make_pair(2019, 6));
  CHECK(parse_month("2019年12月") == std::make_pair(2019, 12));
  for (const char* bad : {"2017-13", "2017-00", "1899-12", "3000-01", "2017-03-01", "", " 2017-03",
                          "2017-03 ", "201-03", "2017", "2017-", "abcd-ef", "2017年3", "2017年3月1日",
                          "2017-3月", "2017年13月", "2017/0", "2017-123"}) {
    INFO("input: " << bad);
    CHECK_FALSE(parse_month(bad).has_value());
  }
}

// ---- periods -------------------------------------------------------------------------------------

TEST_CASE("month periods are half-open", "[calendar][period]") {
  const Period feb = month_period(2017, 2);
  CHECK(feb.begin == ymd(2017, 2, 1));
  CHECK(feb.end == ymd(2017, 3, 1));
  CHECK(feb.days() == 28);
  CHECK(month_period(2016, 2).days() == 29);
  CHECK(feb.contains(ymd(2017, 2, 1)));
  CHECK(feb.contains(ymd(2017, 2, 28)));
  CHECK_FALSE(feb.contains(ymd(2017, 3, 1)));  // the end is outside
  CHECK_FALSE(feb.contains(ymd(2017, 1, 31)));
  const Period dec = month_period(2017, 12);
  CHECK(dec.begin == ymd(2017, 12, 1));
  CHECK(dec.end == ymd(2018, 1, 1));
  CHECK(dec.days() == 31);
  CHECK(month_period(2017, 4).days() == 30);
  // Consecutive months tile the year without gap or overlap.
  long total = 0;
  for (int m = 1; m <= 12; ++m) {
    total += month_period(2016, m).days();
    if (m < 12) CHECK(month_period(2016, m).end == month_period(2016, m + 1).begin);
  }
  CHECK(total == 366);
  CHECK_THROWS_AS(month_period(2017, 0), std::out_of_range);
  CHECK_THROWS_AS(month_period(2017, 13), std::out_of_range);
  CHECK_THROWS_AS(month_period(10000, 1), std::out_of_range);
}

TEST_CASE("quarter periods are half-open", "[calendar][period]") {
  CHECK(quarter_period(2017, 1).begin == ymd(2017, 1, 1));
  CHECK(quarter_period(2017, 1).end == ymd(2017, 4, 1));
  CHECK(quarter_period(2017, 1).days() == 90);
  CHECK(quarter_period(2016, 1).days() == 91);
  CHECK(quarter_period(2017, 2).begin == ymd(2017, 4, 1));
  CHECK(quarter_period(2017, 2).days() == 91);
  CHECK(quarter_period(2017, 3).begin == ymd(2017, 7, 1));
  CHECK(quarter_period(2017, 3).days() == 92);
  CHECK(quarter_period(2017, 4).begin == ymd(2017, 10, 1));
  CHECK(quarter_period(2017, 4).end == ymd(2018, 1, 1));
  CHECK(quarter_period(2017, 4).days() == 92);
  CHECK(quarter_period(2017, 1).contains(ymd(2017, 3, 31)));
  CHECK_FALSE(quarter_period(2017, 1).contains(ymd(2017, 4, 1)));
  CHECK(quarter_period(2017, 2).contains(ymd(2017, 4, 1)));
  CHECK_THROWS_AS(quarter_period(2017, 0), std::out_of_range);
  CHECK_THROWS_AS(quarter_period(2017, 5), std::out_of_range);
  CHECK_THROWS_AS(quarter_period(2017, -1), std::out_of_range);
}

TEST_CASE("fiscal years: calendar year by default, any start month", "[calendar][period][fiscal]") {
  const Period fy = fiscal_year_period(2017);
  CHECK(fy.begin == ymd(2017, 1, 1));
  CHECK(fy.end == ymd(2018, 1, 1));
  CHECK(fy.days() == 365);
  CHECK(fiscal_year_period(2016).days() == 366);
  CHECK(fiscal_year_period(2017, 1).begin == fy.begin);
  const Period april = fiscal_year_period(2017, 4);
  CHECK(april.begin == ymd(2017, 4, 1));
  CHECK(april.end == ymd(2018, 4, 1));
  CHECK(april.days() == 365);
  CHECK(fiscal_year_period(2015, 4).days() == 366);  // contains 2016-02-29
  CHECK(april.contains(ymd(2018, 3, 31)));
  CHECK_FALSE(april.contains(ymd(2018, 4, 1)));
  CHECK_FALSE(april.contains(ymd(2017, 3, 31)));
  const Period october = fiscal_year_period(2017, 10);
  CHECK(october.begin == ymd(2017, 10, 1));
  CHECK(october.end == ymd(2018, 10, 1));

  CHECK(fiscal_year_of(ymd(2017, 6, 15)) == 2017);
  CHECK(fiscal_year_of(ymd(2017, 1, 1)) == 2017);
  CHECK(fiscal_year_of(ymd(2017, 12, 31)) == 2017);
  CHECK(fiscal_year_of(ymd(2018, 3, 31), 4) == 2017);  // named after the year it starts in
  CHECK(fiscal_year_of(ymd(2018, 4, 1), 4) == 2018);
  CHECK(fiscal_year_of(ymd(2017, 9, 30), 10) == 2016);
  CHECK(fiscal_year_of(ymd(2017, 12, 31), 12) == 2017);
  CHECK(fiscal_year_of(ymd(2017, 11, 30), 12) == 2016);

  CHECK_THROWS_AS(fiscal_year_period(2017, 0), std::out_of_range);
  CHECK_THROWS_AS(fiscal_year_period(2017, 13), std::out_of_range);
  CHECK_THROWS_AS(fiscal_year_of(ymd(2017, 1, 1), 0), std::out_of_range);
  CHECK_THROWS_AS(fiscal_year_of(ymd(2017, 1, 1), 13), std::out_of_range);

  // Every day falls in the fiscal year fiscal_year_of names, for every start month.
  const std::uint64_t seed = 4;
  INFO("seed " << seed);
  std::mt19937_64 rng(seed);
  for (int i = 0; i < 3000; ++i) {
    const Date d = ymd(1950, 1, 1) + boost::gregorian::days(static_cast<long>(rng() % 40000));
    const int start = 1 + static_cast<int>(rng() % 12);
    INFO(format_date(d) << " start month " << start);
    const Period p = fiscal_year_period(fiscal_year_of(d, start), start);
    CHECK(p.contains(d));
    CHECK((p.days() == 365 || p.days() == 366));
  }
}

// ---- month arithmetic ------------------------------------------------------------------------------

TEST_CASE("month_end", "[calendar][month]") {
  CHECK(month_end(ymd(2016, 2, 10)) == ymd(2016, 2, 29));
  CHECK(month_end(ymd(2017, 2, 1)) == ymd(2017, 2, 28));
  CHECK(month_end(ymd(1900, 2, 1)) == ymd(1900, 2, 28));
  CHECK(month_end(ymd(2000, 2, 1)) == ymd(2000, 2, 29));
  CHECK(month_end(ymd(2017, 4, 15)) == ymd(2017, 4, 30));
  CHECK(month_end(ymd(2017, 12, 31)) == ymd(2017, 12, 31));
  CHECK(month_end(ymd(2017, 1, 1)) == ymd(2017, 1, 31));
  for (int m = 1; m <= 12; ++m) {
    const Period p = month_period(2017, m);
    CHECK(month_end(p.begin) + boost::gregorian::days(1) == p.end);
  }
}

TEST_CASE("add_months_clamped clamps to the end of the target month", "[calendar][month]") {
  CHECK(add_months_clamped(ymd(2016, 1, 31), 1) == ymd(2016, 2, 29));
  CHECK(add_months_clamped(ymd(2017, 1, 31), 1) == ymd(2017, 2, 28));
  CHECK(add_months_clamped(ymd(2016, 1, 31), 12) == ymd(2017, 1, 31));
  CHECK(add_months_clamped(ymd(2016, 1, 31), 36) == ymd(2019, 1, 31));
  CHECK(add_months_clamped(ymd(2016, 2, 29), 12) == ymd(2017, 2, 28));
  CHECK(add_months_clamped(ymd(2016, 2, 29), 48) == ymd(2020, 2, 29));
  CHECK(add_months_clamped(ymd(2017, 5, 31), 1) == ymd(2017, 6, 30));
  CHECK(add_months_clamped(ymd(2017, 12, 15), 1) == ymd(2018, 1, 15));
  CHECK(add_months_clamped(ymd(2017, 3, 31), -1) == ymd(2017, 2, 28));
  CHECK(add_months_clamped(ymd(2017, 1, 15), -1) == ymd(2016, 12, 15));
  CHECK(add_months_clamped(ymd(2017, 1, 15), -13) == ymd(2015, 12, 15));
  CHECK(add_months_clamped(ymd(2017, 1, 15), 0) == ymd(2017, 1, 15));
  CHECK(add_months_clamped(ymd(2017, 8, 31), 6) == ymd(2018, 2, 28));
  CHECK_THROWS_AS(add_months_clamped(ymd(9999, 12, 1), 1), std::out_of_range);

  const std::uint64_t seed = 20160131;
  INFO("seed " << seed);
  std::mt19937_64 rng(seed);
  for (int i = 0; i < 5000; ++i) {
    const Date d = ymd(1950, 1, 1) + boost::gregorian::days(static_cast<long>(rng() % 40000));
    const int months = static_cast<int>(rng() % 241) - 120;
    INFO(format_date(d) << " + " << months << " months");
    const Date r = add_months_clamped(d, months);
    const int month_index = d.year() * 12 + (d.month() - 1) + months;
    CHECK(r.year() * 12 + (r.month() - 1) == month_index);
    CHECK(r.day() == std::min<int>(d.day(), month_end(r).day()));
    if (d.day() <= 28) CHECK(add_months_clamped(r, -months) == d);  // no clamping, so reversible
  }
}

// ---- day counts ----------------------------------------------------------------------------------

TEST_CASE("days_between is signed and exact", "[calendar][daycount]") {
  CHECK(days_between(ymd(2017, 1, 1), ymd(2018, 1, 1)) == 365);
  CHECK(days_between(ymd(2016, 1, 1), ymd(2017, 1, 1)) == 366);
  CHECK(days_between(ymd(2018, 1, 1), ymd(2017, 1, 1)) == -365);
  CHECK(days_between(ymd(2017, 3, 1), ymd(2017, 3, 1)) == 0);
  CHECK(days_between(ymd(2017, 2, 28), ymd(2017, 3, 1)) == 1);
  CHECK(days_between(ymd(2016, 2, 28), ymd(2016, 3, 1)) == 2);
  CHECK(days_between(ymd(1900, 1, 1), ymd(2000, 1, 1)) == 36524);
  CHECK(days_between(D("2017-03-01"), D("2017年6月1日")) == 92);
}

TEST_CASE("year fractions are exact rationals under ACT/360 and ACT/365", "[calendar][daycount]") {
  CHECK(year_fraction(365, DayCount::act365) == Rational(1));
  CHECK(year_fraction(360, DayCount::act360) == Rational(1));
  CHECK(year_fraction(365, DayCount::act360) == Rational(73, 72));
  CHECK(year_fraction(366, DayCount::act365) == Rational(366, 365));
  CHECK(year_fraction(90, DayCount::act360) == Rational(1, 4));
  CHECK(year_fraction(73, DayCount::act365) == Rational(1, 5));
  CHECK(year_fraction(0, DayCount::act360) == Rational(0));
  CHECK(year_fraction(-30, DayCount::act360) == Rational(-1, 12));
  CHECK(year_fraction(1, DayCount::act365) == Rational(1, 365));
  CHECK(year_fraction(1, DayCount::act365) != Rational(1, 360));
  CHECK(day_count_basis(DayCount::act360) == 360);
  CHECK(day_count_basis(DayCount::act365) == 365);
  CHECK(parse_day_count("act360") == DayCount::act360);
  CHECK(parse_day_count("act365") == DayCount::act365);
  for (const char* bad : {"", "ACT/360", "act/365", "ACT360", "act366", "act360 ", "30/360"}) {
    INFO("input: " << bad);
    CHECK_FALSE(parse_day_count(bad).has_value());
  }
}

TEST_CASE("interest for a period is exact money: 100万 at 4.35% for a quarter",
          "[calendar][daycount][money]") {
  using fundledger::Money;
  using fundledger::parse_amount;
  using fundledger::parse_rate;
  const Money principal = *parse_amount("100万").value;
  const Rational rate = *parse_rate("4.35%").value;
  const Period q = quarter_period(2017, 2);  // 91 days
  // ACT/360: 1,000,000 × 0.0435 × 91/360 = 10995.8333… → 10995.83.
  CHECK(fundledger::multiply(principal, rate * year_fraction(q.days(), DayCount::act360)) ==
        *parse_amount("10995.83").value);
  // ACT/365: 1,000,000 × 0.0435 × 91/365 = 10845.2054… → 10845.21.
  CHECK(fundledger::multiply(principal, rate * year_fraction(q.days(), DayCount::act365)) ==
        *parse_amount("10845.21").value);
  // 90 days ACT/360 is exactly a quarter of the annual interest.
  CHECK(fundledger::multiply(principal, rate * year_fraction(90, DayCount::act360)) ==
        *parse_amount("10875").value);
}
