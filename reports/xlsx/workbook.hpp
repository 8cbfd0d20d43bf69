// reports/xlsx — Excel workbooks from report models (libxlsxwriter). Renderers only format: every
// figure comes from the model.
//
// Money cells hold 万元 (fen / 10^6) or 元 (fen / 100) as a double, the one place where an amount
// becomes a binary fraction. Every such value is checked to round-trip: llround(cell × 10^6) (or
// × 100) is the ledger's fen. They are shown with two decimals (#,##0.00), the unit in the header.
// Totals are SUM formulas with their value cached. Text from users is always written as a string,
// never as a formula.
#pragma once

#include <cstdint>
#include <ctime>
#include <stdexcept>
#include <string>

#include "reports/disclosure.hpp"
#include "reports/letterhead.hpp"
#include "reports/monthly.hpp"

namespace fundledger::reports::xlsx {

// The workbook could not be written (I/O): an environment failure.
class XlsxError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct WorkbookOptions {
  Lang lang = Lang::zh;
  std::time_t created = 0;  // document creation time (UTC seconds): fixes the bytes of the file
  std::string title;        // document title property
  // The chain head for the reader to keep (reports/ledger_check.hpp): in every sheet's printed
  // footer and under the first table. Empty: none.
  std::string ledger_check;
  // The settings shown on every sheet (header and sign-off line); empty fields are left blank.
  Letterhead letterhead;
  Unit unit = Unit::wan;  // money cells: 万元 or 元 (the disclosure's households are always 元)
  // The disclosure's notice period (公示期), YYYY-MM-DD and its length in days.
  std::string notice_from, notice_to;
  int notice_days = 0;
};

// The 预警 sheet: findings as a table, or a note when none could be computed.
struct FindingsSheet {
  Table table;
  std::string note;
};

void write_monthly(const MonthlyReport& r, const FindingsSheet& findings, const std::string& path,
                   const WorkbookOptions& opt);
void write_disclosure(const Disclosure& d, const std::string& path, const WorkbookOptions& opt);
// The projects' notice (reports/projects.hpp project_disclosure) of `year`: one sheet with the
// notice period, the supervision numbers, the issuing unit and the sign-off line.
void write_project_notice(const Table& t, int year, const std::string& path, const WorkbookOptions& opt);

// fen / 10^6 (万元), asserting the exact round trip; throws std::range_error beyond 2^53 fen.
double wan_cell(const Money& m);
// fen / 100 (元), asserting the exact round trip; throws std::range_error beyond 2^53 fen.
double yuan_cell(const Money& m);

}  // namespace fundledger::reports::xlsx
