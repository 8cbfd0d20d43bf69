// reports/xlsx — a table on a sheet: widths from the content, cells, totals as formulas (sheet.hpp).
#include "reports/xlsx/sheet.hpp"

#include <algorithm>
#include <cmath>

#include "base/assert.hpp"
#include "reports/xlsx/cell_width.hpp"

namespace fundledger::reports::xlsx {
namespace {

// What a cell shows, for its width: money grouped with two decimals in its unit.
std::string shown(const Cell& cell, Unit unit) {
  if (auto m = std::get_if<Money>(&cell)) return format_in(*m, unit, 2, true);
  // A ratio as Excel shows it (0.00%), and a character of room for the bold total: never less than
  // 100.00%'s width, and -100.00% or 1234.56% fit rather than showing ###.
  if (auto q = std::get_if<Ratio>(&cell)) {
    std::string pct = format_ratio(q->value * 100, 2) + "% ";
    return pct.size() < 8 ? std::string("100.00% ") : pct;
  }
  if (auto i = std::get_if<std::int64_t>(&cell)) return std::to_string(*i);
  if (auto s = std::get_if<std::string>(&cell)) return *s;
  return "";
}

// Each column's width: its longest value (cell_width.hpp) plus a margin, its header up to
// kHeaderMax (headers wrap), within [kWidthMin, kWidthMax]; a column whose text is wider wraps.
struct Widths {
  std::vector<double> width;
  std::vector<bool> wrap;
};

Widths measure(const Table& t, const std::vector<std::string>& headers, Unit unit) {
  Widths w{std::vector<double>(t.columns.size(), kWidthMin), std::vector<bool>(t.columns.size(), false)};
  auto widen = [&](std::size_t c, const std::string& s) {
    double need = cell_width(s) + 3;  // a character of room each side
    if (need > kWidthMax) w.wrap[c] = true;
    w.width[c] = std::min(kWidthMax, std::max(w.width[c], need));
  };
  for (std::size_t c = 0; c < t.columns.size(); ++c)
    w.width[c] = std::max(w.width[c], std::min<double>(cell_width(headers[c]) + 2, kHeaderMax));
  for (const auto& row : t.rows)
    for (std::size_t c = 0; c < t.columns.size(); ++c) widen(c, shown(row[c], unit));
  if (t.total)
    for (std::size_t c = 0; c < t.columns.size(); ++c) widen(c, shown((*t.total)[c], unit));
  return w;
}

// Writes the cells of one data or total row: money in the unit, a total as a SUM formula over the
// data rows, a row sum and a ratio of totals as formulas (their cached value what they show).
class RowWriter {
 public:
  RowWriter(lxw_worksheet* ws, const Formats& f, const Table& t, const Placement& p, Unit unit,
            const Widths& w)
      : ws_(ws), f_(f), t_(t), p_(p), unit_(unit), w_(w) {}

  void write(lxw_row_t r, const std::vector<Cell>& cells, bool total) {
    double lines = 1;
    for (lxw_col_t c = 0; c < static_cast<lxw_col_t>(t_.columns.size()); ++c) {
      write_cell(r, c, cells[c], total);
      if (auto s = std::get_if<std::string>(&cells[c]); s && w_.wrap[c])
        lines = std::max(lines, wrapped_lines(*s, w_.width[c]));
    }
    // A row does not grow with wrapped text everywhere (LibreOffice keeps 15 points): set its height.
    if (lines > 1) worksheet_set_row(ws_, r, kWrappedLine * lines, nullptr);
  }

 private:
  void write_cell(lxw_row_t r, lxw_col_t c, const Cell& cell, bool total) {
    const Column& col = t_.columns[c];
    const auto ratio_of = t_.hints.ratio_of.find(col.key);
    lxw_format* text_f = total ? f_.total_text : (w_.wrap[c] ? f_.wrap : f_.text);
    lxw_format* ratio_f = total ? f_.total_ratio : f_.ratio;
    if (auto m = std::get_if<Money>(&cell)) {
      write_money(r, c, *m, total);
    } else if (auto q = std::get_if<Ratio>(&cell)) {
      if (total && ratio_of != t_.hints.ratio_of.end())
        worksheet_write_formula_num(ws_, r, c, ratio_formula(r, ratio_of->second).c_str(), ratio_f,
                                    ratio_cell(q->value));
      else
        worksheet_write_number(ws_, r, c, ratio_cell(q->value), ratio_f);
    } else if (auto i = std::get_if<std::int64_t>(&cell)) {
      worksheet_write_number(ws_, r, c, static_cast<double>(*i), f_.integer);
    } else if (auto s = std::get_if<std::string>(&cell)) {
      auto serial = t_.hints.dates.count(col.key) ? date_cell(*s) : std::nullopt;
      if (serial)
        worksheet_write_number(ws_, r, c, *serial, f_.date);
      else  // Always a string: "=HYPERLINK(...)" or "+1" from a user stays text (no formula injection).
        worksheet_write_string(ws_, r, c, s->c_str(), text_f);
    } else if (total && ratio_of != t_.hints.ratio_of.end()) {
      // No value (a zero denominator): the formula shows "" and caches "", not a 0.
      worksheet_write_formula_str(ws_, r, c, ratio_formula(r, ratio_of->second).c_str(), ratio_f, "");
    } else {
      worksheet_write_blank(ws_, r, c,
                            col.type == ColType::money ? (total ? f_.total_money : f_.money) : text_f);
    }
  }

  void write_money(lxw_row_t r, lxw_col_t c, const Money& m, bool total) {
    const bool row_sum = t_.hints.row_sums.count(t_.columns[c].key) > 0;
    lxw_format* money_f = total ? f_.total_money : f_.money;
    const double v = money_cell(m, unit_);
    if (total && !row_sum && p_.rows > 0) {
      std::string fml = "=SUM(" + cell_ref(p_.first_row, c) + ":" + cell_ref(p_.last_row, c) + ")";
      worksheet_write_formula_num(ws_, r, c, fml.c_str(), money_f, v);
    } else if (row_sum) {
      worksheet_write_formula_num(ws_, r, c, money_sum_of_row(r).c_str(), money_f, v);
    } else {
      worksheet_write_number(ws_, r, c, v, money_f);
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

  lxw_worksheet* ws_;
  const Formats& f_;
  const Table& t_;
  const Placement& p_;
  Unit unit_;
  const Widths& w_;
};

std::vector<std::string> headers(const Table& t, Lang lang, Unit unit) {
  std::vector<std::string> out;
  for (const auto& col : t.columns) {
    std::string h = lang == Lang::en ? col.en : col.zh;
    if (col.type == ColType::money)
      h = text::tr_in(text_lang(lang), "workbook.column_unit", text::arg("header", h),
                      text::arg("unit", unit_name(lang, unit)));
    out.push_back(h);
  }
  return out;
}

// A column's width as set so far (libxlsxwriter keeps it); a column never set is Excel's 8.43.
double width_of(lxw_worksheet* ws, lxw_col_t c) {
  lxw_col_options* o = c < ws->col_options_max ? ws->col_options[c] : nullptr;
  return o ? o->width : 8.43;
}

double total_width(lxw_worksheet* ws, lxw_col_t last) {
  double w = 0;
  for (lxw_col_t c = 0; c <= last; ++c) w += width_of(ws, c);
  return w;
}

}  // namespace

void write_line(lxw_worksheet* ws, const SheetContext& cx, lxw_row_t r, lxw_col_t last, const std::string& s,
                lxw_format* f) {
  f = f ? f : cx.f.note;
  if (last > 0)
    worksheet_merge_range(ws, r, 0, r, last, s.c_str(), f);
  else
    worksheet_write_string(ws, r, 0, s.c_str(), f);
  // A merged cell does not grow with its text: one line of 15 points per width of the merged columns.
  const double lines = wrapped_lines(s, total_width(ws, last));
  worksheet_set_row(ws, r, (lines > 1 ? kWrappedLine * lines : 15) + (f == cx.f.title ? 13 : 0), nullptr);
}

namespace {

// The fills of t.hints.fills, as conditional formats over the column's data rows: a cell equal to
// the text is filled with the colour (its text dark enough to read on it).
void fill_by_text(lxw_worksheet* ws, const SheetContext& cx, const Table& t, const Placement& p) {
  if (p.rows == 0) return;
  for (const auto& [key, fills] : t.hints.fills) {
    auto c = p.col.find(key);
    if (c == p.col.end()) continue;
    for (const auto& [cell_text, colour] : fills) {
      lxw_format* f = workbook_add_format(cx.wb);
      format_set_bg_color(f, colour);
      format_set_bold(f);
      std::string quoted = "\"" + cell_text + "\"";
      lxw_conditional_format cf{};
      cf.type = LXW_CONDITIONAL_TYPE_CELL;
      cf.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
      cf.value_string = quoted.data();
      cf.format = f;
      worksheet_conditional_format_range(ws, p.first_row, c->second, p.last_row, c->second, &cf);
    }
  }
}

}  // namespace

Placement write_table(lxw_worksheet* ws, const SheetContext& cx, const Table& t, lxw_row_t top, Unit unit,
                      lxw_col_t freeze_cols) {
  const auto ncol = static_cast<lxw_col_t>(t.columns.size());
  FL_ASSERT(ncol > 0, "a table has columns");
  Placement p;
  p.title_row = top;
  p.header_row = top + 2;
  p.first_row = top + 3;
  p.ncols = ncol;
  const auto hs = headers(t, cx.lang, unit);
  const Widths w = measure(t, hs, unit);
  // The sheet's first table decides the widths of its columns; a later one may widen them.
  for (lxw_col_t c = 0; c < ncol; ++c)
    worksheet_set_column(ws, c, c, top == kTitleRow ? w.width[c] : std::max(w.width[c], width_of(ws, c)),
                         nullptr);
  const auto last = static_cast<lxw_col_t>(ncol - 1);
  write_line(ws, cx, top, last, t.title, cx.f.title);
  write_line(ws, cx, top + 1, last, cx.head);
  for (lxw_col_t c = 0; c < ncol; ++c) {
    worksheet_write_string(ws, p.header_row, c, hs[c].c_str(), cx.f.header);
    p.col[t.columns[c].key] = c;
  }
  worksheet_set_row(ws, p.header_row, 32, nullptr);
  p.rows = t.rows.size();
  p.last_row = static_cast<lxw_row_t>(p.first_row + p.rows) - 1;
  p.end_row = p.last_row;
  RowWriter rows(ws, cx.f, t, p, unit, w);
  lxw_row_t r = p.first_row;
  for (const auto& row : t.rows) rows.write(r++, row, false);
  if (t.total) {
    auto cells = *t.total;
    if (std::holds_alternative<std::monostate>(cells[0]))
      cells[0] = text::tr_in(text_lang(cx.lang), "table.total");
    p.total_row = p.end_row = r;
    rows.write(r, cells, true);
  }
  fill_by_text(ws, cx, t, p);
  if (top == kTitleRow) {
    worksheet_freeze_panes(ws, p.first_row, freeze_cols);
    page_setup(ws, p.header_row, cx.ledger_check);
  }
  return p;
}

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

lxw_row_t write_footer_lines(lxw_worksheet* ws, const SheetContext& cx, const Placement& p,
                             const std::vector<std::string>& notes) {
  const auto last = static_cast<lxw_col_t>(p.ncols > 0 ? p.ncols - 1 : 0);
  lxw_row_t r = p.end_row + 2;
  for (const auto& n : notes) write_line(ws, cx, r++, last, n);
  write_line(ws, cx, ++r, last, cx.signoff);
  return r;
}

Placement add_table_sheet(const SheetContext& cx, const std::string& name, const Table& t,
                          const std::vector<std::string>& notes, lxw_col_t freeze_cols) {
  lxw_worksheet* ws = workbook_add_worksheet(cx.wb, name.c_str());
  Placement p = write_table(ws, cx, t, kTitleRow, cx.unit, freeze_cols);
  write_footer_lines(ws, cx, p, notes);
  return p;
}

}  // namespace fundledger::reports::xlsx
