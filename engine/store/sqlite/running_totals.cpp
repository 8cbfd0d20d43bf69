#include "store/sqlite/running_totals.hpp"

namespace fundledger::store {

Stmt& RunningTotalsWriter::upsert(TotalTable t) {
  // ?1 fiscal year, ?2 earmark/town/source, ?3 date or month, ?4 alloc, ?5 pay, ?6 source (agg_flow_month)
  static const char* const kSql[] = {
      "INSERT INTO agg_earmark_day (fiscal_year, earmark, date, alloc, pay) VALUES (?1, ?2, ?3, ?4, ?5) "
      "ON CONFLICT (fiscal_year, earmark, date) DO UPDATE SET alloc = agg_earmark_day.alloc + "
      "excluded.alloc, pay = agg_earmark_day.pay + "
      "excluded.pay",
      "INSERT INTO agg_town_day (fiscal_year, town, date, alloc, pay) VALUES (?1, ?2, ?3, ?4, ?5) "
      "ON CONFLICT (date, fiscal_year, town) DO UPDATE SET alloc = agg_town_day.alloc + excluded.alloc, pay "
      "= agg_town_day.pay + "
      "excluded.pay",
      "INSERT INTO agg_source_day (source_doc, date, alloc, pay) VALUES (?2, ?3, ?4, ?5) "
      "ON CONFLICT (source_doc, date) DO UPDATE SET alloc = agg_source_day.alloc + excluded.alloc, pay = "
      "agg_source_day.pay + excluded.pay",
      "INSERT INTO agg_town_month (fiscal_year, town, month, alloc, pay) VALUES (?1, ?2, ?3, ?4, ?5) "
      "ON CONFLICT (fiscal_year, town, month) DO UPDATE SET alloc = agg_town_month.alloc + excluded.alloc, "
      "pay = agg_town_month.pay + "
      "excluded.pay",
      "INSERT INTO agg_flow_month (fiscal_year, earmark, source_doc, month, alloc, pay) VALUES (?1, ?2, ?6, "
      "?3, ?4, ?5) "
      "ON CONFLICT (fiscal_year, earmark, source_doc, month) DO UPDATE SET alloc = agg_flow_month.alloc + "
      "excluded.alloc, "
      "pay = agg_flow_month.pay + excluded.pay"};
  auto i = static_cast<std::size_t>(t);
  if (!prepared_[i]) {
    upserts_[i] = db_.prepare(kSql[i]);
    prepared_[i] = true;
  }
  return upserts_[i];
}

void RunningTotalsWriter::add(const std::vector<RunningTotal>& totals) {
  for (const auto& t : totals) {
    Stmt& s = upsert(t.table);
    if (t.table != TotalTable::source_day) s.bind(1, t.fiscal_year);
    s.bind_static(2, t.name).bind_static(3, t.period).bind(4, t.alloc.fen64()).bind(5, t.pay.fen64());
    if (t.table == TotalTable::flow_month) s.bind_static(6, t.name2);
    s.run();
  }
}

}  // namespace fundledger::store
