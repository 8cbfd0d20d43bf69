// LedgerReads on SQLite: balances, and the stored running totals (verify recounts them).
#include "store/sqlite/payee_balances.hpp"
#include "store/sqlite/read_helpers.hpp"
#include "store/sqlite/sqlite_ledger_reads.hpp"

namespace fundledger::store {

using col::bind_period;

std::vector<SourceBalanceRow> SqliteLedgerReads::balance_by_source(bool by_category, std::optional<int> year,
                                                                   const Date& as_of) {
  std::string key = by_category ? "c.code" : "s.doc_no";
  std::string name = by_category ? "c.name_zh" : "s.name";
  std::string sql =
      "WITH s AS (SELECT * FROM source WHERE received_on <= ?1 AND (CAST(?2 AS INTEGER) IS NULL OR "
      "fiscal_year = ?2)), "
      "f AS (SELECT source_doc, SUM(alloc) AS allocated, SUM(pay) AS disbursed "
      "      FROM agg_source_day WHERE date <= ?1 GROUP BY source_doc) "
      "SELECT " +
      key + ", " + name +
      ", SUM(s.amount), SUM(COALESCE(f.allocated, 0)), SUM(COALESCE(f.disbursed, 0)) "
      "FROM s JOIN category c ON c.code = s.category LEFT JOIN f ON f.source_doc = s.doc_no "
      "GROUP BY " +
      key + ", " + name + " ORDER BY " + (by_category ? "MIN(c.seq)" : "MIN(s.received_on), s.doc_no");
  auto st = db_.prepare(sql);
  bind_period(st, year, as_of);
  std::vector<SourceBalanceRow> out;
  while (st.step())
    out.push_back({st.text(0), st.text(1), col::money(st, 2), col::money(st, 3), col::money(st, 4)});
  return out;
}

std::vector<EarmarkFlowRow> SqliteLedgerReads::earmark_flows(std::optional<int> year, const Date& as_of) {
  auto st = db_.prepare(
      "SELECT fiscal_year, earmark, SUM(alloc), SUM(pay) "
      "FROM agg_earmark_day WHERE date <= ?1 AND (CAST(?2 AS INTEGER) IS NULL OR fiscal_year = ?2) GROUP BY "
      "fiscal_year, "
      "earmark");
  bind_period(st, year, as_of);
  std::vector<EarmarkFlowRow> out;
  while (st.step())
    out.push_back({static_cast<int>(st.int64(0)), st.text(1), col::money(st, 2), col::money(st, 3)});
  return out;
}

std::vector<PlaceBalanceRow> SqliteLedgerReads::balance_by_place(PlaceKey key, std::optional<int> year,
                                                                 const Date& as_of) {
  if (key == PlaceKey::payee) return payee_balances(db_, year, as_of);  // summed in memory
  std::string col = key == PlaceKey::town      ? "town"
                    : key == PlaceKey::village ? "village"
                    : key == PlaceKey::project ? "project"
                                               : "payee_id";
  bool has_alloc = key == PlaceKey::town || key == PlaceKey::project;
  std::string sql;
  if (key == PlaceKey::town) {
    // From the running totals ('' = no town), not from every payment: whole months before the
    // as-of date's month, then the days of its month up to the date.
    sql =
        "WITH t AS (SELECT town, alloc, pay FROM agg_town_month WHERE month < substr(?1, 1, 7) AND (CAST(?2 "
        "AS INTEGER) IS "
        "NULL OR fiscal_year = ?2) "
        "UNION ALL SELECT town, alloc, pay FROM agg_town_day WHERE date >= substr(?1, 1, 7) || '-01' AND "
        "date <= ?1 "
        "AND (CAST(?2 AS INTEGER) IS NULL OR fiscal_year = ?2)) "
        "SELECT NULLIF(town, ''), NULL, SUM(alloc), SUM(pay) FROM t GROUP BY town ORDER BY town = '', town";
  } else {
    // Sums per key in one pass over the flows; a payee's name (the one on its latest payment) is
    // joined to the sums, one lookup per payee, not looked up per flow group by a scan of the names.
    // Summed on each half of the view flow (schemas/0007_lean_payment.sql) and then together: the
    // lean payments' rows read directly, not row by row through the view.
    // A village is (town, village): 南村 of 板桥镇 and 南村 of 大荆镇 are two rows, named by their town.
    bool village = key == PlaceKey::village;
    std::string name = village ? "town" : "NULL";
    std::string group = village ? "village, town" : col;
    std::string period = " date <= ?1 AND (CAST(?2 AS INTEGER) IS NULL OR fiscal_year = ?2) ";
    sql = "WITH f AS (SELECT k, n, SUM(a) AS a, SUM(p) AS p FROM (SELECT " + col + " AS k, " + name +
          " AS n, SUM(CASE WHEN kind = 'alloc' THEN amount ELSE 0 END) AS a, SUM(CASE WHEN kind = 'pay' THEN "
          "amount ELSE 0 END) AS p "
          "FROM flow_row WHERE" +
          period + (has_alloc ? std::string() : std::string("AND kind = 'pay' ")) + "GROUP BY " + group +
          " UNION ALL SELECT " + col + ", " + name +
          ", 0, SUM(amount) FROM disbursement WHERE +lot_id IS NOT NULL AND" + period + "GROUP BY " + group +
          ") u GROUP BY k, n) SELECT k, n, a, p FROM f ORDER BY k IS NULL, k, n IS NOT NULL, n";
  }
  auto st = db_.prepare(sql);
  bind_period(st, year, as_of);
  std::vector<PlaceBalanceRow> out;
  while (st.step()) out.push_back({st.opt_text(0), st.opt_text(1), col::money(st, 2), col::money(st, 3)});
  return out;
}

void SqliteLedgerReads::for_each_running_total(TotalTable table,
                                               const std::function<void(const RunningTotal&)>& f) {
  // fiscal_year, name, name2, period of each table, as RunningTotals keys them.
  static const char* const kSelect[] = {
      "SELECT fiscal_year, earmark, '', date, alloc, pay FROM agg_earmark_day",
      "SELECT fiscal_year, town, '', date, alloc, pay FROM agg_town_day",
      "SELECT 0, source_doc, '', date, alloc, pay FROM agg_source_day",
      "SELECT fiscal_year, town, '', month, alloc, pay FROM agg_town_month",
      "SELECT fiscal_year, earmark, source_doc, month, alloc, pay FROM agg_flow_month"};
  static_assert(static_cast<int>(TotalTable::earmark_day) == 0 &&
                static_cast<int>(TotalTable::flow_month) == 4);
  auto st = db_.prepare(kSelect[static_cast<int>(table)]);
  RunningTotal t{};
  t.table = table;
  while (st.step()) {
    t.fiscal_year = static_cast<int>(st.int64(0));
    t.name = st.is_null(1) ? std::string("\x01NULL") : st.text(1);
    t.name2 = st.text(2);
    t.period = st.is_null(3) ? std::string("\x01NULL") : st.text(3);
    t.alloc = col::money(st, 4);
    t.pay = col::money(st, 5);
    f(t);
  }
}

}  // namespace fundledger::store
