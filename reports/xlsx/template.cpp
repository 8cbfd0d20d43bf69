#include "reports/xlsx/template.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "base/assert.hpp"
#include "calendar/calendar.hpp"
#include "reports/xlsx/workbook.hpp"
#include "text/text.hpp"

namespace fundledger::reports::xlsx {
namespace {

constexpr lxw_row_t kRowsValidated = 2000;  // rows under the header that get the dropdowns
constexpr double kWidthMax = 60;

struct Formats {
  lxw_format* header;
  lxw_format* header_required;
  lxw_format* text;
  lxw_format* amount;
  lxw_format* date;
  lxw_format* wrap;
};

lxw_format* make(lxw_workbook* wb, const char* num_format, bool bold, bool wrap) {
  lxw_format* f = workbook_add_format(wb);
  format_set_font_name(f, "SimSun");
  format_set_font_size(f, 11);
  if (num_format) format_set_num_format(f, num_format);
  if (bold) format_set_bold(f);
  if (wrap) format_set_text_wrap(f);
  format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
  return f;
}

Formats make_formats(lxw_workbook* wb) {
  Formats f{};
  f.header = make(wb, nullptr, true, false);
  format_set_bg_color(f.header, 0xDDEBF7);
  format_set_border(f.header, LXW_BORDER_THIN);
  f.header_required = make(wb, nullptr, true, false);
  format_set_bg_color(f.header_required, 0xFCE4D6);
  format_set_border(f.header_required, LXW_BORDER_THIN);
  f.text = make(wb, "@", false, false);
  f.amount = make(wb, "#,##0.00", false, false);
  f.date = make(wb, "yyyy-mm-dd", false, false);
  f.wrap = make(wb, nullptr, false, true);
  format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
  return f;
}

void check(lxw_error e, const std::string& what) {
  if (e != LXW_NO_ERROR) throw XlsxError(what + ": " + lxw_strerror(e));
}

// Width in Excel's character units: CJK characters count two.
double width_of(const std::vector<std::string>& texts) {
  std::size_t w = 0;
  for (const auto& s : texts) w = std::max(w, display_width(s));
  return std::min(kWidthMax, static_cast<double>(w) + 3);
}

lxw_format* column_format(const Formats& f, FieldFormat format) {
  switch (format) {
    case FieldFormat::amount:
      return f.amount;
    case FieldFormat::date:
      return f.date;
    case FieldFormat::year:
    case FieldFormat::integer:
      return nullptr;
    default:
      return f.text;
  }
}

// The example value as Excel holds it: amounts and years as numbers, dates as date cells.
void write_example(lxw_worksheet* ws, lxw_col_t col, const TemplateColumn& c, const Formats& f) {
  if (c.example.empty()) return;
  if (c.format == FieldFormat::amount) {
    auto parsed = parse_amount(c.example);
    FL_ASSERT(parsed.value.has_value(), "a template's example amount parses");
    const std::int64_t fen = parsed.value->fen64();
    const double yuan = static_cast<double>(fen) / 100.0;
    FL_ASSERT(std::llround(yuan * 100.0) == fen, "an example amount cell round-trips to the fen");
    worksheet_write_number(ws, 1, col, yuan, f.amount);
  } else if (c.format == FieldFormat::date) {
    auto d = calendar::parse_date(c.example);
    FL_ASSERT(d.value.has_value(), "a template's example date parses");
    const auto ymd = d.value->year_month_day();
    lxw_datetime dt{
        static_cast<int>(ymd.year), static_cast<int>(ymd.month), static_cast<int>(ymd.day), 0, 0, 0};
    worksheet_write_datetime(ws, 1, col, &dt, f.date);
  } else if (c.format == FieldFormat::year || c.format == FieldFormat::integer) {
    worksheet_write_number(ws, 1, col, std::stod(c.example), nullptr);
  } else {
    worksheet_write_string(ws, 1, col, c.example.c_str(), f.text);
  }
}

// The column letters of a 0-based column (A, B, ..., Z, AA).
std::string letters(lxw_col_t col) {
  std::string s;
  for (int n = static_cast<int>(col) + 1; n > 0; n = (n - 1) / 26)
    s.insert(s.begin(), char('A' + (n - 1) % 26));
  return s;
}

// The hidden sheet of allowed values, one column per coded column; each coded column of the data
// sheet gets a dropdown over its values there.
void write_lists(lxw_workbook* wb, lxw_worksheet* data, const InputTemplate& t, const std::string& name) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  lxw_col_t list_col = 0;
  for (lxw_col_t col = 0; col < t.columns.size(); ++col) {
    const auto& c = t.columns[col];
    if (c.allowed.empty()) continue;
    worksheet_write_string(ws, 0, list_col, c.header.c_str(), nullptr);
    for (std::size_t i = 0; i < c.allowed.size(); ++i)
      worksheet_write_string(ws, static_cast<lxw_row_t>(i + 1), list_col, c.allowed[i].c_str(), nullptr);
    std::string range = "='" + name + "'!$" + letters(list_col) + "$2:$" + letters(list_col) + "$" +
                        std::to_string(c.allowed.size() + 1);
    lxw_data_validation v{};
    v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    v.value_formula = range.data();
    v.show_error = LXW_VALIDATION_ON;
    v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    check(worksheet_data_validation_range(data, 1, col, kRowsValidated, col, &v), "data validation");
    ++list_col;
  }
  worksheet_hide(ws);
}

void write_data_sheet(lxw_worksheet* ws, const InputTemplate& t, const Formats& f) {
  for (lxw_col_t col = 0; col < t.columns.size(); ++col) {
    const auto& c = t.columns[col];
    std::vector<std::string> texts = {c.header, c.example};
    texts.insert(texts.end(), c.allowed.begin(), c.allowed.end());
    if (c.format == FieldFormat::amount) texts.push_back("1,000,000,000.00");
    worksheet_set_column(ws, col, col, width_of(texts), column_format(f, c.format));
    worksheet_write_string(ws, 0, col, c.header.c_str(), c.required ? f.header_required : f.header);
    write_example(ws, col, c, f);
  }
  worksheet_freeze_panes(ws, 1, 0);
}

void write_explanation(lxw_worksheet* ws, const InputTemplate& t, Lang lang, const Formats& f) {
  const auto l = text_lang(lang);
  const std::vector<std::string> head = {
      text::tr_in(l, "templates.explain.column"),   text::tr_in(l, "templates.explain.name"),
      text::tr_in(l, "templates.explain.required"), text::tr_in(l, "templates.explain.format"),
      text::tr_in(l, "templates.explain.allowed"),  text::tr_in(l, "templates.explain.note")};
  const std::vector<double> widths = {16, 16, 8, 40, 40, 50};
  for (lxw_col_t col = 0; col < head.size(); ++col) {
    worksheet_set_column(ws, col, col, widths[col], f.wrap);
    worksheet_write_string(ws, 0, col, head[col].c_str(), f.header);
  }
  lxw_row_t row = 1;
  for (const auto& c : t.columns) {
    std::string allowed;
    for (const auto& a : c.allowed)
      allowed += (allowed.empty() ? "" : text::tr_in(l, "read.list_separator")) + a;
    const std::vector<std::string> cells = {
        c.header,
        c.name,
        text::tr_in(l, c.required ? "templates.explain.yes" : "templates.explain.no"),
        format_description(c.format, lang),
        allowed,
        c.note};
    for (lxw_col_t col = 0; col < cells.size(); ++col)
      worksheet_write_string(ws, row, col, cells[col].c_str(), f.wrap);
    ++row;
  }
  worksheet_freeze_panes(ws, 1, 0);
}

}  // namespace

void write_template(const InputTemplate& t, const std::string& path, Lang lang, std::time_t created) {
  lxw_workbook_options wo{};
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &wo);
  if (!wb) throw XlsxError(text::tr("workbook.cannot_create", text::arg("path", path)));
  std::string title = t.title, author = "fundledger";
  lxw_doc_properties props{};
  props.title = title.data();
  props.author = author.data();
  props.created = created;
  workbook_set_properties(wb, &props);
  Formats f = make_formats(wb);
  lxw_worksheet* data = workbook_add_worksheet(wb, t.title.c_str());
  lxw_worksheet* explain =
      workbook_add_worksheet(wb, text::tr_in(text_lang(lang), "templates.explain.sheet").c_str());
  write_data_sheet(data, t, f);
  write_explanation(explain, t, lang, f);
  write_lists(wb, data, t, text::tr_in(text_lang(lang), "templates.lists_sheet"));
  worksheet_activate(data);
  check(workbook_close(wb), "cannot write " + path);
}

}  // namespace fundledger::reports::xlsx
