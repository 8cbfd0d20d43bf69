// A sheet's rows as a CSV file's rows (read_csv on a workbook): the first row with text is the
// header, mapped as a CSV header is; rows with every cell empty are skipped and counted (one warning,
// as for a CSV file's `,,,,` rows); each data row is as
// wide as the header, its fields at the columns of their cells (A = 1), so Fields reads and
// reports them as it does a CSV row's.
#include "ledger/csv.hpp"
#include "ledger/sheet.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

namespace {

// The number of cells up to the last one with text (0: the row is empty).
std::size_t used_width(const sheet::Row& row) {
  std::size_t n = row.cells.size();
  while (n > 0 && trim_field(row.cells[n - 1]).empty()) --n;
  return n;
}

class SheetRows {
 public:
  SheetRows(const std::string& path, const std::vector<ColumnDef>& defs, Diagnostics& diag,
            const std::function<void(const CsvRow&)>& on_row)
      : path_(path), defs_(defs), diag_(diag), on_row_(on_row) {}

  void row(sheet::Row& r) {
    std::size_t used = used_width(r);
    if (used == 0 && !r.bad) {  // an empty row: counted when it has cells (Excel's formatted blanks)
      if (header_done_ && !r.cells.empty() && empty_rows_++ == 0) first_empty_ = r.number;
      return;
    }
    if (!header_done_) return header(r, used);
    ++rows_;
    if (r.bad || !header_ok_) return;
    for (std::size_t c = width_; c < used; ++c)
      if (!trim_field(r.cells[c]).empty())
        diag_.warn(path_, r.number, static_cast<int>(c) + 1,
                   text::tr("sheet.cell_outside_header", text::arg("value", trim_field(r.cells[c]))));
    r.cells.resize(width_);
    CsvRow row;
    row.line = r.number;
    for (const auto& cell : r.cells) row.fields.emplace_back(cell);
    row.map = &map_;
    on_row_(row);
  }

  void finish(bool read) {
    if (!read) return;
    if (empty_rows_ > 0)
      diag_.warn(path_, first_empty_, 0,
                 text::tr("read.empty_rows_skipped", text::arg("count", empty_rows_)));
    if (!header_done_)
      diag_.error(path_, 0, 0, text::tr("sheet.empty_sheet"));
    else if (header_ok_ && rows_ == 0)
      diag_.error(path_, 0, 0, text::tr("sheet.no_data_rows"));
  }

 private:
  void header(const sheet::Row& r, std::size_t used) {
    header_done_ = true;
    if (r.bad) {
      header_ok_ = false;
      return;
    }
    width_ = used;
    std::vector<std::string_view> fields(r.cells.begin(), r.cells.begin() + static_cast<long>(used));
    header_ok_ = map_header(fields, defs_, map_, diag_, path_, r.number);
  }

  const std::string& path_;
  const std::vector<ColumnDef>& defs_;
  Diagnostics& diag_;
  const std::function<void(const CsvRow&)>& on_row_;
  std::vector<int> map_;
  std::size_t width_ = 0;
  bool header_done_ = false, header_ok_ = true;
  long rows_ = 0;
  long empty_rows_ = 0, first_empty_ = 0;  // rows whose every cell is empty, and the first of them
};

}  // namespace

bool read_sheet_rows(const std::string& path, sheet::Format format, const std::optional<std::string>& wanted,
                     const std::vector<ColumnDef>& defs, Diagnostics& diag,
                     const std::function<void(const CsvRow&)>& on_row) {
  SheetRows rows(path, defs, diag, on_row);
  bool read = sheet::read_workbook(path, format, wanted, diag, [&](sheet::Row& r) { rows.row(r); });
  rows.finish(read);
  return true;
}

}  // namespace fundledger::ledger
