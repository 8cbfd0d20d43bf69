// An input template as an Excel workbook: the data sheet (header row frozen, one example row,
// amount cells `#,##0.00`, date cells `yyyy-mm-dd`, text columns as text, widths for CJK text,
// dropdowns for coded columns), the explanation sheet (说明: each column, whether required, its
// format and allowed values) and a hidden sheet of the dropdowns' values.
#pragma once

#include <ctime>
#include <string>

#include "reports/templates.hpp"

namespace fundledger::reports::xlsx {

// Writes the workbook to `path` (a temporary file the caller commits). Throws XlsxError (I/O).
void write_template(const InputTemplate& t, const std::string& path, Lang lang, std::time_t created);

}  // namespace fundledger::reports::xlsx
