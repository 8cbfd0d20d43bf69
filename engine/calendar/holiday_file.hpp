// engine/calendar — a holiday file (data/holidays/*.toml): the State Council's days off and the
// weekend days worked in their place (补班), year by year, as WorkCalendar loads them.
//
//   [[year]]
//   year = 2019
//   replace = false     # optional: true drops what earlier files said of this year
//   holidays = [ { date = 2019-10-01, name = "国庆节" }, ... ]    # days off
//   workdays = [ { date = 2019-09-29, name = "国庆节" }, ... ]    # 补班: Saturdays and Sundays only
//
// A date is a TOML date (2019-10-01) or a string ("2019-10-01", "2019年10月1日"); it must lie in
// its table's year. Within one file a year and a date appear once; any other key is an error.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar.hpp"

namespace fundledger::calendar {

// A holiday (working = false) or a 补班 day (working = true), named by its festival ("春节").
struct NamedDay {
  Date date;
  std::string name;
  bool working = false;
  long line = 0;  // in its file, for messages
};

struct HolidayYear {
  int year = 0;
  bool replace = false;
  std::vector<NamedDay> days;  // in file order, holidays first
  long line = 0;
};

struct HolidayFile {
  std::string path;
  std::vector<HolidayYear> years;
};

// A holiday file that cannot be read or is wrong. what() is "FILE:LINE:COLUMN: message" (line and
// column 0 and left out when not known: the file cannot be read) in the
// run's language (engine/text, calendar.holidays.*); the parts are kept for a caller that words it
// its own way. key is the key's path in the file ("year[2].holidays[5].date"), empty when the
// problem is not one key's (the file cannot be read); value the offending value as written.
class HolidayFileError : public std::runtime_error {
 public:
  HolidayFileError(std::string file, long line, long column, std::string key, std::string value,
                   const std::string& message);
  std::string file;
  long line;
  long column;
  std::string key;
  std::string value;
  std::string message;  // without the location
};

// Reads and checks a whole holiday file; throws HolidayFileError at the first problem.
[[nodiscard]] HolidayFile read_holiday_file(const std::string& path);
// The same for text already read; `path` names it in messages.
[[nodiscard]] HolidayFile parse_holiday_file(std::string_view content, const std::string& path);

}  // namespace fundledger::calendar
