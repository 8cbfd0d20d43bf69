#include "reports/monthly_rollup.hpp"

#include <algorithm>
#include <map>

#include "text/text.hpp"

namespace fundledger::reports {

namespace {

std::vector<Column> county_columns() {
  return {{"county", "县（区）", "County", ColType::text},
          {"county_code", "县（区）代码", "County code", ColType::text}};
}

std::vector<Cell> county_cells(const CountyTable& c) { return {c.name.empty() ? c.code : c.name, c.code}; }

std::size_t index_of(const std::vector<Column>& cols, const std::string& key) {
  for (std::size_t i = 0; i < cols.size(); ++i)
    if (cols[i].key == key) return i;
  return cols.size();
}

// Adds the columns of `t` that `out` lacks: before the first row-sum column (资金流向's 合计 stays
// last), or at the end.
void add_missing_columns(Table& out, const Table& t) {
  for (const auto& c : t.columns) {
    if (index_of(out.columns, c.key) < out.columns.size()) continue;
    auto at = std::find_if(out.columns.begin(), out.columns.end(),
                           [&](const Column& o) { return out.hints.row_sums.count(o.key) > 0; });
    out.columns.insert(at, c);
  }
}

Money sum_of(const Table& t, std::size_t col) {
  Money sum;
  for (const auto& row : t.rows)
    if (const auto* m = std::get_if<Money>(&row[col])) sum += *m;
  return sum;
}

}  // namespace

std::vector<Cell> summed_total(const Table& t) {
  std::vector<Cell> total(t.columns.size());
  for (std::size_t c = 0; c < t.columns.size(); ++c) {
    const Column& col = t.columns[c];
    if (col.type == ColType::money) total[c] = sum_of(t, c);
    auto ratio = t.hints.ratio_of.find(col.key);
    if (col.type != ColType::ratio || ratio == t.hints.ratio_of.end()) continue;
    const Money num = sum_of(t, index_of(t.columns, ratio->second.first));
    const Money den = sum_of(t, index_of(t.columns, ratio->second.second));
    if (den.is_positive()) total[c] = Ratio{Rational(num.fen(), den.fen())};
  }
  return total;
}

Table side_by_side(const std::vector<CountyTable>& tables) {
  Table out;
  out.columns = county_columns();
  if (tables.empty()) return out;
  out.title = tables.front().table->title;
  out.hints = tables.front().table->hints;
  for (const auto& c : tables) add_missing_columns(out, *c.table);
  for (const auto& c : tables) {
    std::vector<std::size_t> to;  // the county's column i goes to out's column to[i]
    for (const auto& col : c.table->columns) to.push_back(index_of(out.columns, col.key));
    for (const auto& row : c.table->rows) {
      std::vector<Cell> cells(out.columns.size());
      auto lead = county_cells(c);
      std::copy(lead.begin(), lead.end(), cells.begin());
      for (std::size_t i = 0; i < row.size() && i < to.size(); ++i) cells[to[i]] = row[i];
      out.rows.push_back(std::move(cells));
    }
  }
  out.total = summed_total(out);
  return out;
}

Table county_totals(const std::vector<CountyTable>& tables, bool every_county) {
  Table out;
  out.columns = county_columns();
  if (tables.empty()) return out;
  const Table& first = *tables.front().table;
  out.title = first.title;
  out.hints = first.hints;
  out.columns.insert(out.columns.end(), first.columns.begin() + 1, first.columns.end());
  for (const auto& c : tables) {
    if (!c.table->total || (c.table->rows.empty() && !every_county)) continue;
    std::vector<Cell> row = county_cells(c);
    row.insert(row.end(), c.table->total->begin() + 1, c.table->total->end());
    out.rows.push_back(std::move(row));
  }
  out.total = summed_total(out);
  return out;
}

void MonthlyRollup::add(CountyMonthly county) { counties_.push_back(std::move(county)); }

namespace {

std::vector<CountyTable> tables_of(const std::vector<CountyMonthly>& counties, Table MonthlyReport::*member) {
  std::vector<CountyTable> out;
  for (const auto& c : counties) out.push_back({c.code, c.name, &(c.report.*member)});
  return out;
}

void add_months(std::vector<Money>& sum, const std::vector<Money>& one) {
  if (sum.size() < one.size()) sum.resize(one.size());
  for (std::size_t i = 0; i < one.size(); ++i) sum[i] += one[i];
}

Table chain_heads(const std::vector<CountyMonthly>& counties, Lang lang) {
  Table t;
  t.title = text::tr_in(text_lang(lang), "workbook.title.chain_heads");
  t.columns = county_columns();
  t.columns.push_back({"entries", "分录数", "Entries", ColType::integer});
  t.columns.push_back({"head", "链头", "Chain head", ColType::text});
  for (const auto& c : counties)
    t.rows.push_back({c.name.empty() ? c.code : c.name, c.code, c.entries, c.head});
  return t;
}

}  // namespace

MonthlyReport MonthlyRollup::result() const {
  MonthlyReport r;
  if (counties_.empty()) return r;
  const MonthlyReport& first = counties_.front().report;
  r.year = first.year, r.month = first.month;
  r.month_begin = first.month_begin, r.as_of = first.as_of;
  r.lag_threshold = first.lag_threshold, r.calendar_share = first.calendar_share;
  r.bimonthly = first.bimonthly;
  r.summary = county_totals(tables_of(counties_, &MonthlyReport::summary), true);
  r.loans = county_totals(tables_of(counties_, &MonthlyReport::loans), false);
  r.sources = side_by_side(tables_of(counties_, &MonthlyReport::sources));
  r.execution = side_by_side(tables_of(counties_, &MonthlyReport::execution));
  r.towns = side_by_side(tables_of(counties_, &MonthlyReport::towns));
  r.flows = side_by_side(tables_of(counties_, &MonthlyReport::flows));
  for (const auto& c : counties_) {
    r.annual_total += c.report.annual_total;
    r.paid_total += c.report.paid_total;
    add_months(r.paid_by_month, c.report.paid_by_month);
    add_months(r.paid_by_month_last, c.report.paid_by_month_last);
  }
  r.chain_heads = chain_heads(counties_, opt_.lang);
  const auto tl = text_lang(opt_.lang);
  const std::string ym =
      text::tr_in(tl, "workbook.ym", text::arg("year", r.year), text::arg("month", r.month));
  r.summary.title = text::tr_in(tl, "workbook.title.summary_by_county", text::arg("ym", ym));
  r.loans.title = text::tr_in(tl, "workbook.title.loans_by_county", text::arg("ym", ym));
  return r;
}

}  // namespace fundledger::reports
