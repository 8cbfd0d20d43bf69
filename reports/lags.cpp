// Lag counters (reports/lags.hpp).
#include "reports/lags.hpp"

#include "lags/lags.hpp"
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

// Calendar and working days from `a` to `b` (lags::span), each empty when not known.
std::pair<Cell, Cell> lag(const std::optional<Date>& a, const std::optional<Date>& b,
                          const calendar::WorkCalendar& work) {
  const auto s = lags::span(a, b, work);
  auto cell = [](const std::optional<long>& n) { return n ? Cell{static_cast<std::int64_t>(*n)} : Cell{}; };
  return {cell(s.days), cell(s.workdays)};
}

}  // namespace

Table lag_report(store::Repository& repo, int year, const calendar::Date& as_of,
                 const calendar::WorkCalendar& work) {
  Table t;
  t.title = text::tr("lags.title", text::arg("year", year), text::arg("date", calendar::format_date(as_of)));
  t.columns = lag_columns();
  t.hints.dates = {"received_on", "registered_on", "allocated_on", "first_allocated_on", "first_paid_on"};
  for (const auto& s : lags::source_lags(repo, year, as_of)) {
    if (lags::is_loan_category(s.category)) continue;
    const auto [reg_days, reg_work] = lag(s.received_on, s.registered_on, work);
    const auto [alloc_days, alloc_work] = lag(s.received_on, s.allocated_on, work);
    const auto [pay_days, pay_work] = lag(s.first_allocated_on, s.first_paid_on, work);
    t.rows.push_back({s.doc_no, s.name, s.amount, calendar::format_date(s.received_on), day(s.registered_on),
                      reg_days, reg_work, day(s.allocated_on), alloc_days, alloc_work,
                      day(s.first_allocated_on), day(s.first_paid_on), pay_days, pay_work});
  }
  return t;
}

}  // namespace fundledger::reports
