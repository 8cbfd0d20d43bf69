// reports/xlsx internals: the formats, the cells and the table writer the sheets share. A sheet is
// title, head line (unit, date), column headers, data rows, total row, then notes and the sign-off
// line; every line of text is merged across the table and wrapped, so nothing runs into the next
// cell.
#pragma once

#include <xlsxwriter.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "reports/xlsx/workbook.hpp"
#include "text/text.hpp"

namespace fundledger::reports::xlsx {

constexpr lxw_row_t kTitleRow = 0;
constexpr lxw_row_t kHeadRow = 1;
constexpr lxw_row_t kHeaderRow = 2;
constexpr lxw_row_t kFirstDataRow = 3;

// Column widths, in Excel's character units (a CJK character counts two).
constexpr double kWidthMin = 6;
constexpr double kWidthMax = 40;   // text wider than this wraps
constexpr double kHeaderMax = 14;  // a longer header wraps rather than widening a figure column

struct Formats {
  lxw_format *title, *note, *header, *text, *wrap, *money, *ratio, *integer, *date;
  lxw_format *total_text, *total_money, *total_ratio, *lagging;
};
Formats make_formats(lxw_workbook* wb);

std::string unit_name(Lang lang, Unit unit);  // 万元 / 元
// The money cell in `unit` (wan: fen / 10^6; yuan: fen / 100), asserting its round trip.
double money_cell(const Money& m, Unit unit);
double ratio_cell(const Rational& r);
// Days since 1899-12-30 (Excel's serial date) of "YYYY-MM-DD"; nullopt when it is no such date.
std::optional<double> date_cell(const std::string& iso);
void check(lxw_error e, const std::string& what);
std::string cell_ref(lxw_row_t r, lxw_col_t c);

// Where a table landed on its sheet (for charts and formulas of other sheets).
struct Placement {
  lxw_row_t title_row = kTitleRow;
  lxw_row_t header_row = kHeaderRow;
  lxw_row_t first_row = kFirstDataRow;
  lxw_row_t last_row = kFirstDataRow;  // last data row (== first_row - 1 when empty)
  lxw_row_t total_row = 0;
  lxw_row_t end_row = 0;  // the last row the table wrote (its total, or its last data row)
  std::size_t rows = 0;
  lxw_col_t ncols = 1;
  std::map<std::string, lxw_col_t> col;
};

// What every sheet of one workbook shares.
struct SheetContext {
  lxw_workbook* wb;
  const Formats& f;
  Lang lang;
  Unit unit;                 // money cells of the tables (write_table may be given another)
  std::string head;          // the line under each sheet's title
  std::string signoff;       // the line under each sheet's last table
  std::string ledger_check;  // printed in the footer's left part and under the first table
};

// A table on `ws` starting at `top` (its title row); its column widths and formats. The first table
// of a sheet freezes panes and repeats its header rows in print.
Placement write_table(lxw_worksheet* ws, const SheetContext& cx, const Table& t, lxw_row_t top, Unit unit,
                      lxw_col_t freeze_cols);
// A line of text across columns 0..last (merged, wrapped; its row tall enough for the text).
void write_line(lxw_worksheet* ws, const SheetContext& cx, lxw_row_t r, lxw_col_t last, const std::string& s,
                lxw_format* f = nullptr);
// Landscape A4, one page wide, the header rows repeated (nullopt: none), the footer.
void page_setup(lxw_worksheet* ws, std::optional<lxw_row_t> repeat_last, const std::string& ledger_check);

// A sheet holding one table, its notes and the sign-off line (the 明细账 and any plain listing).
// Returns where the table is; `notes` go between the table and the sign-off line.
Placement add_table_sheet(const SheetContext& cx, const std::string& name, const Table& t,
                          const std::vector<std::string>& notes = {}, lxw_col_t freeze_cols = 1);
// Notes then the sign-off line under a table ending at `p`; returns the sign-off row.
lxw_row_t write_footer_lines(lxw_worksheet* ws, const SheetContext& cx, const Placement& p,
                             const std::vector<std::string>& notes);

// The document properties and the strings they point to (libxlsxwriter takes char*).
struct Props {
  std::string title, author = "fundledger";
  lxw_doc_properties p{};
};
lxw_workbook* open_workbook(const std::string& path, const WorkbookOptions& opt, Props& props);
void close_workbook(lxw_workbook* wb, const std::string& path);
// The date on the head and sign-off lines: the letterhead's, else the creation date.
std::string report_date(const WorkbookOptions& opt);
std::string signoff_line(const WorkbookOptions& opt);

// The charts sheet of the monthly workbook (charts.cpp).
void add_charts(const SheetContext& cx, const MonthlyReport& r, const std::string& exec_sheet,
                const Placement& exec, const std::string& summary_sheet, const Placement& summary);

}  // namespace fundledger::reports::xlsx
