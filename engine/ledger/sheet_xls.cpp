// An .xls (Excel 97-2003, BIFF) workbook's rows, read with FreeXL (ledger/sheet.hpp). FreeXL
// reads the whole file (at most 65536 rows) and decides which cells are dates; text comes as UTF-8.
#include <freexl.h>

#include <memory>

#include "ledger/limits.hpp"
#include "ledger/sheet.hpp"
#include "text/text.hpp"

namespace fundledger::ledger::sheet {

namespace {

struct Handle {
  const void* h = nullptr;
  ~Handle() {
    if (h) freexl_close(h);
  }
};

// The text of one cell; nullopt when it is refused (reported).
std::optional<std::string> xls_cell_text(const FreeXL_CellValue& v, const std::string& path, long row,
                                         int column, Diagnostics& diag) {
  switch (v.type) {
    case FREEXL_CELL_INT:
      return std::to_string(v.value.int_value);
    case FREEXL_CELL_DOUBLE: {
      auto t = number_text(v.value.double_value);
      if (!t) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.17g", v.value.double_value);
        diag.error(path, row, column, text::tr("sheet.number_too_long", text::arg("value", buf)));
      }
      return t;
    }
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_TIME:
      return std::string(v.value.text_value ? v.value.text_value : "");
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:  // "YYYY-MM-DD HH:MM:SS": the day
      return std::string(v.value.text_value ? v.value.text_value : "").substr(0, 10);
    default:
      return std::string();
  }
}

bool choose_sheet(const Handle& x, const std::string& path, const std::optional<std::string>& wanted,
                  Diagnostics& diag) {
  unsigned count = 0;
  freexl_get_info(x.h, FREEXL_BIFF_SHEET_COUNT, &count);
  std::vector<std::string> names;
  for (unsigned i = 0; i < count && i < 0xFFFF; ++i) {
    const char* name = nullptr;
    if (freexl_get_worksheet_name(x.h, static_cast<unsigned short>(i), &name) != FREEXL_OK) continue;
    names.emplace_back(name ? name : "");
    if (!wanted || names.back() == *wanted) {
      if (freexl_select_active_worksheet(x.h, static_cast<unsigned short>(i)) != FREEXL_OK) break;
      diag.in_sheet(path, names.back());
      return true;
    }
  }
  if (wanted)
    diag.error(
        path, 0, 0,
        text::tr("sheet.no_such_sheet", text::arg("sheet", *wanted), text::arg("sheets", sheet_list(names))));
  else
    diag.error(path, 0, 0, text::tr("sheet.no_sheets"));
  return false;
}

}  // namespace

bool read_xls(const std::string& path, const std::optional<std::string>& wanted, Diagnostics& diag,
              const RowFn& on_row) {
  Handle x;
  if (int rc = freexl_open(path.c_str(), &x.h); rc != FREEXL_OK) {
    diag.error(path, 0, 0, text::tr("sheet.damaged_xls", text::arg("code", rc)));
    return false;
  }
  if (!choose_sheet(x, path, wanted, diag)) return false;
  unsigned rows = 0;
  unsigned short columns = 0;
  if (freexl_worksheet_dimensions(x.h, &rows, &columns) != FREEXL_OK) {
    diag.error(path, 0, 0, text::tr("sheet.damaged_xls", text::arg("code", -1)));
    return false;
  }
  Row row;
  for (unsigned r = 0; r < rows; ++r) {
    row.number = static_cast<long>(r) + 1;
    row.cells.assign(std::min<std::size_t>(columns, kMaxRowFields), std::string());
    row.bad = false;
    for (unsigned short c = 0; c < columns; ++c) {
      FreeXL_CellValue v;
      if (freexl_get_cell_value(x.h, r, c, &v) != FREEXL_OK || v.type == FREEXL_CELL_NULL) continue;
      if (c >= kMaxRowFields) {
        diag.error(
            path, row.number, static_cast<int>(kMaxRowFields) + 1,
            text::tr("read.row_too_wide", text::arg("fields", columns), text::arg("limit", kMaxRowFields)));
        row.bad = true;
        break;
      }
      auto t = xls_cell_text(v, path, row.number, c + 1, diag);
      if (!t) row.bad = true;
      if (t) row.cells[c] = std::move(*t);
    }
    on_row(row);
  }
  return true;
}

bool read_workbook(const std::string& path, Format format, const std::optional<std::string>& wanted,
                   Diagnostics& diag, const RowFn& on_row) {
  return format == Format::xls ? read_xls(path, wanted, diag, on_row) : read_xlsx(path, wanted, diag, on_row);
}

}  // namespace fundledger::ledger::sheet
