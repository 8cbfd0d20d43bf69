#include "reports/monthly.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <stdexcept>

#include "calendar/calendar.hpp"
#include "lags/lags.hpp"
#include "ledger/freezes.hpp"
#include "ledger/ledger.hpp"
#include "ledger/periods.hpp"
#include "ledger/quota_lines.hpp"
#include "ledger/year_end.hpp"
#include "store/report_reads.hpp"
#include "text/text.hpp"

namespace fundledger::reports {

text::Lang text_lang(Lang lang) { return lang == Lang::en ? text::Lang::en : text::Lang::zh; }

namespace {

using calendar::Date;

// The report's month: its first and last day (the as-of date).
struct Month {
  Date begin, end;
};

Cell ratio_or_empty(const Money& num, const Money& den) {
  if (!den.is_positive()) return Cell{};
  return Ratio{Rational(num.fen(), den.fen())};
}

std::string name_of(Lang lang, const std::string& zh, const std::string& en) {
  return lang == Lang::en ? en : zh;
}

// The same day a year earlier (29 February falls back to the 28th).
Date year_earlier(const Date& d) {
  int y = d.year() - 1;
  int m = d.month();
  Date first(static_cast<unsigned short>(y), static_cast<unsigned short>(m), 1);
  Date end = calendar::month_end(first);
  int day = std::min<int>(d.day(), end.day());
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(day));
}

std::vector<Column> summary_columns(bool progress) {
  std::vector<Column> c = {{"category", "资金类别", "Category", ColType::text},
                           {"amount", "到位资金", "Received", ColType::money},
                           {"paid_month", "本月支出", "Paid this month", ColType::money},
                           {"paid_ytd", "累计支出", "Paid year to date", ColType::money},
                           {"progress", "支出进度", "Progress", ColType::ratio},
                           {"paid_last_year", "上年同期", "Same period last year", ColType::money},
                           {"change", "增减额", "Change", ColType::money},
                           {"change_rate", "增减率", "Change %", ColType::ratio}};
  if (!progress) c.erase(c.begin() + 4);
  return c;
}

void build_summary(store::Repository& repo, MonthlyReport& r, const Month& mo, Lang lang) {
  Table& t = r.summary;
  Table& loans = r.loans;
  t.columns = summary_columns(true);
  loans.columns = summary_columns(false);
  t.hints.ratio_of = {{"progress", {"paid_ytd", "amount"}}, {"change_rate", {"change", "paid_last_year"}}};
  loans.hints.ratio_of = {{"change_rate", {"change", "paid_last_year"}}};
  std::array<Money, 4> fiscal{}, loan{};  // amount, paid this month, paid ytd, paid last year
  for (const auto& c : repo.reports().category_summary(r.year, mo.begin, mo.end, year_earlier(mo.end))) {
    Money a = c.amount, m = c.paid_month, y = c.paid_ytd, l = c.paid_last_year;
    std::vector<Cell> row{name_of(lang, c.name_zh, c.name_en),
                          a,
                          m,
                          y,
                          ratio_or_empty(y, a),
                          l,
                          y - l,
                          ratio_or_empty(y - l, l)};
    const bool is_loan = is_loan_category(c.code);
    if (is_loan) row.erase(row.begin() + 4);
    (is_loan ? loans : t).rows.push_back(std::move(row));
    auto& sum = is_loan ? loan : fiscal;
    sum[0] += a, sum[1] += m, sum[2] += y, sum[3] += l;
  }
  auto total = [](const std::array<Money, 4>& s, bool progress) {
    std::vector<Cell> row{Cell{},
                          s[0],
                          s[1],
                          s[2],
                          ratio_or_empty(s[2], s[0]),
                          s[3],
                          s[2] - s[3],
                          ratio_or_empty(s[2] - s[3], s[3])};
    if (!progress) row.erase(row.begin() + 4);
    return row;
  };
  t.total = total(fiscal, true);
  loans.total = total(loan, false);
  r.annual_total = fiscal[0];
  r.paid_total = fiscal[2];
}

void build_sources(store::Repository& repo, MonthlyReport& r, const Month& mo, Lang lang) {
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
  t.hints.dates = {"received_on"};
  Money ta, tal, tp;
  for (const auto& s : repo.reports().source_progress(r.year, mo.end)) {
    Money a = s.amount, al = s.allocated, pd = s.disbursed;
    std::int64_t days = calendar::days_between(s.received_on, mo.end);
    t.rows.push_back({s.doc_no, name_of(lang, s.category_zh, s.category_en), s.name, a, al, a - al, pd,
                      calendar::format_date(s.received_on), days});
    ta += a, tal += al, tp += pd;
  }
  t.total = std::vector<Cell>{Cell{}, Cell{}, Cell{}, ta, tal, ta - tal, tp, Cell{}, Cell{}};
}

// 冻结: what freezes of the year's lines still hold at the month's end (指标冻结), as a column after
// `allocated` — only when some line has money frozen, so a ledger without freezes reads as before.
void add_frozen_column(store::Repository& repo, Table& t, int year, const Date& end) {
  std::map<std::string, Money> held;
  for (const auto& f : ledger::freezes_as_of(repo.ledger().quota_freezes(std::nullopt), end))
    if (f.scope == "line" && f.fiscal_year == year && f.held().is_positive()) held[f.target] += f.held();
  if (held.empty()) return;
  constexpr std::size_t at = 4;  // after earmark, name, budget, allocated
  t.columns.insert(t.columns.begin() + at, {"frozen", "冻结", "Frozen", ColType::money});
  Money total;
  for (auto& row : t.rows) {
    auto it = held.find(std::get<std::string>(row[0]));
    Money frozen = it == held.end() ? Money() : it->second;
    row.insert(row.begin() + at, frozen);
    total += frozen;
  }
  if (t.total) t.total->insert(t.total->begin() + at, total);
}

// 调剂: what transfers of quota (指标调剂) dated up to the month's end moved into a line (+) or out of
// it (−), net, as a column after `budget` (the line at the month's end, which counts them) — only when
// the year has one by then.
void add_transferred_column(store::Repository& repo, Table& t, int year, const Date& end) {
  const auto net = ledger::transferred_through(repo, year, end);
  if (net.empty()) return;
  constexpr std::size_t at = 3;  // after earmark, name, budget
  t.columns.insert(t.columns.begin() + at, {"transferred", "调剂增减", "Transferred", ColType::money});
  for (auto& row : t.rows) {
    auto it = net.find(std::get<std::string>(row[0]));
    row.insert(row.begin() + at, it == net.end() ? Money() : it->second);
  }
  if (t.total) t.total->insert(t.total->begin() + at, Money());  // transfers leave the total as it was
}

// 上年结转: what the close of the year before carried into each line's earmark (money of earlier
// fiscal years allocated and not paid, ledger/year_end.hpp), as a column after `budget` — only when
// that close was recorded by the month's end. It is not part of the year's budget or progress.
void add_carried_column(store::Repository& repo, Table& t, int year, const Date& end) {
  auto close = ledger::year_closed(repo.ledger(), year - 1);
  if (!close || close->close.date > end) return;
  std::map<std::string, std::array<Money, 2>> carried;  // per earmark: carried in, paid out of it since
  const std::string month = calendar::format_date(end).substr(0, 7);
  for (const auto& s : ledger::carryover_as_of(repo.ledger(), close->close, month))
    if (!s.row.earmark.empty()) {
      carried[s.row.earmark][0] += s.row.amount;
      carried[s.row.earmark][1] += s.used;
    }
  constexpr std::size_t at = 3;  // after earmark, name, budget
  t.columns.insert(t.columns.begin() + at,
                   {{"carried", "上年结转", "Carried over", ColType::money},
                    {"carried_paid", "结转已支出", "Paid from carry-over", ColType::money}});
  std::array<Money, 2> total{};
  for (auto& row : t.rows) {
    auto it = carried.find(std::get<std::string>(row[0]));
    const std::array<Money, 2> in = it == carried.end() ? std::array<Money, 2>{} : it->second;
    row.insert(row.begin() + at, {in[0], in[1]});
    total[0] += in[0];
    total[1] += in[1];
  }
  if (t.total) t.total->insert(t.total->begin() + at, {total[0], total[1]});
}

void build_execution(store::Repository& repo, MonthlyReport& r, const Month& mo, Lang lang) {
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
  std::map<std::string, std::array<Money, 3>> flows;
  for (const auto& e : repo.reports().earmark_progress(r.year, mo.begin, mo.end))
    flows[e.earmark] = {e.allocated, e.paid_month, e.paid_ytd};
  Money tb, ta, tm, ty;
  for (const auto& l : ledger::earmark_lines_on(repo, r.year, mo.end)) {  // as the month ended
    std::array<Money, 3> f{};
    if (auto it = flows.find(l.code); it != flows.end()) f = it->second;
    Cell status;
    if (l.amount.is_positive()) {
      Rational progress(f[2].fen(), l.amount.fen());
      bool lags = r.calendar_share - progress > r.lag_threshold;
      status = text::tr_in(text_lang(lang), lags ? "report.status_lagging" : "report.status_on_track");
    }
    t.rows.push_back(
        {l.code, l.name, l.amount, f[0], f[1], f[2], f[0] - f[2], ratio_or_empty(f[2], l.amount), status});
    tb += l.amount, ta += f[0], tm += f[1], ty += f[2];
  }
  t.total = std::vector<Cell>{Cell{}, Cell{}, tb, ta, tm, ty, ta - ty, ratio_or_empty(ty, tb), Cell{}};
  add_frozen_column(repo, t, r.year, mo.end);
  add_carried_column(repo, t, r.year, mo.end);
  add_transferred_column(repo, t, r.year, mo.end);
}

// Payments by town within [begin, end] (dates), any fiscal year.
std::map<std::string, Money> paid_by_town(store::Repository& repo, const Date& begin, const Date& end) {
  std::map<std::string, Money> out;
  for (const auto& t : repo.reports().paid_by_town(begin, end)) out[t.town] = t.paid;
  return out;
}

// Rank 1 = most paid; ties share the better rank; order of equals by name.
std::map<std::string, std::int64_t> rank_by_paid(const std::vector<std::string>& towns,
                                                 const std::map<std::string, Money>& paid) {
  std::vector<std::pair<Money, std::string>> v;
  for (const auto& town : towns) v.emplace_back(paid.count(town) ? paid.at(town) : Money(), town);
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::map<std::string, std::int64_t> rank;
  for (std::size_t i = 0; i < v.size(); ++i)
    rank[v[i].second] =
        (i > 0 && v[i].first == v[i - 1].first) ? rank[v[i - 1].second] : static_cast<std::int64_t>(i + 1);
  return rank;
}

void build_towns(store::Repository& repo, MonthlyReport& r, const Month& mo, Lang lang) {
  Table& t = r.towns;
  t.columns = {{"town", "乡镇", "Town", ColType::text},
               {"allocated", "已分配", "Allocated", ColType::money},
               {"paid", "已支出", "Paid", ColType::money},
               {"progress", "支出进度", "Progress", ColType::ratio},
               {"rank", "排名", "Rank", ColType::integer}};
  t.hints.ratio_of = {{"progress", {"paid", "allocated"}}};
  struct Row {
    std::string town;
    Money allocated, paid;
    bool named;
  };
  std::vector<Row> rows;
  for (const auto& p : repo.reports().town_progress(r.year, mo.end))
    rows.push_back({p.town.value_or(std::string()), p.allocated, p.paid, p.town.has_value()});
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
    Date begin2 = calendar::add_months_clamped(Date(mo.end.year(), mo.end.month(), 1), -1);
    Date begin_prev = calendar::add_months_clamped(begin2, -2);
    Date end_prev = begin2 - boost::gregorian::days(1);
    paid2 = paid_by_town(repo, begin2, mo.end);
    rank2 = rank_by_paid(names, paid2);
    rank_prev = rank_by_paid(names, paid_by_town(repo, begin_prev, end_prev));
  }
  Money ta, tp, t2;
  for (const auto& row : rows) {
    std::vector<Cell> cells{row.named ? row.town : text::tr_in(text_lang(lang), "report.no_town"),
                            row.allocated, row.paid, ratio_or_empty(row.paid, row.allocated),
                            row.named ? Cell{rank.at(row.town)} : Cell{}};
    if (r.bimonthly) {
      if (row.named) {
        Money p = paid2.count(row.town) ? paid2.at(row.town) : Money();
        cells.insert(cells.end(), {p, rank2.at(row.town), rank_prev.at(row.town),
                                   rank_prev.at(row.town) - rank2.at(row.town)});
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

void build_flows(store::Repository& repo, MonthlyReport& r, const Month& mo, Lang lang) {
  Table& t = r.flows;
  t.columns = {{"category", "资金类别", "Category", ColType::text}};
  std::vector<std::string> earmarks;
  for (const auto& l : ledger::earmark_lines(repo, r.year)) {
    earmarks.push_back(l.code);
    t.columns.push_back({l.code, l.name, l.code, ColType::money});
  }
  std::vector<std::string> cats;
  std::map<std::string, std::string> cat_names;
  std::map<std::pair<std::string, std::string>, Money> cell;
  for (const auto& p : repo.reports().paid_by_category_and_earmark(r.year, mo.end)) {
    const std::string& c = p.category;
    const std::string& e = p.earmark;
    if (!cat_names.count(c)) cats.push_back(c);
    cat_names[c] = name_of(lang, p.category_zh, p.category_en);
    cell[{c, e}] = p.paid;
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

// This year's payments by month of their date, January through `end`'s month (end: a month's last day).
std::vector<Money> paid_by_month(store::Repository& repo, int year, const Date& end) {
  std::vector<Money> out(12);
  for (const auto& m : repo.reports().paid_by_month(year, end))
    out.at(static_cast<std::size_t>(m.month - 1)) = m.paid;
  return out;
}

}  // namespace

bool is_loan_category(const std::string& code) { return lags::is_loan_category(code); }

std::string lock_sentence(const MonthlyReport& r, text::Lang lang) {
  return r.locked_through
             ? text::tr_in(lang, "workbook.summary.locked", text::arg("through", *r.locked_through))
             : text::tr_in(lang, "workbook.summary.not_locked");
}

MonthlyReport monthly_report(store::Repository& repo, const MonthlyOptions& opt) {
  if (opt.month < 1 || opt.month > 12)
    throw std::invalid_argument("month must be 1..12, got " + std::to_string(opt.month));
  if (opt.year < 1900 || opt.year > 2999)
    throw std::invalid_argument("year must be 1900..2999, got " + std::to_string(opt.year));
  MonthlyReport r;
  r.year = opt.year;
  r.month = opt.month;
  auto period = calendar::month_period(opt.year, opt.month);
  const Month mo{period.begin, period.end - boost::gregorian::days(1)};
  r.month_begin = calendar::format_date(mo.begin);
  r.as_of = calendar::format_date(mo.end);
  r.lag_threshold = opt.lag_threshold;
  r.calendar_share = Rational(opt.month, 12);
  build_summary(repo, r, mo, opt.lang);
  build_sources(repo, r, mo, opt.lang);
  build_execution(repo, r, mo, opt.lang);
  build_towns(repo, r, mo, opt.lang);
  build_flows(repo, r, mo, opt.lang);
  if (auto lock = ledger::lock_in_force(repo.ledger()))
    r.locked_through = calendar::format_date(lock->through);
  r.paid_by_month = paid_by_month(repo, opt.year, mo.end);
  r.paid_by_month.resize(static_cast<std::size_t>(opt.month));
  const Date last_year_end(static_cast<unsigned short>(opt.year - 1), 12, 31);
  r.paid_by_month_last = paid_by_month(repo, opt.year - 1, last_year_end);
  const auto tl = text_lang(opt.lang);
  const std::string ym =
      text::tr_in(tl, "workbook.ym", text::arg("year", opt.year), text::arg("month", opt.month));
  const std::pair<Table*, const char*> titles[] = {
      {&r.summary, "workbook.title.summary"}, {&r.loans, "workbook.title.loans"},
      {&r.sources, "workbook.title.sources"}, {&r.execution, "workbook.title.execution"},
      {&r.towns, "workbook.title.towns"},     {&r.flows, "workbook.title.flows"}};
  for (const auto& [t, id] : titles) t->title = text::tr_in(tl, id, text::arg("ym", ym));
  return r;
}

}  // namespace fundledger::reports
