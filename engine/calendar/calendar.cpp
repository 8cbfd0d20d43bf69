#include "calendar/calendar.hpp"

#include <algorithm>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <cctype>
#include <stdexcept>

#include "text/text.hpp"

namespace fundledger::calendar {
namespace {

// The date `input` refused, for the reason `why_id` (a calendar.why.* message; {form} in it is
// the Chinese input form).
DateParse fail(std::string_view input, std::string_view why_id) {
  DateParse r;
  auto why = text::tr(why_id, text::arg("form", "YYYY年M月D日"));
  r.error = text::tr("calendar.invalid_date", text::arg("value", input), text::arg("why", why));
  return r;
}

// Reads 1..max_len ASCII digits at s[p]; returns -1 if none.
int read_number(std::string_view s, std::size_t& p, std::size_t max_len) {
  std::size_t start = p;
  int v = 0;
  while (p < s.size() && p - start < max_len && std::isdigit(static_cast<unsigned char>(s[p])))
    v = v * 10 + (s[p++] - '0');
  return p == start ? -1 : v;
}

void require_month(int month, const char* what) {
  if (month < 1 || month > 12)
    throw std::out_of_range(std::string(what) + ": month " + std::to_string(month) + " is not 1..12");
}

bool eat(std::string_view s, std::size_t& p, std::string_view token) {
  if (s.substr(p, token.size()) != token) return false;
  p += token.size();
  return true;
}

}  // namespace

DateParse parse_date(std::string_view text) {
  std::string_view s = text;
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  if (s.empty()) return fail(text, "calendar.why.empty");
  std::size_t p = 0;
  int y = read_number(s, p, 4);
  if (y < 0 || p != 4) return fail(text, "calendar.why.expected_any");
  int m = -1, d = -1;
  if (eat(s, p, "-") || eat(s, p, "/")) {
    char sep = s[p - 1];
    bool strict = sep == '-';
    std::size_t before = p;
    m = read_number(s, p, 2);
    if (strict && p - before != 2) return fail(text, "calendar.why.expected_iso");
    if (!eat(s, p, std::string_view(&sep, 1))) return fail(text, "calendar.why.expected_any");
    before = p;
    d = read_number(s, p, 2);
    if (strict && p - before != 2) return fail(text, "calendar.why.expected_iso");
  } else if (eat(s, p, "年")) {
    m = read_number(s, p, 2);
    if (!eat(s, p, "月")) return fail(text, "calendar.why.expected_zh");
    d = read_number(s, p, 2);
    if (!eat(s, p, "日")) return fail(text, "calendar.why.expected_zh");
  }
  if (m < 0 || d < 0 || p != s.size()) return fail(text, "calendar.why.expected_any");
  if (y < 1900 || y > 2999) return fail(text, "calendar.why.year_range");
  if (m < 1 || m > 12) return fail(text, "calendar.why.no_such_month");
  if (d < 1 || d > boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y),
                                                                          static_cast<unsigned short>(m)))
    return fail(text, "calendar.why.no_such_day");
  DateParse r;
  r.value =
      Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(d));
  return r;
}

std::optional<std::pair<int, int>> parse_month(std::string_view s) {
  std::size_t p = 0;
  int y = read_number(s, p, 4);
  if (y < 1900 || y > 2999 || p != 4) return std::nullopt;
  bool zh = false;
  if (!eat(s, p, "-") && !eat(s, p, "/") && !(zh = eat(s, p, "年"))) return std::nullopt;
  std::size_t before = p;
  int m = read_number(s, p, 2);
  if (p == before || m < 1 || m > 12 || (zh && !eat(s, p, "月")) || p != s.size()) return std::nullopt;
  return std::make_pair(y, m);
}

std::string format_date(const Date& d) {
  // By hand, not through boost's iostream formatter: an import formats a date per row.
  auto ymd = d.year_month_day();
  int y = ymd.year, m = ymd.month, day = ymd.day;
  std::string out = "0000-00-00";
  for (int k = 3; k >= 0; --k, y /= 10) out[static_cast<std::size_t>(k)] = static_cast<char>('0' + y % 10);
  out[5] = static_cast<char>('0' + m / 10);
  out[6] = static_cast<char>('0' + m % 10);
  out[8] = static_cast<char>('0' + day / 10);
  out[9] = static_cast<char>('0' + day % 10);
  return out;
}

std::string format_date_zh(const Date& d) {
  return std::to_string(static_cast<int>(d.year())) + "年" + std::to_string(static_cast<int>(d.month())) +
         "月" + std::to_string(static_cast<int>(d.day())) + "日";
}

Period month_period(int year, int month) {
  require_month(month, "month_period");
  Date b(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
  return {b, b + boost::gregorian::months(1)};
}

Period quarter_period(int year, int quarter) {
  if (quarter < 1 || quarter > 4)
    throw std::out_of_range("quarter_period: quarter " + std::to_string(quarter) + " is not 1..4");
  Date b(static_cast<unsigned short>(year), static_cast<unsigned short>((quarter - 1) * 3 + 1), 1);
  return {b, b + boost::gregorian::months(3)};
}

Period fiscal_year_period(int fy, int start_month) {
  require_month(start_month, "fiscal_year_period");
  Date b(static_cast<unsigned short>(fy), static_cast<unsigned short>(start_month), 1);
  return {b, b + boost::gregorian::years(1)};
}

int fiscal_year_of(const Date& d, int start_month) {
  require_month(start_month, "fiscal_year_of");
  int y = d.year();
  return static_cast<int>(d.month()) >= start_month ? y : y - 1;
}

Date month_end(const Date& d) { return d.end_of_month(); }

Date add_months_clamped(const Date& d, int months) {
  int total = static_cast<int>(d.year()) * 12 + (static_cast<int>(d.month()) - 1) + months;
  int y = total / 12, m = total % 12 + 1;
  int last = boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y),
                                                                    static_cast<unsigned short>(m));
  int day = std::min(static_cast<int>(d.day()), last);
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(day));
}

long days_between(const Date& a, const Date& b) { return static_cast<long>((b - a).days()); }

std::optional<DayCount> parse_day_count(std::string_view s) {
  if (s == "act360") return DayCount::act360;
  if (s == "act365") return DayCount::act365;
  return std::nullopt;
}

long day_count_basis(DayCount dc) { return dc == DayCount::act360 ? 360 : 365; }

Rational year_fraction(long days, DayCount dc) { return Rational(days, day_count_basis(dc)); }

}  // namespace fundledger::calendar
