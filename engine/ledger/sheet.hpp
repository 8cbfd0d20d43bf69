// Rows from a workbook: the first sheet (or the one asked for) of an .xlsx (Office Open XML: a zip
// of XML, read with minizip and expat, the sheet streamed) or an .xls (BIFF, read with FreeXL),
// each cell turned into the text a CSV file would hold, so that the CSV path's header mapping and
// Fields read it the same way:
//   * strings as they are; booleans TRUE/FALSE (what Fields::yes_no accepts);
//   * numbers as the shortest decimal that gives back Excel's double (2019 -> "2019", 0.1 -> "0.1",
//     12.345 -> "12.345", which the money parser then refuses as finer than a fen: never rounded);
//     a number of 16 digits or more before the point is refused at its cell (Excel keeps 15
//     significant digits, so such a number has already lost some);
//   * a number whose style is a date format becomes yyyy-mm-dd (its time of day dropped), in the
//     workbook's 1900 or 1904 date system;
//   * an error value (#N/A, #DIV/0!) is refused at its cell; a formula gives its cached result.
// Diagnostics name the sheet and the cell: `FILE:SHEET!C4:` (Diagnostics::in_sheet).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ledger/csv.hpp"
#include "ledger/diagnostics.hpp"

namespace fundledger::ledger::sheet {

// What a file is, by its first bytes (PK zip: xlsx; D0 CF 11 E0 OLE2: xls), else by its extension
// (.xlsx/.xlsm/.xls named files that are neither are damaged workbooks, not CSV).
enum class Format { csv, xlsx, xls };
Format detect(const std::string& path);

// One row of a sheet: its 1-based number and its cells' text from column A on ("" when empty).
// `bad`: a cell of the row was refused (already reported); the row must not be read.
struct Row {
  long number = 0;
  std::vector<std::string> cells;
  bool bad = false;
};
using RowFn = std::function<void(Row&)>;

// Reads the sheet `wanted` (else the first) of the workbook at `path` in `format`, calling on_row
// for each row that has a cell, in order. Once the sheet is chosen, diag names it in every
// location of `path`. Returns false when the workbook cannot be read or has no such sheet
// (reported, naming the sheets there are).
bool read_workbook(const std::string& path, Format format, const std::optional<std::string>& wanted,
                   Diagnostics& diag, const RowFn& on_row);
bool read_xlsx(const std::string& path, const std::optional<std::string>& wanted, Diagnostics& diag,
               const RowFn& on_row);
bool read_xls(const std::string& path, const std::optional<std::string>& wanted, Diagnostics& diag,
              const RowFn& on_row);

// The cell conversions, shared by both formats (sheet_cell.cpp).
//
// The one place money meets a double on the way in, the mirror of the workbook writer's one
// conversion on the way out: Excel stores a number cell as an IEEE double (xlsx writes it as up to
// 17 significant digits, .xls as the binary value), so the cell's value *is* that double. It is
// turned once into its shortest round-trip decimal text (what Excel shows, 1234.56 for a stored
// 1234.5599999999999) and from there read exactly like a CSV field: integer fen, more than two
// decimals refused, never rounded. No arithmetic is done on the double.
//
// The text of a number cell; nullopt when it has 16 or more digits before the point (or is not
// finite): Excel has lost digits of it.
std::optional<std::string> number_text(double value);
// The date of a serial day number (its fraction, the time of day, dropped) as yyyy-mm-dd;
// nullopt for serials that are no day (negative, 0, 1900-02-29 of the 1900 system, past 9999).
std::optional<std::string> serial_date(double serial, bool date1904);
// Whether a number format shows a date: built-in ids 14-22, 45-47 (and 27-36, 50-58, the date
// formats of a Chinese Excel), or a custom format with y, m or d outside quotes and brackets.
bool is_date_format(int id, const std::string& custom_code);
// "A", "Z", "AA" ... for a 1-based column number; and back (0 when `ref` has no letters).
std::string column_letters(int column);
int column_number(std::string_view ref);
// The sheets of a workbook for a message: "资金来源、Sheet2".
std::string sheet_list(const std::vector<std::string>& names);

}  // namespace fundledger::ledger::sheet

namespace fundledger::ledger {
// read_csv on a workbook (sheet_rows.cpp): the sheet's rows through the CSV path's header mapping.
bool read_sheet_rows(const std::string& path, sheet::Format format, const std::optional<std::string>& wanted,
                     const std::vector<ColumnDef>& defs, Diagnostics& diag,
                     const std::function<void(const CsvRow&)>& on_row);
}  // namespace fundledger::ledger
