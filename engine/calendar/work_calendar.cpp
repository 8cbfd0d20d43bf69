// Working days under the loaded holiday arrangements (work_calendar.hpp).
#include "calendar/work_calendar.hpp"

#include <algorithm>

#include "text/text.hpp"

namespace fundledger::calendar {

std::string_view shipped_holiday_text();  // generated from data/holidays/CN.toml (CMakeLists.txt)

WorkCalendar WorkCalendar::shipped() {
  WorkCalendar c;
  c.add(parse_holiday_file(shipped_holiday_text(), kShippedHolidayFile));
  return c;
}

namespace {

bool weekend(const Date& d) {
  auto dow = d.day_of_week().as_number();  // 0 Sunday .. 6 Saturday
  return dow == 0 || dow == 6;
}

// "2016-2026", "2016-2020, 2023", or the catalogue's "none".
std::string year_ranges(const std::set<int>& years) {
  if (years.empty()) return text::tr("calendar.none_loaded");
  std::string s;
  for (auto it = years.begin(); it != years.end();) {
    int first = *it, last = *it;
    while (++it != years.end() && *it == last + 1) last = *it;
    if (!s.empty()) s += ", ";
    s += std::to_string(first);
    if (last != first) s += "-" + std::to_string(last);
  }
  return s;
}

long count_through(const std::vector<Date>& sorted, const Date& d) {
  return static_cast<long>(std::upper_bound(sorted.begin(), sorted.end(), d) - sorted.begin());
}

}  // namespace

YearNotCovered::YearNotCovered(int year_, const std::string& loaded)
    : std::out_of_range(
          text::tr("calendar.not_covered", text::arg("year", year_), text::arg("years", loaded))),
      year(year_) {}

WorkCalendar WorkCalendar::from_files(const std::vector<std::string>& paths) {
  WorkCalendar c;
  for (const auto& p : paths) c.add_file(p);
  return c;
}

void WorkCalendar::add(const HolidayFile& file) {
  for (const auto& y : file.years) {
    if (y.replace) {
      auto first = days_.lower_bound(Date(static_cast<unsigned short>(y.year), 1, 1));
      auto last = days_.upper_bound(Date(static_cast<unsigned short>(y.year), 12, 31));
      days_.erase(first, last);
    }
    years_.insert(y.year);
    for (const auto& d : y.days) days_.insert_or_assign(d.date, d);
  }
  reindex();
}

void WorkCalendar::reindex() {
  weekday_holidays_.clear();
  weekend_workdays_.clear();
  for (const auto& [date, day] : days_) {
    if (!day.working && !weekend(date)) weekday_holidays_.push_back(date);
    if (day.working && weekend(date)) weekend_workdays_.push_back(date);
  }
}

void WorkCalendar::require(int first_year, int last_year) const {
  for (int y = first_year; y <= last_year; ++y)
    if (!covers(y)) throw YearNotCovered(y, year_ranges(years_));
}

bool WorkCalendar::is_working_day(const Date& d) const {
  require(d.year(), d.year());
  auto it = days_.find(d);
  if (it != days_.end()) return it->second.working;
  return !weekend(d);
}

long WorkCalendar::working_through(const Date& d) const {
  // The Julian day number of a Monday is a multiple of 7.
  long k = static_cast<long>(d.day_number());
  long weekdays = 5 * (k / 7) + std::min(k % 7 + 1, 5L);
  return weekdays - count_through(weekday_holidays_, d) + count_through(weekend_workdays_, d);
}

long WorkCalendar::working_days_between(const Date& a, const Date& b) const {
  if (b < a) return -working_days_between(b, a);
  if (a == b) return 0;
  require((a + boost::gregorian::days(1)).year(), b.year());
  return working_through(b) - working_through(a);
}

std::optional<NamedDay> WorkCalendar::named_day(const Date& d) const {
  auto it = days_.find(d);
  if (it == days_.end()) return std::nullopt;
  return it->second;
}

std::vector<NamedDay> WorkCalendar::named_days(int year) const {
  std::vector<NamedDay> out;
  auto first = days_.lower_bound(Date(static_cast<unsigned short>(year), 1, 1));
  auto last = days_.upper_bound(Date(static_cast<unsigned short>(year), 12, 31));
  for (auto it = first; it != last; ++it) out.push_back(it->second);
  return out;
}

}  // namespace fundledger::calendar
