#include "store/sqlite/db.hpp"
#include "reports/monthly.hpp"

#include "calendar/calendar.hpp"
#include "ledger/ledger.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <stdexcept>

namespace fundledger::reports {
namespace {

using calendar::Date;

Money fen(store::Stmt& st, int col) { return Money::from_fen(st.is_null(col) ? 0 : st.int64(col)); }

Cell ratio_or_empty(const Money& num, const Money& den) {
  if (!den.is_positive()) return Cell{};
  return Ratio{Rational(num.fen(), den.fen())};
}

std::string name_of(Lang lang, const std::string& zh, const std::string& en) { return lang == Lang::en ? en : zh; }

// The same day a year earlier (29 February falls back to the 28th).
std::string year_earlier(const Date& d) {
  int y = d.year() - 1;
  int m = d.month();
  Date first(static_cast<unsigned short>(y), static_cast<unsigned short>(m), 1);
  Date end = calendar::month_end(first);
  int day = std::min<int>(d.day(), end.day());
  return calendar::format_date(Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m), static_cast<unsigned short>(day)));
}

void build_summary(store::Repository& repo, MonthlyReport& r, Lang lang) {
  store::Db& db = repo.legacy_db();
  Table& t = r.summary;
  t.columns = {{"category", "资金类别", "Category", ColType::text},
               {"amount", "全年资金", "Year's amount", ColType::money},
               {"paid_month", "本月支出", "Paid this month", ColType::money},
               {"paid_ytd", "累计支出", "Paid year to date", ColType::money},
               {"progress", "支出进度", "Progress", ColType::ratio},
               {"paid_last_year", "上年同期", "Same period last year", ColType::money},
               {"change", "增减额", "Change", ColType::money},
               {"change_rate", "增减率", "Change %", ColType::ratio}};
  t.hints.ratio_of = {{"progress", {"paid_ytd", "amount"}}, {"change_rate", {"change", "paid_last_year"}}};
  auto st = db.prepare(
      "WITH amt AS (SELECT category, SUM(amount) AS a FROM source WHERE fiscal_year = ?1 AND received_on <= ?2 GROUP BY category), "
      "pay AS (SELECT s.category, SUM(CASE WHEN f.date >= ?3 THEN f.pay ELSE 0 END) AS m, SUM(f.pay) AS ytd "
      "        FROM agg_source_day f JOIN source s ON s.doc_no = f.source_doc "
      "        WHERE s.fiscal_year = ?1 AND f.date <= ?2 GROUP BY s.category), "
      "prev AS (SELECT s.category, SUM(f.pay) AS l FROM agg_source_day f JOIN source s ON s.doc_no = f.source_doc "
      "         WHERE s.fiscal_year = ?1 - 1 AND f.date <= ?4 GROUP BY s.category) "
      "SELECT c.code, c.name_zh, c.name_en, amt.a, pay.m, pay.ytd, prev.l FROM category c "
      "LEFT JOIN amt ON amt.category = c.code LEFT JOIN pay ON pay.category = c.code LEFT JOIN prev ON prev.category = c.code "
      "WHERE amt.a IS NOT NULL OR pay.ytd IS NOT NULL OR prev.l IS NOT NULL ORDER BY c.seq");
  st.bind(1, r.year).bind(2, r.as_of).bind(3, r.month_begin).bind(4, year_earlier(*calendar::parse_date(r.as_of).value));
  Money ta, tm, ty, tl;
  while (st.step()) {
    Money a = fen(st, 3), m = fen(st, 4), y = fen(st, 5), l = fen(st, 6);
    t.rows.push_back({name_of(lang, st.text(1), st.text(2)), a, m, y, ratio_or_empty(y, a), l, y - l, ratio_or_empty(y - l, l)});
    ta += a, tm += m, ty += y, tl += l;
  }
  t.total = std::vector<Cell>{Cell{}, ta, tm, ty, ratio_or_empty(ty, ta), tl, ty - tl, ratio_or_empty(ty - tl, tl)};
  r.annual_total = ta;
  r.paid_total = ty;
}

void build_sources(store::Repository& repo, MonthlyReport& r, Lang lang) {
  store::Db& db = repo.legacy_db();
  Table& t = r.sources;
  t.columns = {{"doc_no", "文号", "Document", ColType::text},
               {"category", "资金类别", "Category", ColType::text},
               {"name", "资金名称", "Name", ColType::text},
               {"amount", "金额", "Amount", ColType::money},
               {"allocated", "已分配", "Allocated", ColType::money},
               {"unallocated", "未分配", "Unallocated", ColType::money},
               {"disbursed", "已支出", "Disbursed", ColType::money},
               {"received_on", "到账日期", "Received", ColType::text},
               {"days", "到账天数", "Days since received", ColType::integer}};
  auto st = db.prepare(
      "WITH f AS (SELECT source_doc, SUM(alloc) AS al, SUM(pay) AS pd FROM agg_source_day WHERE date <= ?2 GROUP BY source_doc) "
      "SELECT s.doc_no, c.name_zh, c.name_en, s.name, s.amount, COALESCE(f.al, 0), COALESCE(f.pd, 0), s.received_on "
      "FROM source s JOIN category c ON c.code = s.category LEFT JOIN f ON f.source_doc = s.doc_no "
      "WHERE s.fiscal_year = ?1 AND s.received_on <= ?2 ORDER BY s.received_on, s.doc_no");
  st.bind(1, r.year).bind(2, r.as_of);
  Date as_of = *calendar::parse_date(r.as_of).value;
  Money ta, tal, tp;
  while (st.step()) {
    Money a = fen(st, 4), al = fen(st, 5), pd = fen(st, 6);
    std::string received = st.text(7);
    std::int64_t days = calendar::days_between(*calendar::parse_date(received).value, as_of);
    t.rows.push_back({st.text(0), name_of(lang, st.text(1), st.text(2)), st.text(3), a, al, a - al, pd, received, days});
    ta += a, tal += al, tp += pd;
  }
  t.total = std::vector<Cell>{Cell{}, Cell{}, Cell{}, ta, tal, ta - tal, tp, Cell{}, Cell{}};
}

void build_execution(store::Repository& repo, MonthlyReport& r, Lang lang) {
  store::Db& db = repo.legacy_db();
  Table& t = r.execution;
  t.columns = {{"earmark", "用途代码", "Earmark", ColType::text},
               {"name", "专项用途", "Purpose", ColType::text},
               {"budget", "预算", "Budget", ColType::money},
               {"allocated", "已分配", "Allocated", ColType::money},
               {"paid_month", "本月支出", "Paid this month", ColType::money},
               {"paid_ytd", "累计支出", "Paid year to date", ColType::money},
               {"available", "可用余额", "Available", ColType::money},
               {"progress", "支出进度", "Progress", ColType::ratio},
               {"status", "进度状态", "Status", ColType::text}};
  t.hints.ratio_of = {{"progress", {"paid_ytd", "budget"}}};
  auto st = db.prepare(
      "SELECT earmark, SUM(alloc), SUM(CASE WHEN date >= ?3 THEN pay ELSE 0 END), SUM(pay) "
      "FROM agg_earmark_day WHERE fiscal_year = ?1 AND date <= ?2 GROUP BY earmark");
  st.bind(1, r.year).bind(2, r.as_of).bind(3, r.month_begin);
  std::map<std::string, std::array<Money, 3>> flows;
  while (st.step()) flows[st.text(0)] = {fen(st, 1), fen(st, 2), fen(st, 3)};
  Money tb, ta, tm, ty;
  for (const auto& l : ledger::earmark_lines(repo, r.year)) {
    std::array<Money, 3> f{};
    if (auto it = flows.find(l.code); it != flows.end()) f = it->second;
    Cell status;
    if (l.amount.is_positive()) {
      Rational progress(f[2].fen(), l.amount.fen());
      bool lags = r.calendar_share - progress > r.lag_threshold;
      status = std::string(lags ? (lang == Lang::en ? "lagging" : "滞后") : (lang == Lang::en ? "on track" : "正常"));
    }
    t.rows.push_back({l.code, l.name, l.amount, f[0], f[1], f[2], f[0] - f[2], ratio_or_empty(f[2], l.amount), status});
    tb += l.amount, ta += f[0], tm += f[1], ty += f[2];
  }
  t.total = std::vector<Cell>{Cell{}, Cell{}, tb, ta, tm, ty, ta - ty, ratio_or_empty(ty, tb), Cell{}};
}

// Payments by town within [begin, end] (dates), any fiscal year.
std::map<std::string, Money> paid_by_town(store::Db& db, const std::string& begin, const std::string& end) {
  auto st = db.prepare("SELECT town, SUM(pay) FROM agg_town_day WHERE town != '' AND date >= ?1 AND date <= ?2 GROUP BY town");
  st.bind(1, begin).bind(2, end);
  std::map<std::string, Money> out;
  while (st.step()) out[st.text(0)] = fen(st, 1);
  return out;
}

// Rank 1 = most paid; ties share the better rank; order of equals by name.
std::map<std::string, std::int64_t> rank_by_paid(const std::vector<std::string>& towns, const std::map<std::string, Money>& paid) {
  std::vector<std::pair<Money, std::string>> v;
  for (const auto& town : towns) v.emplace_back(paid.count(town) ? paid.at(town) : Money(), town);
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::map<std::string, std::int64_t> rank;
  for (std::size_t i = 0; i < v.size(); ++i)
    rank[v[i].second] = (i > 0 && v[i].first == v[i - 1].first) ? rank[v[i - 1].second] : static_cast<std::int64_t>(i + 1);
  return rank;
}

void build_towns(store::Repository& repo, MonthlyReport& r, Lang lang) {
  store::Db& db = repo.legacy_db();
  Table& t = r.towns;
  t.columns = {{"town", "乡镇", "Town", ColType::text},
               {"allocated", "已分配", "Allocated", ColType::money},
               {"paid", "已支出", "Paid", ColType::money},
               {"progress", "支出进度", "Progress", ColType::ratio},
               {"rank", "排名", "Rank", ColType::integer}};
  t.hints.ratio_of = {{"progress", {"paid", "allocated"}}};
  auto st = db.prepare(
      "WITH t AS (SELECT town, alloc, pay FROM agg_town_month WHERE fiscal_year = ?1 AND month < substr(?2, 1, 7) "
      "UNION ALL SELECT town, alloc, pay FROM agg_town_day WHERE fiscal_year = ?1 AND date >= substr(?2, 1, 7) || '-01' AND date <= ?2) "
      "SELECT NULLIF(town, ''), SUM(alloc), SUM(pay) FROM t GROUP BY town ORDER BY town = '', town");
  st.bind(1, r.year).bind(2, r.as_of);
  struct Row { std::string town; Money allocated, paid; bool named; };
  std::vector<Row> rows;
  while (st.step()) rows.push_back({st.is_null(0) ? std::string() : st.text(0), fen(st, 1), fen(st, 2), !st.is_null(0)});
  // Rank by progress where money was allocated to the town, then by amount paid.
  std::vector<const Row*> order;
  for (const auto& row : rows)
    if (row.named) order.push_back(&row);
  std::stable_sort(order.begin(), order.end(), [](const Row* a, const Row* b) {
    bool pa = a->allocated.is_positive(), pb = b->allocated.is_positive();
    if (pa != pb) return pa;
    if (pa) {
      Rational ra(a->paid.fen(), a->allocated.fen()), rb(b->paid.fen(), b->allocated.fen());
      if (ra != rb) return ra > rb;
    }
    return a->paid > b->paid;
  });
  std::map<std::string, std::int64_t> rank;
  for (std::size_t i = 0; i < order.size(); ++i) rank[order[i]->town] = static_cast<std::int64_t>(i + 1);

  r.bimonthly = r.month % 2 == 0;
  std::map<std::string, std::int64_t> rank2, rank_prev;
  std::map<std::string, Money> paid2;
  std::vector<std::string> names;
  for (const auto& row : rows)
    if (row.named) names.push_back(row.town);
  if (r.bimonthly) {
    t.columns.push_back({"paid_2m", "两月支出", "Paid in the two months", ColType::money});
    t.columns.push_back({"rank_2m", "两月考核排名", "Two-month rank", ColType::integer});
    t.columns.push_back({"rank_prev", "上期排名", "Previous rank", ColType::integer});
    t.columns.push_back({"rank_change", "名次变化", "Rank change", ColType::integer});
    Date end = *calendar::parse_date(r.as_of).value;
    Date begin2 = calendar::add_months_clamped(Date(end.year(), end.month(), 1), -1);
    Date begin_prev = calendar::add_months_clamped(begin2, -2);
    Date end_prev = begin2 - boost::gregorian::days(1);
    paid2 = paid_by_town(db, calendar::format_date(begin2), r.as_of);
    rank2 = rank_by_paid(names, paid2);
    rank_prev = rank_by_paid(names, paid_by_town(db, calendar::format_date(begin_prev), calendar::format_date(end_prev)));
  }
  Money ta, tp, t2;
  for (const auto& row : rows) {
    std::vector<Cell> cells{row.named ? row.town : (lang == Lang::en ? "(no town)" : "(未指定乡镇)"), row.allocated, row.paid,
                            ratio_or_empty(row.paid, row.allocated), row.named ? Cell{rank.at(row.town)} : Cell{}};
    if (r.bimonthly) {
      if (row.named) {
        Money p = paid2.count(row.town) ? paid2.at(row.town) : Money();
        cells.insert(cells.end(), {p, rank2.at(row.town), rank_prev.at(row.town), rank_prev.at(row.town) - rank2.at(row.town)});
        t2 += p;
      } else {
        cells.insert(cells.end(), {Cell{}, Cell{}, Cell{}, Cell{}});
      }
    }
    t.rows.push_back(std::move(cells));
    ta += row.allocated, tp += row.paid;
  }
  std::vector<Cell> total{Cell{}, ta, tp, ratio_or_empty(tp, ta), Cell{}};
  if (r.bimonthly) total.insert(total.end(), {t2, Cell{}, Cell{}, Cell{}});
  t.total = total;
}

void build_flows(store::Repository& repo, MonthlyReport& r, Lang lang) {
  store::Db& db = repo.legacy_db();
  Table& t = r.flows;
  t.columns = {{"category", "资金类别", "Category", ColType::text}};
  std::vector<std::string> earmarks;
  for (const auto& l : ledger::earmark_lines(repo, r.year)) {
    earmarks.push_back(l.code);
    t.columns.push_back({l.code, l.name, l.code, ColType::money});
  }
  auto st = db.prepare(
      // From the monthly totals by earmark and source: the report's as-of date is a month's last day.
      "SELECT c.code, c.name_zh, c.name_en, f.earmark, SUM(f.pay) FROM agg_flow_month f JOIN source s ON s.doc_no = f.source_doc "
      "JOIN category c ON c.code = s.category WHERE f.fiscal_year = ?1 AND f.month <= substr(?2, 1, 7) AND f.pay != 0 "
      "GROUP BY c.code, f.earmark ORDER BY c.seq, f.earmark");
  st.bind(1, r.year).bind(2, r.as_of);
  std::vector<std::string> cats;
  std::map<std::string, std::string> cat_names;
  std::map<std::pair<std::string, std::string>, Money> cell;
  while (st.step()) {
    std::string c = st.text(0), e = st.text(3);
    if (!cat_names.count(c)) cats.push_back(c);
    cat_names[c] = name_of(lang, st.text(1), st.text(2));
    cell[{c, e}] = fen(st, 4);
    if (std::find(earmarks.begin(), earmarks.end(), e) == earmarks.end()) {
      earmarks.push_back(e);
      t.columns.push_back({e, e, e, ColType::money});
    }
  }
  t.columns.push_back({"total", "合计", "Total", ColType::money});
  t.hints.row_sums = {"total"};
  std::vector<Money> col_total(earmarks.size());
  Money grand;
  for (const auto& c : cats) {
    std::vector<Cell> row{cat_names[c]};
    Money sum;
    for (std::size_t i = 0; i < earmarks.size(); ++i) {
      Money m = cell.count({c, earmarks[i]}) ? cell.at({c, earmarks[i]}) : Money();
      row.push_back(m);
      sum += m;
      col_total[i] += m;
    }
    row.push_back(sum);
    grand += sum;
    t.rows.push_back(std::move(row));
  }
  std::vector<Cell> total{Cell{}};
  for (const auto& m : col_total) total.push_back(m);
  total.push_back(grand);
  t.total = total;
}

std::vector<Money> paid_by_month(store::Db& db, int year, const std::string& end) {
  auto st = db.prepare(
      "SELECT CAST(substr(month, 6, 2) AS INTEGER), SUM(pay) FROM agg_flow_month WHERE month >= ?1 AND month <= substr(?2, 1, 7) GROUP BY 1");
  st.bind(1, std::to_string(year) + "-01").bind(2, end);  // end: the last day of a month
  std::vector<Money> out(12);
  while (st.step()) out.at(static_cast<std::size_t>(st.int64(0) - 1)) = fen(st, 1);
  return out;
}

}  // namespace

MonthlyReport monthly_report(store::Repository& repo, const MonthlyOptions& opt) {
  store::Db& db = repo.legacy_db();
  if (opt.month < 1 || opt.month > 12) throw std::invalid_argument("month must be 1..12, got " + std::to_string(opt.month));
  if (opt.year < 1900 || opt.year > 2999) throw std::invalid_argument("year must be 1900..2999, got " + std::to_string(opt.year));
  MonthlyReport r;
  r.year = opt.year;
  r.month = opt.month;
  auto period = calendar::month_period(opt.year, opt.month);
  r.month_begin = calendar::format_date(period.begin);
  r.as_of = calendar::format_date(period.end - boost::gregorian::days(1));
  r.lag_threshold = opt.lag_threshold;
  r.calendar_share = Rational(opt.month, 12);
  build_summary(repo, r, opt.lang);
  build_sources(repo, r, opt.lang);
  build_execution(repo, r, opt.lang);
  build_towns(repo, r, opt.lang);
  build_flows(repo, r, opt.lang);
  r.paid_by_month = paid_by_month(db, opt.year, r.as_of);
  r.paid_by_month.resize(static_cast<std::size_t>(opt.month));
  r.paid_by_month_last = paid_by_month(db, opt.year - 1, std::to_string(opt.year - 1) + "-12-31");
  const bool en = opt.lang == Lang::en;
  std::string ym = std::to_string(opt.year) + (en ? "-" : "年") + std::to_string(opt.month) + (en ? "" : "月");
  r.summary.title = en ? "Funds summary by source category, " + ym : ym + "扶贫资金汇总表(按资金类别)";
  r.sources.title = en ? "Funding documents, " + ym : ym + "资金来源明细表";
  r.execution.title = en ? "Budget execution by earmark, " + ym : ym + "预算执行进度表";
  r.towns.title = en ? "Progress by town, " + ym : ym + "乡镇资金支出进度及排名";
  r.flows.title = en ? "Payments by source category and earmark, " + ym : ym + "资金流向表(资金类别×专项用途)";
  return r;
}

}  // namespace fundledger::reports
