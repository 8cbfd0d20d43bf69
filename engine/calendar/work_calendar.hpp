// engine/calendar — working days (工作日) under the State Council's holiday arrangements.
//
// A date is a working day when it is Monday to Friday and not a holiday (法定节假日 and the days off
// of its arrangement), or a Saturday or Sunday listed as a 补班 day. The arrangements are data
// (holiday_file.hpp): the shipped data/holidays/CN.toml (kShippedHolidayFile) and, loaded after it,
// a bureau's own file (a local day off, next year's arrangement before fundledger ships it).
//
// A year no loaded file lists is not known: is_working_day and working_days_between throw
// YearNotCovered for a date in it, never guessing Monday to Friday; covers() asks first.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "calendar/calendar.hpp"
#include "calendar/holiday_file.hpp"

namespace fundledger::calendar {

// The shipped arrangements 2016-2026, relative to the repository root (there is no installed copy
// yet: a caller joins it to the source tree, tests through FUNDLEDGER_SOURCE_DIR).
inline constexpr const char* kShippedHolidayFile = "data/holidays/CN.toml";

// A date in a year no loaded holiday file lists. what() says so in the run's language
// (calendar.not_covered), naming the years loaded.
class YearNotCovered : public std::out_of_range {
 public:
  YearNotCovered(int year, const std::string& loaded);
  int year;
};

class WorkCalendar {
 public:
  WorkCalendar() = default;  // no year known: every query throws YearNotCovered
  // The files in order, each extending and overriding the ones before (add_file).
  [[nodiscard]] static WorkCalendar from_files(const std::vector<std::string>& paths);
  // The shipped arrangements, built into the program (the text of kShippedHolidayFile).
  [[nodiscard]] static WorkCalendar shipped();

  // Adds a file's years. A day it lists replaces what an earlier file said of that date (a
  // holiday may become a 补班 day and the other way round); a year with `replace = true` first
  // drops every day earlier files listed in it. Throws HolidayFileError and then adds nothing.
  void add_file(const std::string& path) { add(read_holiday_file(path)); }
  void add(const HolidayFile& file);

  [[nodiscard]] bool covers(int year) const { return years_.count(year) != 0; }
  [[nodiscard]] bool covers(const Date& d) const { return covers(static_cast<int>(d.year())); }
  [[nodiscard]] const std::set<int>& years() const { return years_; }

  // Throws YearNotCovered when d's year is not loaded.
  [[nodiscard]] bool is_working_day(const Date& d) const;
  // The number of working days in the half-open interval (a, b]: the days after a up to and
  // including b, as days_between(a, b) counts calendar days (a payment made on a and reported on
  // the next working day is 1 working day late). Negative when b < a (minus the count in (b, a]),
  // 0 when a == b. Throws YearNotCovered when a year of the interval is not loaded (a's own year
  // need not be: a is not in the interval).
  [[nodiscard]] long working_days_between(const Date& a, const Date& b) const;

  // The holiday or 补班 day at d, if the files list one (whichever file said it last).
  [[nodiscard]] std::optional<NamedDay> named_day(const Date& d) const;
  // Every holiday and 补班 day of a year, by date.
  [[nodiscard]] std::vector<NamedDay> named_days(int year) const;

 private:
  void require(int first_year, int last_year) const;
  void reindex();
  // Working days in [some fixed Monday, d]: Monday to Friday, less the holidays on them, plus the
  // 补班 days on weekends.
  [[nodiscard]] long working_through(const Date& d) const;

  std::set<int> years_;
  std::map<Date, NamedDay> days_;       // what the last file to name each date said
  std::vector<Date> weekday_holidays_;  // holidays on Monday to Friday, sorted
  std::vector<Date> weekend_workdays_;  // 补班 days, sorted
};

}  // namespace fundledger::calendar
