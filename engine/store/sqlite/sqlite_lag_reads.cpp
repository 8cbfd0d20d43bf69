// ReportReads::source_timings on SQL: a source's entry (when it was recorded), and its allocations
// and payments by day from the running totals (agg_source_day, schemas/0004).
#include <map>

#include "store/sqlite/read_helpers.hpp"
#include "store/sqlite/sqlite_report_reads.hpp"

namespace fundledger::store {

std::vector<SourceTiming> SqliteReportReads::source_timings(int year, const calendar::Date& as_of) {
  auto st = db_.prepare(
      "SELECT s.doc_no, s.category, s.name, s.amount, s.received_on, e.recorded_at FROM source s "
      "JOIN entry e ON e.id = s.entry_id WHERE s.fiscal_year = ?1 AND s.received_on <= ?2 "
      "ORDER BY s.received_on, s.doc_no");
  st.bind(1, year);
  col::bind_date(st, 2, as_of);
  std::vector<SourceTiming> out;
  std::map<std::string, std::size_t> at;
  while (st.step()) {
    at[st.text(0)] = out.size();
    out.push_back(
        {st.text(0), st.text(1), st.text(2), col::money(st, 3), col::date(st, 4), st.text(5), {}, {}});
  }
  auto days = db_.prepare(
      "SELECT f.source_doc, f.date, f.alloc, f.pay FROM agg_source_day f JOIN source s ON s.doc_no = "
      "f.source_doc WHERE s.fiscal_year = ?1 AND f.date <= ?2 ORDER BY f.source_doc, f.date");
  days.bind(1, year);
  col::bind_date(days, 2, as_of);
  while (days.step()) {
    auto it = at.find(days.text(0));
    if (it == at.end()) continue;
    auto& t = out[it->second];
    const auto day = col::date(days, 1);
    if (const Money alloc = col::money(days, 2); !alloc.is_zero()) t.allocated.emplace_back(day, alloc);
    if (!t.first_paid && col::money(days, 3).is_positive()) t.first_paid = day;
  }
  return out;
}

}  // namespace fundledger::store
