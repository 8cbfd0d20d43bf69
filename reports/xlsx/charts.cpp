// reports/xlsx — the charts sheet (挂图作战): the months' payments as a small table on the first
// printed page, and three charts below it, each filling a printed landscape A4 page of its own.
#include "reports/xlsx/sheet.hpp"

namespace fundledger::reports::xlsx {
namespace {

// The page geometry. The month table has the first printed page; each chart a page of its own
// below it, from column A, so that the sheet's used width is the chart's (1100 px) and printed one
// page wide the scale is about 0.95 (1045 px of landscape A4 less 0.4 in margins): a page is then
// about 35 rows of 16 points (21.3 px). Every row is 16 points, custom, so that LibreOffice, whose
// default row is lower, places the charts as Excel does. A chart page is 34 rows; its chart starts a
// row below the break and is 680 px (32 rows) high: it fills the page and never crosses a break.
constexpr double kChartWidth = 1100, kChartHeight = 680;
constexpr lxw_row_t kPageRows = 34;
constexpr double kRowPoints = 16;
constexpr lxw_col_t kChartCol = 0;

// Returns the first row after the table and its sign-off line: where the charts' pages begin.
lxw_row_t write_month_table(lxw_worksheet* ws, const SheetContext& cx, const MonthlyReport& r) {
  const auto tl = text_lang(cx.lang);
  worksheet_set_column(ws, 0, 0, 8, nullptr);
  worksheet_set_column(ws, 1, 2, 14, nullptr);
  std::string ym = text::tr_in(tl, "workbook.ym", text::arg("year", r.year), text::arg("month", r.month));
  write_line(ws, cx, kTitleRow, 2, text::tr_in(tl, "workbook.charts.title", text::arg("ym", ym)), cx.f.title);
  write_line(ws, cx, kHeadRow, 2, cx.head);
  worksheet_write_string(ws, kHeaderRow, 0, text::tr_in(tl, "workbook.charts.month").c_str(), cx.f.header);
  for (int i = 0; i < 2; ++i) {
    std::string h = text::tr_in(tl, "workbook.charts.paid_in_year", text::arg("year", r.year - i));
    h = text::tr_in(tl, "workbook.column_unit", text::arg("header", h),
                    text::arg("unit", unit_name(cx.lang, cx.unit)));
    worksheet_write_string(ws, kHeaderRow, static_cast<lxw_col_t>(1 + i), h.c_str(), cx.f.header);
  }
  worksheet_set_row(ws, kHeaderRow, 32, nullptr);
  for (std::size_t m = 0; m < 12; ++m) {
    auto row = static_cast<lxw_row_t>(kFirstDataRow + m);
    std::string label = text::tr_in(tl, "workbook.charts.month_n", text::arg("month", m + 1));
    worksheet_write_string(ws, row, 0, label.c_str(), cx.f.text);
    if (m < r.paid_by_month.size())
      worksheet_write_number(ws, row, 1, money_cell(r.paid_by_month[m], cx.unit), cx.f.money);
    else
      worksheet_write_blank(ws, row, 1, cx.f.money);
    worksheet_write_number(ws, row, 2, money_cell(r.paid_by_month_last[m], cx.unit), cx.f.money);
  }
  Placement p;
  p.ncols = 3;
  p.end_row = kFirstDataRow + 11;
  return write_footer_lines(ws, cx, p, {}) + 2;
}

lxw_chart* titled(lxw_workbook* wb, uint8_t type, const std::string& title) {
  lxw_chart* c = workbook_add_chart(wb, type);
  chart_title_set_name(c, title.c_str());
  chart_legend_set_position(c, LXW_CHART_LEGEND_BOTTOM);
  return c;
}

}  // namespace

void add_charts(const SheetContext& cx, const MonthlyReport& r, const std::string& exec_sheet,
                const Placement& exec, const std::string& summary_sheet, const Placement& summary) {
  const auto tl = text_lang(cx.lang);
  const std::string me = text::tr_in(tl, "workbook.sheet.charts");
  lxw_worksheet* ws = workbook_add_worksheet(cx.wb, me.c_str());
  worksheet_set_default_row(ws, kRowPoints, LXW_FALSE);
  const lxw_row_t charts_top = write_month_table(ws, cx, r);
  // No repeated title rows here: they would be printed again at the top of every chart's page.
  page_setup(ws, std::nullopt, cx.ledger_check);
  worksheet_freeze_panes(ws, kFirstDataRow, 0);
  const std::string unit = unit_name(cx.lang, cx.unit);
  lxw_chart_options place{};
  place.x_scale = kChartWidth / 480;  // libxlsxwriter's default chart is 480 × 288 px
  place.y_scale = kChartHeight / 288;
  lxw_row_t page = 0;  // the chart pages so far
  auto chart_row = [&] { return charts_top + page * kPageRows + 1; };
  if (exec.rows > 0) {
    lxw_chart* bar = titled(cx.wb, LXW_CHART_COLUMN,
                            text::tr_in(tl, "workbook.charts.budget_vs_paid", text::arg("unit", unit)));
    for (const auto& [key, name] :
         {std::pair{"budget", "workbook.charts.budget"}, std::pair{"paid_ytd", "workbook.charts.paid"}}) {
      lxw_chart_series* s = chart_add_series(bar, nullptr, nullptr);
      chart_series_set_categories(s, exec_sheet.c_str(), exec.first_row, exec.col.at("name"), exec.last_row,
                                  exec.col.at("name"));
      chart_series_set_values(s, exec_sheet.c_str(), exec.first_row, exec.col.at(key), exec.last_row,
                              exec.col.at(key));
      chart_series_set_name(s, text::tr_in(tl, name).c_str());
    }
    worksheet_insert_chart_opt(ws, chart_row(), kChartCol, bar, &place);
    ++page;
  }
  if (summary.rows > 0) {
    lxw_chart* pie = titled(cx.wb, LXW_CHART_PIE, text::tr_in(tl, "workbook.charts.by_category"));
    lxw_chart_series* s = chart_add_series(pie, nullptr, nullptr);
    chart_series_set_categories(s, summary_sheet.c_str(), summary.first_row, 0, summary.last_row, 0);
    chart_series_set_values(s, summary_sheet.c_str(), summary.first_row, summary.col.at("amount"),
                            summary.last_row, summary.col.at("amount"));
    chart_series_set_name(s, text::tr_in(tl, "workbook.charts.received").c_str());
    worksheet_insert_chart_opt(ws, chart_row(), kChartCol, pie, &place);
    ++page;
  }
  lxw_chart* line =
      titled(cx.wb, LXW_CHART_LINE, text::tr_in(tl, "workbook.charts.monthly", text::arg("unit", unit)));
  for (lxw_col_t c = 1; c <= 2; ++c) {
    lxw_chart_series* s = chart_add_series(line, nullptr, nullptr);
    chart_series_set_categories(s, me.c_str(), kFirstDataRow, 0, kFirstDataRow + 11, 0);
    chart_series_set_values(s, me.c_str(), kFirstDataRow, c, kFirstDataRow + 11, c);
    chart_series_set_name_range(s, me.c_str(), kHeaderRow, c);
  }
  worksheet_insert_chart_opt(ws, chart_row(), kChartCol, line, &place);
  ++page;
  // Each chart on a page of its own: a break above each chart's page; the list ends with 0.
  lxw_row_t breaks[4];  // copied by libxlsxwriter
  for (lxw_row_t i = 0; i < 4; ++i) breaks[i] = i < page ? charts_top + i * kPageRows : 0;
  worksheet_set_h_pagebreaks(ws, breaks);
}

}  // namespace fundledger::reports::xlsx
