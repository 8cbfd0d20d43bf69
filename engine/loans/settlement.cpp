// Settlement years and the windows the subsidy is computed over (settlement.hpp).
#include "loans/settlement.hpp"

#include <charconv>
#include <cstdio>

namespace fundledger::loans {

using calendar::Date;
using calendar::Period;

namespace {

// Digits only, at most `width` of them.
std::optional<int> number(std::string_view s, std::size_t width) {
  int n = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || end != s.data() + s.size() || s.empty() || s.size() > width || s[0] == '-')
    return std::nullopt;
  return n;
}

Date first_day(const SettlementYear& s, int calendar_year) {
  return Date(static_cast<unsigned short>(calendar_year), static_cast<unsigned short>(s.month),
              static_cast<unsigned short>(s.day));
}

}  // namespace

std::optional<SettlementYear> parse_settlement_year_start(std::string_view text) {
  auto dash = text.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  auto month = number(text.substr(0, dash), 2);
  auto day = number(text.substr(dash + 1), 2);
  if (!month || !day || *month < 1 || *month > 12 || *day < 1 || *day > 28) return std::nullopt;
  return SettlementYear{*month, *day};
}

std::string format_settlement_year_start(const SettlementYear& s) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d-%02d", s.month, s.day);
  return buf;
}

Period settlement_year(const SettlementYear& s, int year) {
  if (s.calendar()) return {first_day(s, year), first_day(s, year + 1)};
  return {first_day(s, year - 1), first_day(s, year)};
}

int settlement_year_of(const SettlementYear& s, const Date& d) {
  const int y = static_cast<int>(d.year());
  if (s.calendar()) return y;
  return d < first_day(s, y) ? y : y + 1;
}

SubsidyWindow year_window(const SettlementYear& s, int year) {
  return {settlement_year(s, year), year, year, std::to_string(year), true};
}

SpanParse parse_quarter(std::string_view text) {
  SpanParse out;
  auto q = text.find_first_of("Qq");
  auto year = number(text.substr(0, 4), 4);
  auto quarter = q == 4 && text.size() == 6 ? number(text.substr(5), 1) : std::nullopt;
  if (!year || !quarter || *year < 1900 || *year > 2999 || *quarter < 1 || *quarter > 4) {
    out.error = "subsidy.quarter_bad";
    return out;
  }
  out.days = calendar::quarter_period(*year, *quarter);
  out.label = std::to_string(*year) + "Q" + std::to_string(*quarter);
  return out;
}

SpanParse parse_period(std::string_view text) {
  SpanParse out;
  auto dots = text.find("..");
  auto from = calendar::parse_date(text.substr(0, dots));
  auto to =
      dots == std::string_view::npos ? calendar::DateParse{} : calendar::parse_date(text.substr(dots + 2));
  if (!from || !to) {
    out.error = "subsidy.period_bad";
  } else if (*to.value < *from.value) {
    out.error = "subsidy.period_backwards";
  } else {
    out.days = Period{*from.value, *to.value + boost::gregorian::days(1)};
    out.label = format_span(*out.days);
  }
  return out;
}

std::optional<SubsidyWindow> window_in_one_year(const SettlementYear& s, const Period& days,
                                                std::string label) {
  const int year = settlement_year_of(s, days.begin);
  if (days.end > settlement_year(s, year).end) return std::nullopt;
  const Date last = days.end - boost::gregorian::days(1);
  return SubsidyWindow{days, year, static_cast<int>(last.year()), std::move(label), false};
}

std::string format_span(const Period& p) {
  return calendar::format_date(p.begin) + ".." + calendar::format_date(p.end - boost::gregorian::days(1));
}

}  // namespace fundledger::loans
