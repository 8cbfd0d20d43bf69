// Streaming CSV input (RFC 4180, via libcsv) with encoding detection and header aliases.
//
// UTF-8 with or without BOM, or GB18030 (as Excel saves on a Chinese Windows) converted with
// iconv. Headers may be the English name or the Chinese alias; column order is free; unknown
// columns are warned about; missing required columns are errors. Memory does not grow with the
// file: rows are handed to the callback one at a time.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ledger/diagnostics.hpp"
#include "ledger/limits.hpp"

namespace fundledger::ledger {

struct ColumnDef {
  const char* name;      // English header
  const char* alias_zh;  // Chinese header
  bool required;
};

// One data row; fields are addressed by the index of their ColumnDef.
class CsvRow {
 public:
  long line = 0;  // line on which the record starts
  // Trimmed field text for column def `i` ("" when the column is absent or empty).
  [[nodiscard]] std::string_view get(std::size_t def_index) const;
  // 1-based position of the column in the file (0 if absent), for diagnostics.
  [[nodiscard]] int position(std::size_t def_index) const;

  std::vector<std::string_view> fields;   // as read (valid during the on_row call only)
  const std::vector<int>* map = nullptr;  // def index -> field index or -1
};

// The file an import reads, and for a workbook (.xlsx, .xls) the sheet to read (else its first).
struct InputFile {
  InputFile(std::string p) : path(std::move(p)) {}  // NOLINT(google-explicit-constructor): a path is one
  InputFile(const char* p) : path(p) {}             // NOLINT(google-explicit-constructor)
  InputFile(std::string p, std::optional<std::string> s) : path(std::move(p)), sheet(std::move(s)) {}
  std::string path;
  std::optional<std::string> sheet;
};

// Reads `input`, calls on_row for each data row. All problems go to `diag` with file and line.
// Returns false if the file could not be read at all (I/O failure: already in diag). A workbook
// (told by its first bytes, ledger/sheet.hpp) is read from its sheet the same way: its rows are
// the CSV rows, its diagnostics name the sheet and cell (`FILE:SHEET!C4:`).
bool read_csv(const InputFile& input, const std::vector<ColumnDef>& defs, Diagnostics& diag,
              const std::function<void(const CsvRow&)>& on_row);
// Whether `path` is a workbook (.xlsx, .xls) rather than a CSV file.
bool is_workbook(const std::string& path);

bool is_valid_utf8(std::string_view bytes, bool allow_truncated_tail);

// A header row's fields mapped to `defs` (def index -> field index, or -1), English names
// case-insensitively or the Chinese alias; unknown columns are warned about, duplicate and missing
// required ones are errors (then false), all reported against `line`.
bool map_header(const std::vector<std::string_view>& fields, const std::vector<ColumnDef>& defs,
                std::vector<int>& map, Diagnostics& diag, const std::string& path, long line);
// A field as CsvRow::get gives it: without the spaces (ASCII or full-width) around it.
std::string_view trim_field(std::string_view s);

// Whether the dates in column def `date_def` never decrease from row to row, answered by a quick
// scan of the bytes when the file is plain: UTF-8, no quotes, no NUL, every row as wide as the
// header, dates written YYYY-MM-DD. On such a file read_csv reports nothing and the answer is the
// one a full read would give. nullopt when the file is not plain: read it to find out.
std::optional<bool> scan_date_order(const std::string& path, const std::vector<ColumnDef>& defs,
                                    std::size_t date_def);

}  // namespace fundledger::ledger
