// reports/xlsx — formats and cell values (sheet.hpp).
#include <cmath>

#include "base/assert.hpp"
#include "calendar/calendar.hpp"
#include "reports/xlsx/sheet.hpp"

namespace fundledger::reports::xlsx {
namespace {

constexpr std::int64_t kExactMax = std::int64_t{1} << 53;

std::int64_t exact_fen(const Money& m) {
  std::int64_t fen = m.fen64();
  if (fen > kExactMax || fen < -kExactMax)
    throw std::range_error("amount too large for an Excel cell: " + format_yuan(m));
  return fen;
}

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

// Every amount with exactly two decimals in its unit; the cell keeps the exact value.
constexpr const char* kMoneyFormat = "#,##0.00";
constexpr const char* kRatioFormat = "0.00%";

}  // namespace

double wan_cell(const Money& m) {
  std::int64_t fen = exact_fen(m);
  double v = static_cast<double>(fen) / 1e6;
  // The promise of this module: the cell times 10^6 is the fen, exactly.
  FL_ASSERT(std::llround(v * 1e6) == fen, "a 万元 cell round-trips to the fen");
  return v;
}

double yuan_cell(const Money& m) {
  std::int64_t fen = exact_fen(m);
  double v = static_cast<double>(fen) / 100;
  FL_ASSERT(std::llround(v * 100) == fen, "a 元 cell round-trips to the fen");
  return v;
}

double money_cell(const Money& m, Unit unit) {
  FL_ASSERT(unit == Unit::wan || unit == Unit::yuan, "cells are in 万元 or 元");
  return unit == Unit::wan ? wan_cell(m) : yuan_cell(m);
}

double ratio_cell(const Rational& r) {
  // A percentage for display only (not money): 8 decimals of the ratio are plenty.
  Int128 scaled = round_to_integer(r * 100000000);
  return static_cast<double>(static_cast<std::int64_t>(scaled)) / 1e8;
}

std::optional<double> date_cell(const std::string& iso) {
  auto d = calendar::parse_date(iso);
  if (!d || !d.value) return std::nullopt;
  return static_cast<double>(calendar::days_between(calendar::Date(1899, 12, 30), *d.value));
}

Formats make_formats(lxw_workbook* wb) {
  Formats f{};
  f.title = make(wb, true, false, nullptr);
  format_set_font_size(f.title, 16);
  format_set_align(f.title, LXW_ALIGN_CENTER);
  f.note = make(wb, false, false, nullptr, true);
  format_set_align(f.note, LXW_ALIGN_LEFT);
  f.header = make(wb, true, true, nullptr, true);
  format_set_align(f.header, LXW_ALIGN_CENTER);
  format_set_bg_color(f.header, 0xD9E1F2);
  f.text = make(wb, false, true, nullptr);
  f.wrap = make(wb, false, true, nullptr, true);
  f.money = make(wb, false, true, kMoneyFormat);
  f.ratio = make(wb, false, true, kRatioFormat);
  f.integer = make(wb, false, true, "0");
  f.date = make(wb, false, true, "yyyy-mm-dd");
  f.total_text = make(wb, true, true, nullptr);
  f.total_money = make(wb, true, true, kMoneyFormat);
  f.total_ratio = make(wb, true, true, kRatioFormat);
  f.lagging = workbook_add_format(wb);
  format_set_bg_color(f.lagging, 0xFFC7CE);
  format_set_font_color(f.lagging, 0x9C0006);
  return f;
}

std::string unit_name(Lang lang, Unit unit) {
  return text::tr_in(text_lang(lang), unit == Unit::yuan ? "workbook.unit.yuan" : "workbook.unit.wan");
}

void check(lxw_error e, const std::string& what) {
  if (e != LXW_NO_ERROR) throw XlsxError(what + ": " + lxw_strerror(e));
}

std::string cell_ref(lxw_row_t r, lxw_col_t c) {
  std::string s;
  int n = c + 1;
  while (n > 0) {
    int rem = (n - 1) % 26;
    s.insert(s.begin(), static_cast<char>('A' + rem));
    n = (n - 1) / 26;
  }
  return s + std::to_string(r + 1);
}

lxw_workbook* open_workbook(const std::string& path, const WorkbookOptions& opt, Props& props) {
  lxw_workbook_options wo{};
  wo.constant_memory = LXW_FALSE;
  wo.tmpdir = nullptr;
  wo.use_zip64 = LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &wo);
  if (!wb) throw XlsxError(text::tr("workbook.cannot_create", text::arg("path", path)));
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

std::string report_date(const WorkbookOptions& opt) {
  if (!opt.letterhead.report_date.empty()) return opt.letterhead.report_date;
  auto days = static_cast<long>(opt.created / 86400);
  return calendar::format_date(calendar::Date(1970, 1, 1) + boost::gregorian::days(days));
}

std::string signoff_line(const WorkbookOptions& opt) {
  const auto& l = opt.letterhead;
  return text::tr_in(text_lang(opt.lang), "workbook.signoff", text::arg("unit", l.unit),
                     text::arg("preparer", l.preparer), text::arg("reviewer", l.reviewer),
                     text::arg("head", l.head), text::arg("date", report_date(opt)));
}

}  // namespace fundledger::reports::xlsx
