// Lag counters (reports/lags.hpp).
#include "reports/lags.hpp"

#include "reports/monthly.hpp"
#include "store/report_reads.hpp"
#include "text/text.hpp"

namespace fundledger::reports {

namespace {

using calendar::Date;

std::vector<Column> lag_columns() {
  return {catalogue_column("doc_no", "lags.col.doc_no", ColType::text),
          catalogue_column("name", "lags.col.name", ColType::text),
          catalogue_column("amount", "lags.col.amount", ColType::money),
          catalogue_column("received_on", "lags.col.received_on", ColType::text),
          catalogue_column("registered_on", "lags.col.registered_on", ColType::text),
          catalogue_column("registration_days", "lags.col.registration_days", ColType::integer),
          catalogue_column("registration_workdays", "lags.col.registration_workdays", ColType::integer),
          catalogue_column("allocated_on", "lags.col.allocated_on", ColType::text),
          catalogue_column("allocation_days", "lags.col.allocation_days", ColType::integer),
          catalogue_column("allocation_workdays", "lags.col.allocation_workdays", ColType::integer),
          catalogue_column("first_allocated_on", "lags.col.first_allocated_on", ColType::text),
          catalogue_column("first_paid_on", "lags.col.first_paid_on", ColType::text),
          catalogue_column("payment_days", "lags.col.payment_days", ColType::integer),
          catalogue_column("payment_workdays", "lags.col.payment_workdays", ColType::integer)};
}

Cell day(const std::optional<Date>& d) { return d ? Cell{calendar::format_date(*d)} : Cell{}; }

// Calendar and working days from `a` to `b`, both empty unless both dates are known.
std::pair<Cell, Cell> lag(const std::optional<Date>& a, const std::optional<Date>& b,
                          const calendar::WorkCalendar& work) {
  if (!a || !b) return {Cell{}, Cell{}};
  Cell days = static_cast<std::int64_t>(calendar::days_between(*a, *b));
  try {
    return {days, static_cast<std::int64_t>(work.working_days_between(*a, *b))};
  } catch (const calendar::YearNotCovered&) {
    return {days, Cell{}};
  }
}

// The first day the net allocations from the source were positive, and the day they reached its amount.
std::pair<std::optional<Date>, std::optional<Date>> allocation_days(const store::SourceTiming& s) {
  std::optional<Date> first, full;
  Money sum;
  for (const auto& [d, m] : s.allocated) {
    sum += m;
    if (!first && sum.is_positive()) first = d;
    if (!full && sum >= s.amount) full = d;
  }
  return {first, full};
}

}  // namespace

Table lag_report(store::Repository& repo, int year, const calendar::Date& as_of,
                 const calendar::WorkCalendar& work) {
  Table t;
  t.title = text::tr("lags.title", text::arg("year", year), text::arg("date", calendar::format_date(as_of)));
  t.columns = lag_columns();
  t.hints.dates = {"received_on", "registered_on", "allocated_on", "first_allocated_on", "first_paid_on"};
  for (const auto& s : repo.reports().source_timings(year, as_of)) {
    if (is_loan_category(s.category)) continue;
    std::optional<Date> registered;
    if (auto d = calendar::parse_date(std::string_view(s.recorded_at).substr(0, 10)); d)
      registered = *d.value;
    const auto [first, full] = allocation_days(s);
    const auto [reg_days, reg_work] = lag(s.received_on, registered, work);
    const auto [alloc_days, alloc_work] = lag(s.received_on, full, work);
    const auto [pay_days, pay_work] = lag(first, s.first_paid, work);
    t.rows.push_back({s.doc_no, s.name, s.amount, calendar::format_date(s.received_on), day(registered),
                      reg_days, reg_work, day(full), alloc_days, alloc_work, day(first), day(s.first_paid),
                      pay_days, pay_work});
  }
  return t;
}

}  // namespace fundledger::reports
