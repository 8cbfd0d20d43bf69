// engine/calendar: working days under the shipped holiday arrangements (data/holidays/CN.toml) and a
// bureau's own file; holiday files that are wrong.
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "calendar/work_calendar.hpp"

using namespace fundledger::calendar;

namespace {

Date D(const std::string& s) {
  auto r = parse_date(s);
  INFO(s);
  REQUIRE(r);
  return *r.value;
}

const std::string& shipped() {
  static const std::string path = std::string(FUNDLEDGER_SOURCE_DIR) + "/" + kShippedHolidayFile;
  return path;
}

const WorkCalendar& cn() {
  static const WorkCalendar c = WorkCalendar::from_files({shipped()});
  return c;
}

std::string write_temp(const std::string& name, const std::string& content) {
  auto path =
      std::filesystem::temp_directory_path() / ("fl-holidays-" + std::to_string(::getpid()) + "-" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

// The error a holiday file's text gives, as thrown.
HolidayFileError error_of(const std::string& content, const std::string& path = "local.toml") {
  try {
    (void)parse_holiday_file(content, path);
  } catch (const HolidayFileError& e) {
    return e;
  }
  FAIL("no error for:\n" << content);
  throw;
}

}  // namespace

TEST_CASE("work calendar: the shipped file covers 2016-2026 and nothing else") {
  for (int y = 2016; y <= 2026; ++y) CHECK(cn().covers(y));
  CHECK_FALSE(cn().covers(2015));
  CHECK_FALSE(cn().covers(2027));
  CHECK(cn().years().size() == 11);
}

TEST_CASE("work calendar: the built-in copy is the shipped file") {
  const WorkCalendar built_in = WorkCalendar::shipped();
  CHECK(built_in.years() == cn().years());
  for (int y = 2016; y <= 2026; ++y) {
    const auto a = built_in.named_days(y), b = cn().named_days(y);
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].date == b[i].date);
      CHECK(a[i].working == b[i].working);
      CHECK(a[i].name == b[i].name);
    }
  }
}

TEST_CASE("work calendar: known days off and 补班 days") {
  CHECK_FALSE(cn().is_working_day(D("2019-10-01")));  // 国庆节
  CHECK(cn().named_day(D("2019-10-01"))->name == "国庆节");
  CHECK(cn().is_working_day(D("2019-09-29")));  // Sunday, 补班 for 国庆节
  CHECK(cn().named_day(D("2019-09-29"))->name == "国庆节");
  CHECK(cn().named_day(D("2019-09-29"))->working);
  CHECK(cn().is_working_day(D("2019-02-02")));  // Saturday, 补班 for 春节
  CHECK(cn().named_day(D("2019-02-02"))->name == "春节");
  for (auto d = D("2020-01-24"); d <= D("2020-01-30"); d += boost::gregorian::days(1)) {
    INFO(format_date(d));
    CHECK_FALSE(cn().is_working_day(d));
    CHECK(cn().named_day(d)->name == "春节");
  }
  CHECK(cn().is_working_day(D("2020-01-19")));  // Sunday 补班
  // 2020's 春节 was lengthened to 2 February (国办发明电〔2020〕1号): the 补班 of Saturday 1 February
  // fell away, work resumed on Monday 3 February.
  CHECK_FALSE(cn().is_working_day(D("2020-01-31")));
  CHECK_FALSE(cn().is_working_day(D("2020-02-01")));
  CHECK(cn().is_working_day(D("2020-02-03")));
  CHECK(cn().is_working_day(D("2024-02-18")));  // Sunday 补班 for 春节
  CHECK(cn().is_working_day(D("2016-02-06")));  // Saturday 补班 for 春节
  CHECK_FALSE(cn().is_working_day(D("2026-10-01")));
  CHECK_FALSE(cn().is_working_day(D("2025-01-28")));  // 除夕, a statutory day from 2025
  CHECK(cn().is_working_day(D("2026-01-04")));        // Sunday 补班 for 元旦
  // Ordinary days.
  CHECK_FALSE(cn().is_working_day(D("2019-03-09")));  // a Saturday
  CHECK_FALSE(cn().is_working_day(D("2019-03-10")));  // a Sunday
  CHECK(cn().is_working_day(D("2019-03-13")));        // a Wednesday
  CHECK_FALSE(cn().named_day(D("2019-03-13")));
}

TEST_CASE("work calendar: working days between, over the 2019 国庆 week") {
  // (Fri 27 Sep, Tue 8 Oct]: Sun 29 Sep (补班), Mon 30 Sep, Tue 8 Oct.
  CHECK(cn().working_days_between(D("2019-09-27"), D("2019-10-08")) == 3);
  CHECK(cn().working_days_between(D("2019-09-30"), D("2019-10-07")) == 0);
  // (Mon 7 Oct, Sat 12 Oct]: 8-11 Oct and the 补班 of Saturday 12 Oct.
  CHECK(cn().working_days_between(D("2019-10-07"), D("2019-10-12")) == 5);
  CHECK(cn().working_days_between(D("2019-10-12"), D("2019-10-07")) == -5);
  CHECK(cn().working_days_between(D("2019-10-01"), D("2019-10-01")) == 0);
  // An ordinary week: (Fri, next Fri] is 5; calendar days are 7.
  CHECK(cn().working_days_between(D("2019-03-08"), D("2019-03-15")) == 5);
  CHECK(days_between(D("2019-03-08"), D("2019-03-15")) == 7);
}

TEST_CASE("work calendar: each year's counts against the package and a day-by-day count") {
  // Days off and 补班 days as chinese-days 1.5.7 lists them (scripts/gen_holidays.py prints them),
  // and the working days of the year counted from the TOML by a separate script.
  struct Counts {
    std::size_t off, work;
    long working;
  };
  const std::map<int, Counts> expected = {
      {2016, {24, 6, 250}}, {2017, {24, 5, 249}}, {2018, {25, 7, 250}}, {2019, {28, 6, 250}},
      {2020, {30, 6, 249}}, {2021, {31, 7, 250}}, {2022, {32, 7, 249}}, {2023, {26, 7, 249}},
      {2024, {28, 8, 251}}, {2025, {28, 5, 248}}, {2026, {33, 6, 248}},
  };
  for (const auto& [year, want] : expected) {
    INFO(year);
    auto days = cn().named_days(year);
    auto work =
        static_cast<std::size_t>(std::count_if(days.begin(), days.end(), [](auto& d) { return d.working; }));
    CHECK(days.size() - work == want.off);
    CHECK(work == want.work);
    CHECK(days.size() - work >= 20);  // a sane year: 11 or 13 statutory days and the weekends around them
    CHECK(days.size() - work <= 40);
    for (const auto& d : days)
      if (d.working) CHECK(d.date.day_of_week().as_number() % 6 == 0);  // 补班 only on Saturday or Sunday
    Date start(static_cast<unsigned short>(year), 1, 1);
    long by_day = 0;
    for (auto d = start; d.year() == year; d += boost::gregorian::days(1)) {
      by_day += cn().is_working_day(d) ? 1 : 0;
      REQUIRE(cn().working_days_between(D("2015-12-31"), d) ==
              cn().working_days_between(D("2015-12-31"), start - boost::gregorian::days(1)) + by_day);
    }
    CHECK(by_day == want.working);
    CHECK(cn().working_days_between(start - boost::gregorian::days(1),
                                    Date(static_cast<unsigned short>(year), 12, 31)) == want.working);
  }
}

TEST_CASE("work calendar: a year not loaded is refused, never taken as having no holidays") {
  CHECK_THROWS_AS(cn().is_working_day(D("2015-06-01")), YearNotCovered);
  CHECK_THROWS_AS(cn().is_working_day(D("2027-01-04")), YearNotCovered);
  CHECK_THROWS_AS(cn().working_days_between(D("2026-12-30"), D("2027-01-05")), YearNotCovered);
  CHECK_THROWS_AS(cn().working_days_between(D("2027-01-05"), D("2026-12-30")), YearNotCovered);
  try {
    (void)cn().is_working_day(D("2027-01-04"));
  } catch (const YearNotCovered& e) {
    CHECK(e.year == 2027);
    CHECK_THAT(e.what(), Catch::Contains("2027") && Catch::Contains("2016-2026"));
  }
  // The interval (a, b] does not hold a: a's year need not be loaded.
  CHECK(cn().working_days_between(D("2015-12-31"), D("2016-01-04")) == 1);
  WorkCalendar none;
  CHECK_THROWS_AS(none.is_working_day(D("2019-03-13")), YearNotCovered);
}

TEST_CASE("work calendar: a bureau's own file extends and overrides the shipped one") {
  auto local = write_temp("local.toml", R"(# 本县
[[year]]
year = 2019
holidays = [ { date = 2019-06-10, name = "本县庆典" }, { date = "2019-09-29", name = "国庆节" } ]
workdays = [ { date = 2019-10-05, name = "国庆节" } ]

[[year]]
year = 2027
holidays = [ { date = "2027年1月1日", name = "元旦" } ]

[[year]]
year = 2020
replace = true
)");
  auto c = WorkCalendar::from_files({shipped(), local});
  CHECK_FALSE(c.is_working_day(D("2019-06-10")));  // a Monday, the county's own day off
  CHECK(c.named_day(D("2019-06-10"))->name == "本县庆典");
  CHECK_FALSE(c.is_working_day(D("2019-09-29")));  // the shipped 补班 overridden
  CHECK(c.is_working_day(D("2019-10-05")));        // a shipped day off overridden
  CHECK_FALSE(c.is_working_day(D("2019-10-01")));  // the rest of the shipped year stands
  CHECK(c.covers(2027));
  CHECK_FALSE(c.is_working_day(D("2027-01-01")));
  CHECK(c.is_working_day(D("2027-01-04")));
  CHECK(c.is_working_day(D("2020-01-24")));  // 2020 replaced by an empty year: a plain Friday
  CHECK_FALSE(c.is_working_day(D("2020-01-19")));
  CHECK(c.working_days_between(D("2019-09-27"), D("2019-10-08")) == 3);  // -29 Sep, +5 Oct
  std::filesystem::remove(local);
}

TEST_CASE("work calendar: a wrong holiday file names the file, the line and the key") {
  auto e = error_of("[[year]]\nyear = 2019\nholidays = [ { date = \"2019-02-30\", name = \"春节\" } ]\n");
  CHECK(e.file == "local.toml");
  CHECK(e.line == 3);
  CHECK(e.key == "year[1].holidays[1].date");
  CHECK(e.value == "2019-02-30");
  CHECK_THAT(e.what(), Catch::StartsWith("local.toml:3:") && Catch::Contains("year[1].holidays[1].date"));

  e = error_of(
      "[[year]]\nyear = 2019\nholidays = [ { date = 2019-02-30, name = \"春节\" } ]\n");  // a TOML date
  CHECK(e.line == 3);
  CHECK(e.key == "date");
  CHECK_THAT(e.what(), Catch::StartsWith("local.toml:3:") && Catch::Contains("date"));
  CHECK_THAT(e.message, Catch::Contains("30"));  // the parser's own words, kept

  e = error_of("[[year]]\nyear = 2019\nholidays = [ { date = 2019-10-01, nmae = \"国庆节\" } ]\n");
  CHECK(e.key == "year[1].holidays[1].nmae");
  e = error_of("[[year]]\nyear = 2019\nholiday = []\n");
  CHECK(e.key == "year[1].holiday");
  e = error_of("years = 2019\n");
  CHECK(e.key == "years");
  e = error_of("[[year]]\nyear = \"2019\"\n");
  CHECK(e.key == "year[1].year");
  e = error_of("[[year]]\nholidays = []\n");
  CHECK(e.key == "year[1].year");
  e = error_of("[[year]]\nyear = 2019\nholidays = [ { date = 2019-10-01 } ]\n");
  CHECK(e.key == "year[1].holidays[1].name");
  e = error_of("[[year]]\nyear = 2019\nholidays = [ { date = 2020-10-01, name = \"国庆节\" } ]\n");
  CHECK(e.value == "2020-10-01");  // not in its year
  e = error_of("[[year]]\nyear = 2019\nworkdays = [ { date = 2019-09-30, name = \"国庆节\" } ]\n");
  CHECK(e.key == "year[1].workdays[1].date");  // a Monday
  e = error_of(
      "[[year]]\nyear = 2019\nholidays = [ { date = 2019-10-05, name = \"国庆节\" } ]\n"
      "workdays = [ { date = 2019-10-05, name = \"国庆节\" } ]\n");
  CHECK(e.line == 4);  // listed twice
  CHECK_THAT(e.message, Catch::Contains("3"));
  e = error_of("[[year]]\nyear = 2019\n[[year]]\nyear = 2019\n");
  CHECK(e.key == "year[2].year");

  auto bad = write_temp("bad.toml",
                        "[[year]]\nyear = 2019\nholidays = [ { date = \"2019-13-01\", name = \"x\" } ]\n");
  WorkCalendar c = WorkCalendar::from_files({shipped()});
  CHECK_THROWS_WITH(c.add_file(bad),
                    Catch::StartsWith(bad + ":3:") && Catch::Contains("year[1].holidays[1].date"));
  CHECK_FALSE(c.is_working_day(D("2019-10-01")));  // nothing of the bad file was added
  std::filesystem::remove(bad);
  CHECK_THROWS_WITH(WorkCalendar::from_files({"/nonexistent/holidays.toml"}),
                    Catch::StartsWith("/nonexistent/holidays.toml: "));
}
