// ReportReads on SQLite: what the monthly report reads (reports/monthly.cpp). Every figure is a
// sum of the aggregate tables (schemas/0004, 0006) over rows dated on or before the as-of date.
#include "store/sqlite/sqlite_report_reads.hpp"

#include "store/sqlite/read_helpers.hpp"

namespace fundledger::store {

std::vector<CategorySummary> SqliteReportReads::category_summary(int year, const calendar::Date& month_begin,
                                                                 const calendar::Date& as_of,
                                                                 const calendar::Date& last_year_as_of) {
  auto st = db_.prepare(
      "WITH amt AS (SELECT category, SUM(amount) AS a FROM source WHERE fiscal_year = ?1 AND received_on <= "
      "?2 GROUP BY category), "
      "pay AS (SELECT s.category, SUM(CASE WHEN f.date >= ?3 THEN f.pay ELSE 0 END) AS m, SUM(f.pay) AS ytd "
      "        FROM agg_source_day f JOIN source s ON s.doc_no = f.source_doc "
      "        WHERE s.fiscal_year = ?1 AND f.date <= ?2 GROUP BY s.category), "
      "prev AS (SELECT s.category, SUM(f.pay) AS l FROM agg_source_day f JOIN source s ON s.doc_no = "
      "f.source_doc "
      "         WHERE s.fiscal_year = ?1 - 1 AND f.date <= ?4 GROUP BY s.category) "
      "SELECT c.code, c.name_zh, c.name_en, amt.a, pay.m, pay.ytd, prev.l FROM category c "
      "LEFT JOIN amt ON amt.category = c.code LEFT JOIN pay ON pay.category = c.code LEFT JOIN prev ON "
      "prev.category = c.code "
      "WHERE amt.a IS NOT NULL OR pay.ytd IS NOT NULL OR prev.l IS NOT NULL ORDER BY c.seq");
  st.bind(1, year);
  col::bind_date(st, 2, as_of);
  col::bind_date(st, 3, month_begin);
  col::bind_date(st, 4, last_year_as_of);
  std::vector<CategorySummary> out;
  while (st.step())
    out.push_back({st.text(0), st.text(1), st.text(2), col::money(st, 3), col::money(st, 4),
                   col::money(st, 5), col::money(st, 6)});
  return out;
}

std::vector<SourceProgress> SqliteReportReads::source_progress(int year, const calendar::Date& as_of) {
  auto st = db_.prepare(
      "WITH f AS (SELECT source_doc, SUM(alloc) AS al, SUM(pay) AS pd FROM agg_source_day WHERE date <= ?2 "
      "GROUP BY source_doc) "
      "SELECT s.doc_no, c.name_zh, c.name_en, s.name, s.amount, COALESCE(f.al, 0), COALESCE(f.pd, 0), "
      "s.received_on "
      "FROM source s JOIN category c ON c.code = s.category LEFT JOIN f ON f.source_doc = s.doc_no "
      "WHERE s.fiscal_year = ?1 AND s.received_on <= ?2 ORDER BY s.received_on, s.doc_no");
  st.bind(1, year);
  col::bind_date(st, 2, as_of);
  std::vector<SourceProgress> out;
  while (st.step())
    out.push_back({st.text(0), st.text(1), st.text(2), st.text(3), col::money(st, 4), col::money(st, 5),
                   col::money(st, 6), col::date(st, 7)});
  return out;
}

std::vector<EarmarkProgress> SqliteReportReads::earmark_progress(int year, const calendar::Date& month_begin,
                                                                 const calendar::Date& as_of) {
  auto st = db_.prepare(
      "SELECT earmark, SUM(alloc), SUM(CASE WHEN date >= ?3 THEN pay ELSE 0 END), SUM(pay) "
      "FROM agg_earmark_day WHERE fiscal_year = ?1 AND date <= ?2 GROUP BY earmark");
  st.bind(1, year);
  col::bind_date(st, 2, as_of);
  col::bind_date(st, 3, month_begin);
  std::vector<EarmarkProgress> out;
  while (st.step()) out.push_back({st.text(0), col::money(st, 1), col::money(st, 2), col::money(st, 3)});
  return out;
}

std::vector<TownProgress> SqliteReportReads::town_progress(int year, const calendar::Date& as_of) {
  // The months before the as-of date's from the monthly totals, its own month from the daily ones.
  auto st = db_.prepare(
      "WITH t AS (SELECT town, alloc, pay FROM agg_town_month WHERE fiscal_year = ?1 AND month < substr(?2, "
      "1, 7) "
      "UNION ALL SELECT town, alloc, pay FROM agg_town_day WHERE fiscal_year = ?1 AND date >= substr(?2, 1, "
      "7) || '-01' AND date <= ?2) "
      "SELECT NULLIF(town, ''), SUM(alloc), SUM(pay) FROM t GROUP BY town ORDER BY town = '', town");
  st.bind(1, year);
  col::bind_date(st, 2, as_of);
  std::vector<TownProgress> out;
  while (st.step()) out.push_back({st.opt_text(0), col::money(st, 1), col::money(st, 2)});
  return out;
}

std::vector<TownPaid> SqliteReportReads::paid_by_town(const calendar::Date& from,
                                                      const calendar::Date& through) {
  auto st = db_.prepare(
      "SELECT town, SUM(pay) FROM agg_town_day WHERE town != '' AND date >= ?1 AND date <= ?2 GROUP BY town");
  col::bind_date(st, 1, from);
  col::bind_date(st, 2, through);
  std::vector<TownPaid> out;
  while (st.step()) out.push_back({st.text(0), col::money(st, 1)});
  return out;
}

std::vector<CategoryEarmarkPaid> SqliteReportReads::paid_by_category_and_earmark(
    int year, const calendar::Date& as_of) {
  auto st = db_.prepare(
      // From the monthly totals by earmark and source: the report's as-of date is a month's last day.
      "SELECT c.code, c.name_zh, c.name_en, f.earmark, SUM(f.pay) FROM agg_flow_month f JOIN source s ON "
      "s.doc_no = f.source_doc "
      "JOIN category c ON c.code = s.category WHERE f.fiscal_year = ?1 AND f.month <= substr(?2, 1, 7) AND "
      "f.pay != 0 "
      "GROUP BY c.code, c.name_zh, c.name_en, c.seq, f.earmark ORDER BY c.seq, f.earmark");
  st.bind(1, year);
  col::bind_date(st, 2, as_of);
  std::vector<CategoryEarmarkPaid> out;
  while (st.step()) out.push_back({st.text(0), st.text(1), st.text(2), st.text(3), col::money(st, 4)});
  return out;
}

std::vector<CategoryEarmarkTownAllocated> SqliteReportReads::allocated_by_category_earmark_town(
    std::optional<int> year, const calendar::Date& as_of) {
  // Allocation flows are always stored rows (only a single-lot payment's flow is implied): a few
  // thousand rows, not the payments. A flow out of a lot that names no town (a 调剂 out) counts for
  // the town of the lot's allocation: the money leaves that town's lot.
  auto st = db_.prepare(
      std::string("WITH a AS (SELECT f.source_doc, f.earmark, f.amount, COALESCE(NULLIF(f.town, ''), "
                  "(SELECT NULLIF(l.town, '') FROM flow_row l WHERE l.fiscal_year = f.fiscal_year AND "
                  "l.earmark = f.earmark AND l.lot = f.lot AND l.kind = 'alloc' AND l.amount > 0 "
                  "ORDER BY l.entry_id, l.seq LIMIT 1)) AS town FROM flow_row f "
                  "WHERE f.kind = 'alloc' AND f.date <= ?1 ") +
      (year ? "AND f.fiscal_year = ?2" : "") +
      ") SELECT c.code, c.name_zh, c.name_en, a.earmark, a.town, SUM(a.amount) FROM a "
      "JOIN source s ON s.doc_no = a.source_doc JOIN category c ON c.code = s.category "
      "GROUP BY c.code, c.name_zh, c.name_en, c.seq, a.earmark, a.town HAVING SUM(a.amount) != 0 "
      "ORDER BY c.seq, a.earmark, a.town IS NULL, a.town");
  col::bind_date(st, 1, as_of);
  if (year) st.bind(2, *year);
  std::vector<CategoryEarmarkTownAllocated> out;
  while (st.step())
    out.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.opt_text(4), col::money(st, 5)});
  return out;
}

std::vector<MonthPaid> SqliteReportReads::paid_by_month(int year, const calendar::Date& through) {
  auto st = db_.prepare(
      "SELECT CAST(substr(month, 6, 2) AS INTEGER), SUM(pay) FROM agg_flow_month WHERE month >= ?1 AND month "
      "<= substr(?2, 1, 7) GROUP BY 1");
  st.bind(1, std::to_string(year) + "-01");
  col::bind_date(st, 2, through);
  std::vector<MonthPaid> out;
  while (st.step()) out.push_back({static_cast<int>(st.int64(0)), col::money(st, 1)});
  return out;
}

}  // namespace fundledger::store
