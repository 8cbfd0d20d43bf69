// Streaming CSV input (RFC 4180, via libcsv) with encoding detection and header aliases.
//
// UTF-8 with or without BOM, or GB18030 (as Excel saves on a Chinese Windows) converted with
// iconv. Headers may be the English name or the Chinese alias; column order is free; unknown
// columns are warned about; missing required columns are errors. Memory does not grow with the
// file: rows are handed to the callback one at a time.
#pragma once

#include <functional>
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

  std::vector<std::string> fields;        // as read
  const std::vector<int>* map = nullptr;  // def index -> field index or -1
};

// Reads `path`, calls on_row for each data row. All problems go to `diag` with file and line.
// Returns false if the file could not be read at all (I/O failure: already in diag).
bool read_csv(const std::string& path, const std::vector<ColumnDef>& defs, Diagnostics& diag,
              const std::function<void(const CsvRow&)>& on_row);

bool is_valid_utf8(std::string_view bytes, bool allow_truncated_tail);

}  // namespace fundledger::ledger
