// Lags of the source documents (lags.hpp).
#include "lags/lags.hpp"

#include <string_view>

#include "store/report_reads.hpp"

namespace fundledger::lags {

bool is_loan_category(const std::string& code) { return code == "policy_loan" || code == "microcredit"; }

Money SourceLags::allocated_by(const Date& d) const {
  Money sum;
  for (const auto& [day, m] : allocated)
    if (day <= d) sum += m;
  return sum;
}

std::vector<SourceLags> source_lags(store::Repository& repo, int year, const Date& as_of) {
  std::vector<SourceLags> out;
  for (auto& t : repo.reports().source_timings(year, as_of)) {
    SourceLags s;
    s.doc_no = std::move(t.doc_no);
    s.category = std::move(t.category);
    s.name = std::move(t.name);
    s.amount = t.amount;
    s.received_on = t.received_on;
    if (auto d = calendar::parse_date(std::string_view(t.recorded_at).substr(0, 10)); d)
      s.registered_on = *d.value;
    Money sum;
    for (const auto& [day, m] : t.allocated) {
      sum += m;
      if (!s.first_allocated_on && sum.is_positive()) s.first_allocated_on = day;
      if (!s.allocated_on && sum >= s.amount) s.allocated_on = day;
    }
    s.first_paid_on = t.first_paid;
    s.allocated = std::move(t.allocated);
    out.push_back(std::move(s));
  }
  return out;
}

long count(const Date& a, const Date& b, Unit unit, const WorkCalendar& work) {
  return unit == Unit::calendar ? calendar::days_between(a, b) : work.working_days_between(a, b);
}

Span span(const std::optional<Date>& a, const std::optional<Date>& b, const WorkCalendar& work) {
  if (!a || !b) return {};
  Span s;
  s.days = calendar::days_between(*a, *b);
  try {
    s.workdays = work.working_days_between(*a, *b);
  } catch (const calendar::YearNotCovered&) {
  }
  return s;
}

Date deadline(const Date& start, long n, Unit unit, const WorkCalendar& work) {
  const boost::gregorian::days one(1);
  if (unit == Unit::calendar) return start + boost::gregorian::days(n);
  long seen = 0;
  for (Date d = start + one;; d += one)
    if (work.is_working_day(d) && ++seen > n) return d - one;
}

bool overdue(const Date& start, long n, const Date& as_of, Unit unit, const WorkCalendar& work) {
  const long c = count(start, as_of, unit, work);
  if (unit == Unit::calendar || c != n) return c >= n;
  // As many working days as allowed: the deadline is as_of itself when the next day is a working day.
  return work.is_working_day(as_of + boost::gregorian::days(1));
}

}  // namespace fundledger::lags
