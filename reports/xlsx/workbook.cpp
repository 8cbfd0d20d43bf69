#include "reports/xlsx/workbook.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <tuple>
#include <vector>

#include "base/assert.hpp"

namespace fundledger::reports::xlsx {

double wan_cell(const Money& m) {
  constexpr std::int64_t kExactMax = std::int64_t{1} << 53;
  std::int64_t fen = m.fen64();
  if (fen > kExactMax || fen < -kExactMax)
    throw std::range_error("amount too large for an Excel cell: " + format_yuan(m));
  double v = static_cast<double>(fen) / 1e6;
  // The promise of this module: the cell times 10^6 is the fen, exactly.
  FL_ASSERT(std::llround(v * 1e6) == fen, "a 万元 cell round-trips to the fen");
  return v;
}

namespace {

constexpr lxw_row_t kTitleRow = 0;
constexpr lxw_row_t kUnitRow = 1;
constexpr lxw_row_t kHeaderRow = 2;
constexpr lxw_row_t kFirstDataRow = 3;

struct Formats {
  lxw_format* title;
  lxw_format* note;
  lxw_format* header;
  lxw_format* text;
  lxw_format* money;
  lxw_format* ratio;
  lxw_format* integer;
  lxw_format* total_text;
  lxw_format* total_money;
  lxw_format* total_ratio;
  lxw_format* lagging;
};

lxw_format* make(lxw_workbook* wb, bool bold, bool border, const char* num_format, bool wrap = false) {
  lxw_format* f = workbook_add_format(wb);
  format_set_font_name(f, "SimSun");
  format_set_font_size(f, 11);
  if (bold) format_set_bold(f);
  if (border) format_set_border(f, LXW_BORDER_THIN);
  if (num_format) format_set_num_format(f, num_format);
  if (wrap) format_set_text_wrap(f);
  format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
  return f;
}

// 万元 shown with 2 to 6 decimals: exact, and the familiar two places when they suffice.
constexpr const char* kMoneyFormat = "#,##0.00####";

Formats make_formats(lxw_workbook* wb) {
  Formats f{};
  f.title = make(wb, true, false, nullptr);
  format_set_font_size(f.title, 16);
  format_set_align(f.title, LXW_ALIGN_CENTER);
  f.note = make(wb, false, false, nullptr);
  f.header = make(wb, true, true, nullptr, true);
  format_set_align(f.header, LXW_ALIGN_CENTER);
  format_set_bg_color(f.header, 0xD9E1F2);
  f.text = make(wb, false, true, nullptr);
  f.money = make(wb, false, true, kMoneyFormat);
  f.ratio = make(wb, false, true, "0.00%");
  f.integer = make(wb, false, true, "0");
  f.total_text = make(wb, true, true, nullptr);
  f.total_money = make(wb, true, true, kMoneyFormat);
  f.total_ratio = make(wb, true, true, "0.00%");
  f.lagging = workbook_add_format(wb);
  format_set_bg_color(f.lagging, 0xFFC7CE);
  format_set_font_color(f.lagging, 0x9C0006);
  return f;
}

void check(lxw_error e, const std::string& what) {
  if (e != LXW_NO_ERROR) throw XlsxError(what + ": " + lxw_strerror(e));
}

std::string col_name(lxw_col_t c) {
  std::string s;
  int n = c + 1;
  while (n > 0) {
    int rem = (n - 1) % 26;
    s.insert(s.begin(), static_cast<char>('A' + rem));
    n = (n - 1) / 26;
  }
  return s;
}

std::string cell_ref(lxw_row_t r, lxw_col_t c) { return col_name(c) + std::to_string(r + 1); }

std::string money_text(const Money& m) { return format_in(m, Unit::wan, -1, true); }

double ratio_cell(const Rational& r) {
  // A percentage for display only (not money): 8 decimals of the ratio are plenty.
  Int128 scaled = round_to_integer(r * 100000000);
  return static_cast<double>(static_cast<std::int64_t>(scaled)) / 1e8;
}

// Where a table landed on its sheet (for charts and formulas of other sheets).
struct Placement {
  lxw_row_t first_row = kFirstDataRow;
  lxw_row_t last_row = kFirstDataRow;  // last data row (== first_row - 1 when empty)
  lxw_row_t total_row = 0;
  std::size_t rows = 0;
  std::map<std::string, lxw_col_t> col;
};

struct SheetSetup {
  std::string unit_line;
  lxw_col_t freeze_cols = 1;
  std::string ledger_check;  // printed in the footer's left part (empty: none)
};

// repeat_last: the last row printed again at the top of every page; nullopt: none. The footer:
// the ledger check on the left (Excel's & codes escaped), page / pages in the centre.
void page_setup(lxw_worksheet* ws, std::optional<lxw_row_t> repeat_last, const std::string& ledger_check) {
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, 9);  // A4
  worksheet_fit_to_pages(ws, 1, 0);
  if (repeat_last) worksheet_repeat_rows(ws, 0, *repeat_last);
  worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
  std::string footer;
  if (!ledger_check.empty()) {
    footer = "&L";
    for (char c : ledger_check) footer += c == '&' ? std::string("&&") : std::string(1, c);
  }
  footer += "&C&P / &N";
  worksheet_set_footer(ws, footer.c_str());
}

// Writes the cells of one data or total row: money in 万元, a total as a SUM formula over the
// data rows, a row sum and a ratio of totals as formulas; widens the columns it writes.
class RowWriter {
 public:
  RowWriter(lxw_worksheet* ws, const Formats& f, const Table& t, const Placement& p,
            std::vector<std::size_t>& width)
      : ws_(ws), f_(f), t_(t), p_(p), width_(width) {}

  void write(lxw_row_t r, const std::vector<Cell>& cells, bool total) {
    for (lxw_col_t c = 0; c < static_cast<lxw_col_t>(t_.columns.size()); ++c)
      write_cell(r, c, cells[c], total);
  }

 private:
  void write_cell(lxw_row_t r, lxw_col_t c, const Cell& cell, bool total) {
    const Column& col = t_.columns[c];
    const auto ratio_of = t_.hints.ratio_of.find(col.key);
    lxw_format* text_f = total ? f_.total_text : f_.text;
    if (auto m = std::get_if<Money>(&cell)) {
      write_money(r, c, *m, total);
    } else if (auto q = std::get_if<Ratio>(&cell)) {
      widen(c, "100.00%");
      if (total && ratio_of != t_.hints.ratio_of.end())
        worksheet_write_formula_num(ws_, r, c, ratio_formula(r, ratio_of->second).c_str(),
                                    total ? f_.total_ratio : f_.ratio, ratio_cell(q->value));
      else
        worksheet_write_number(ws_, r, c, ratio_cell(q->value), total ? f_.total_ratio : f_.ratio);
    } else if (auto i = std::get_if<std::int64_t>(&cell)) {
      widen(c, std::to_string(*i));
      worksheet_write_number(ws_, r, c, static_cast<double>(*i), f_.integer);
    } else if (auto s = std::get_if<std::string>(&cell)) {
      // Always a string: "=HYPERLINK(...)" or "+1" from a user stays text (no formula injection).
      widen(c, *s);
      worksheet_write_string(ws_, r, c, s->c_str(), text_f);
    } else if (total && ratio_of != t_.hints.ratio_of.end()) {
      // No value (a zero denominator), but the formula is there for whoever fills the sheet.
      worksheet_write_formula(ws_, r, c, ratio_formula(r, ratio_of->second).c_str(), f_.total_ratio);
    } else {
      worksheet_write_blank(ws_, r, c,
                            col.type == ColType::money ? (total ? f_.total_money : f_.money) : text_f);
    }
  }

  void write_money(lxw_row_t r, lxw_col_t c, const Money& m, bool total) {
    const bool row_sum = t_.hints.row_sums.count(t_.columns[c].key) > 0;
    lxw_format* money_f = total ? f_.total_money : f_.money;
    widen(c, money_text(m));
    if (total && !row_sum && p_.rows > 0) {
      std::string fml = "=SUM(" + cell_ref(p_.first_row, c) + ":" + cell_ref(p_.last_row, c) + ")";
      worksheet_write_formula_num(ws_, r, c, fml.c_str(), money_f, wan_cell(m));
    } else if (row_sum) {
      worksheet_write_formula_num(ws_, r, c, money_sum_of_row(r).c_str(), money_f, wan_cell(m));
    } else {
      worksheet_write_number(ws_, r, c, wan_cell(m), money_f);
    }
  }

  // =SUM over the row's money columns that are not themselves row sums.
  std::string money_sum_of_row(lxw_row_t r) const {
    std::string parts;
    for (lxw_col_t c = 0; c < static_cast<lxw_col_t>(t_.columns.size()); ++c)
      if (t_.columns[c].type == ColType::money && !t_.hints.row_sums.count(t_.columns[c].key))
        parts += (parts.empty() ? "" : ",") + cell_ref(r, c);
    return "=SUM(" + parts + ")";
  }

  std::string ratio_formula(lxw_row_t r, const std::pair<std::string, std::string>& of) const {
    std::string num = cell_ref(r, p_.col.at(of.first)), den = cell_ref(r, p_.col.at(of.second));
    return "=IF(" + den + "=0,\"\"," + num + "/" + den + ")";
  }

  void widen(lxw_col_t c, const std::string& s) { width_[c] = std::max(width_[c], display_width(s) + 2); }

  lxw_worksheet* ws_;
  const Formats& f_;
  const Table& t_;
  const Placement& p_;
  std::vector<std::size_t>& width_;
};

// Title, unit line and header; records each column's place in `p` and its header's width.
void write_heading(lxw_worksheet* ws, const Formats& f, const Table& t, Lang lang, const SheetSetup& setup,
                   Placement& p, std::vector<std::size_t>& width) {
  const auto ncol = static_cast<lxw_col_t>(t.columns.size());
  const lxw_col_t last_col = static_cast<lxw_col_t>(ncol - 1);
  if (ncol > 1)
    worksheet_merge_range(ws, kTitleRow, 0, kTitleRow, last_col, t.title.c_str(), f.title);
  else
    worksheet_write_string(ws, kTitleRow, 0, t.title.c_str(), f.title);
  worksheet_set_row(ws, kTitleRow, 28, nullptr);
  worksheet_write_string(ws, kUnitRow, 0, setup.unit_line.c_str(), f.note);
  for (lxw_col_t c = 0; c < ncol; ++c) {
    const auto& col = t.columns[c];
    std::string h = lang == Lang::en ? col.en : col.zh;
    if (col.type == ColType::money) h += lang == Lang::en ? " (10k yuan)" : "(万元)";
    worksheet_write_string(ws, kHeaderRow, c, h.c_str(), f.header);
    width[c] = std::max(width[c], std::min<std::size_t>(display_width(h) + 2, 16));
    p.col[col.key] = c;
  }
  worksheet_set_row(ws, kHeaderRow, 32, nullptr);
}

// Writes title, unit line, header, data rows and the total row with SUM formulas.
Placement write_table(lxw_worksheet* ws, const Formats& f, const Table& t, Lang lang,
                      const SheetSetup& setup) {
  Placement p;
  const auto ncol = static_cast<lxw_col_t>(t.columns.size());
  FL_ASSERT(ncol > 0, "ncol > 0");
  std::vector<std::size_t> width(ncol, 8);
  write_heading(ws, f, t, lang, setup, p, width);
  p.rows = t.rows.size();
  p.last_row = static_cast<lxw_row_t>(kFirstDataRow + p.rows) - 1;
  RowWriter rows(ws, f, t, p, width);
  lxw_row_t r = kFirstDataRow;
  for (const auto& row : t.rows) rows.write(r++, row, false);
  if (t.total) {
    auto cells = *t.total;
    if (std::holds_alternative<std::monostate>(cells[0]))
      cells[0] = std::string(lang == Lang::en ? "Total" : "合计");
    p.total_row = r;
    rows.write(r, cells, true);
  }
  for (lxw_col_t c = 0; c < ncol; ++c)
    worksheet_set_column(ws, c, c, static_cast<double>(std::min<std::size_t>(width[c], 48)), nullptr);
  worksheet_freeze_panes(ws, kFirstDataRow, setup.freeze_cols);
  page_setup(ws, kHeaderRow, setup.ledger_check);
  return p;
}

std::string unit_line(Lang lang, const std::string& as_of) {
  return lang == Lang::en ? "Amounts in 10,000 yuan (万元); as of " + as_of
                          : "金额单位:万元    截至 " + as_of;
}

// The document properties and the strings they point to (libxlsxwriter takes char*).
struct Props {
  std::string title, author = "fundledger";
  lxw_doc_properties p{};
};

lxw_workbook* open_workbook(const std::string& path, const WorkbookOptions& opt, Props& props) {
  lxw_workbook_options wo{};
  wo.constant_memory = LXW_FALSE;
  wo.tmpdir = nullptr;
  wo.use_zip64 = LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &wo);
  if (!wb) throw XlsxError("cannot create workbook " + path);
  props.title = opt.title;
  props.p.title = props.title.data();
  props.p.author = props.author.data();
  props.p.created = opt.created;
  workbook_set_properties(wb, &props.p);
  return wb;
}

void close_workbook(lxw_workbook* wb, const std::string& path) {
  check(workbook_close(wb), "cannot write " + path);
}

const char* sheet_name(Lang lang, const char* zh, const char* en) { return lang == Lang::en ? en : zh; }

void add_charts(lxw_workbook* wb, lxw_worksheet* ws, const Formats& f, const MonthlyReport& r,
                const SheetSetup& setup, Lang lang, const char* exec_sheet, const Placement& exec,
                const char* summary_sheet, const Placement& summary) {
  const bool en = lang == Lang::en;
  std::string title = en ? "Charts, " + std::to_string(r.year) + "-" + std::to_string(r.month)
                         : std::to_string(r.year) + "年" + std::to_string(r.month) + "月 挂图作战";
  worksheet_merge_range(ws, kTitleRow, 0, kTitleRow, 2, title.c_str(), f.title);
  worksheet_write_string(ws, kUnitRow, 0, unit_line(lang, r.as_of).c_str(), f.note);
  worksheet_write_string(ws, kHeaderRow, 0, en ? "Month" : "月份", f.header);
  std::string this_year = std::to_string(r.year) + (en ? " paid" : "年支出");
  std::string last_year = std::to_string(r.year - 1) + (en ? " paid" : "年支出");
  worksheet_write_string(ws, kHeaderRow, 1, this_year.c_str(), f.header);
  worksheet_write_string(ws, kHeaderRow, 2, last_year.c_str(), f.header);
  for (std::size_t m = 0; m < 12; ++m) {
    auto row = static_cast<lxw_row_t>(kFirstDataRow + m);
    std::string label = en ? std::to_string(m + 1) : std::to_string(m + 1) + "月";
    worksheet_write_string(ws, row, 0, label.c_str(), f.text);
    if (m < r.paid_by_month.size())
      worksheet_write_number(ws, row, 1, wan_cell(r.paid_by_month[m]), f.money);
    else
      worksheet_write_blank(ws, row, 1, f.money);
    worksheet_write_number(ws, row, 2, wan_cell(r.paid_by_month_last[m]), f.money);
  }
  worksheet_set_column(ws, 0, 0, 8, nullptr);
  worksheet_set_column(ws, 1, 2, 14, nullptr);
  // No repeated title rows here: the first chart starts beside them and would be printed again,
  // cut, at the top of the other charts' pages.
  page_setup(ws, std::nullopt, setup.ledger_check);
  worksheet_freeze_panes(ws, kFirstDataRow, 0);

  auto titled = [&](lxw_chart* c, const char* zh, const char* en_title) {
    chart_title_set_name(c, en ? en_title : zh);
    chart_legend_set_position(c, LXW_CHART_LEGEND_BOTTOM);
  };
  lxw_chart_options place{};
  place.x_scale = 1.6;
  place.y_scale = 1.3;
  if (exec.rows > 0) {
    lxw_chart* bar = workbook_add_chart(wb, LXW_CHART_COLUMN);
    titled(bar, "预算与支出(按专项用途,万元)", "Budget vs paid by earmark (10k yuan)");
    const std::pair<const char*, std::pair<const char*, const char*>> series[] = {
        {"budget", {"预算", "Budget"}}, {"paid_ytd", {"累计支出", "Paid"}}};
    for (const auto& [key, names] : series) {
      lxw_chart_series* s = chart_add_series(bar, nullptr, nullptr);
      chart_series_set_categories(s, exec_sheet, exec.first_row, exec.col.at("name"), exec.last_row,
                                  exec.col.at("name"));
      chart_series_set_values(s, exec_sheet, exec.first_row, exec.col.at(key), exec.last_row,
                              exec.col.at(key));
      chart_series_set_name(s, en ? names.second : names.first);
    }
    worksheet_insert_chart_opt(ws, 1, 4, bar, &place);
  }
  if (summary.rows > 0) {
    lxw_chart* pie = workbook_add_chart(wb, LXW_CHART_PIE);
    titled(pie, "资金来源构成(按类别)", "Sources by category");
    lxw_chart_series* s = chart_add_series(pie, nullptr, nullptr);
    chart_series_set_categories(s, summary_sheet, summary.first_row, 0, summary.last_row, 0);
    chart_series_set_values(s, summary_sheet, summary.first_row, summary.col.at("amount"), summary.last_row,
                            summary.col.at("amount"));
    chart_series_set_name(s, en ? "Year's amount" : "全年资金");
    worksheet_insert_chart_opt(ws, 22, 4, pie, &place);
  }
  lxw_chart* line = workbook_add_chart(wb, LXW_CHART_LINE);
  titled(line, "月度支出:本年与上年(万元)", "Monthly payments: this year vs last (10k yuan)");
  const char* me = sheet_name(lang, "图表", "Charts");
  for (lxw_col_t c = 1; c <= 2; ++c) {
    lxw_chart_series* s = chart_add_series(line, nullptr, nullptr);
    chart_series_set_categories(s, me, kFirstDataRow, 0, kFirstDataRow + 11, 0);
    chart_series_set_values(s, me, kFirstDataRow, c, kFirstDataRow + 11, c);
    chart_series_set_name_range(s, me, kHeaderRow, c);
  }
  worksheet_insert_chart_opt(ws, 43, 4, line, &place);
  // Printed, each chart gets a page of its own: fitted to the page's width, two of them are taller
  // than a landscape A4 page and the page break fell through the middle of one.
  lxw_row_t breaks[] = {21, 42, 0};  // a row above each chart's first row (22, 43); the list ends with 0
  worksheet_set_h_pagebreaks(ws, breaks);
}

}  // namespace

void write_monthly(const MonthlyReport& r, const FindingsSheet& findings, const std::string& path,
                   const WorkbookOptions& opt) {
  const Lang lang = opt.lang;
  const bool en = lang == Lang::en;
  Props props;
  lxw_workbook* wb = open_workbook(path, opt, props);
  Formats f = make_formats(wb);
  SheetSetup setup{unit_line(lang, r.as_of), 1, opt.ledger_check};

  const char* summary_name = sheet_name(lang, "汇总", "Summary");
  lxw_worksheet* ws = workbook_add_worksheet(wb, summary_name);
  Placement summary = write_table(ws, f, r.summary, lang, setup);
  lxw_row_t below = (r.summary.total ? summary.total_row : summary.last_row) + 2;
  std::string l1 =
      std::string(en ? "Year's amount in words: " : "全年资金合计(大写):") + format_daxie(r.annual_total);
  std::string l2 =
      std::string(en ? "Paid year to date in words: " : "累计支出合计(大写):") + format_daxie(r.paid_total);
  worksheet_write_string(ws, below, 0, l1.c_str(), f.note);
  worksheet_write_string(ws, below + 1, 0, l2.c_str(), f.note);
  if (!opt.ledger_check.empty()) worksheet_write_string(ws, below + 2, 0, opt.ledger_check.c_str(), f.note);

  ws = workbook_add_worksheet(wb, sheet_name(lang, "资金来源", "Sources"));
  write_table(ws, f, r.sources, lang, setup);

  const char* exec_name = sheet_name(lang, "预算执行", "Execution");
  ws = workbook_add_worksheet(wb, exec_name);
  Placement exec = write_table(ws, f, r.execution, lang, setup);
  if (exec.rows > 0) {
    // Progress lagging the calendar (month/12) by more than the threshold is shown red.
    Rational floor = r.calendar_share - r.lag_threshold;
    lxw_conditional_format cf{};
    cf.type = LXW_CONDITIONAL_TYPE_CELL;
    cf.criteria = LXW_CONDITIONAL_CRITERIA_LESS_THAN;
    cf.value = ratio_cell(floor);
    cf.format = f.lagging;
    lxw_col_t pc = exec.col.at("progress");
    worksheet_conditional_format_range(ws, exec.first_row, pc, exec.last_row, pc, &cf);
    std::string note = en ? "Red: progress below the calendar share (" +
                                format_ratio(r.calendar_share * 100, 2) + "%) less " +
                                format_ratio(r.lag_threshold * 100, 2) + " points"
                          : "标红:支出进度低于时序进度(" + format_ratio(r.calendar_share * 100, 2) + "%)" +
                                format_ratio(r.lag_threshold * 100, 0) + "个百分点以上";
    worksheet_write_string(ws, exec.total_row + 2, 0, note.c_str(), f.note);
  }

  ws = workbook_add_worksheet(wb, sheet_name(lang, "乡镇进度", "Towns"));
  Placement towns = write_table(ws, f, r.towns, lang, setup);
  {
    std::string note =
        r.bimonthly
            ? (en ? "Two-month ranking by payments in the last two months; change = previous rank − rank."
                  : "两月考核排名:按近两个月支出额排名;名次变化 = 上期排名 − 本期排名(正数为上升)。")
            : (en ? "Rank by progress (paid ÷ allocated to the town), then by paid."
                  : "排名:按支出进度(已支出 ÷ 分配到乡镇的资金),其次按支出额。");
    worksheet_write_string(ws, (r.towns.total ? towns.total_row : towns.last_row) + 2, 0, note.c_str(),
                           f.note);
  }

  ws = workbook_add_worksheet(wb, sheet_name(lang, "预警", "Findings"));
  if (!findings.table.columns.empty()) {
    Placement fp = write_table(ws, f, findings.table, lang, setup);
    if (!findings.note.empty()) worksheet_write_string(ws, fp.last_row + 2, 0, findings.note.c_str(), f.note);
  } else {
    worksheet_write_string(ws, kTitleRow, 0, en ? "Findings" : "预警", f.title);
    worksheet_write_string(ws, kUnitRow, 0, findings.note.c_str(), f.note);
    worksheet_set_column(ws, 0, 0, 100, nullptr);
    page_setup(ws, kUnitRow, setup.ledger_check);
  }

  ws = workbook_add_worksheet(wb, sheet_name(lang, "资金流向", "Flows"));
  write_table(ws, f, r.flows, lang, setup);

  ws = workbook_add_worksheet(wb, sheet_name(lang, "图表", "Charts"));
  add_charts(wb, ws, f, r, setup, lang, exec_name, exec, summary_name, summary);
  close_workbook(wb, path);
}

void write_disclosure(const Disclosure& d, const std::string& path, const WorkbookOptions& opt) {
  const Lang lang = opt.lang;
  Props props;
  lxw_workbook* wb = open_workbook(path, opt, props);
  Formats f = make_formats(wb);
  SheetSetup setup{lang == Lang::en ? "Amounts in 10,000 yuan (万元)" : "金额单位:万元", 2, opt.ledger_check};
  for (const auto& [table, zh, en] : {std::tuple{&d.projects, "项目公示", "Projects"},
                                      std::tuple{&d.households, "到户资金公示", "Households"}}) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet_name(lang, zh, en));
    Placement p = write_table(ws, f, *table, lang, setup);
    if (!opt.ledger_check.empty())
      worksheet_write_string(ws, (table->total ? p.total_row : p.last_row) + 2, 0, opt.ledger_check.c_str(),
                             f.note);
  }
  close_workbook(wb, path);
}

}  // namespace fundledger::reports::xlsx
