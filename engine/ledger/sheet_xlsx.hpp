// The .xlsx reader's pieces (sheet_xlsx.cpp, sheet_xlsx_rows.cpp); private to engine/ledger.
#pragma once

#include <string>
#include <vector>

#include "ledger/diagnostics.hpp"
#include "ledger/sheet.hpp"
#include "ledger/sheet_xml.hpp"

namespace fundledger::ledger::sheet::detail {

struct SheetRef {
  std::string name;
  std::string member;  // the zip member holding it ("" when the workbook does not say)
};

// What a sheet's cells refer to: the shared strings, and which cell styles show dates.
struct WorkbookParts {
  std::vector<SheetRef> sheets;
  bool date1904 = false;
  std::vector<std::string> strings;
  std::vector<bool> date_styles;  // by style index (the cell's s attribute)
};

bool open_workbook(Zip& zip, const std::string& path, Diagnostics& diag, WorkbookParts& parts);
// Streams the sheet's rows to on_row; false (reported) when its part is missing or damaged.
bool read_sheet(Zip& zip, const std::string& path, const SheetRef& sheet, const WorkbookParts& parts,
                Diagnostics& diag, const RowFn& on_row);

}  // namespace fundledger::ledger::sheet::detail
