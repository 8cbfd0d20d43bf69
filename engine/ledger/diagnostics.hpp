// Diagnostics: bad user data becomes values that carry their source location, all collected.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "ledger/limits.hpp"

namespace fundledger::ledger {

struct Diagnostic {
  std::string file;
  long line = 0;   // 0: the file as a whole
  int column = 0;  // 1-based field position; 0 when unknown
  std::string message;
  bool warning = false;
  std::string sheet;  // of a workbook: `line` is its row, `column` its column (A = 1)
  // "FILE:LINE:COLUMN: error: MESSAGE"; in a sheet "FILE:SHEET!C4: error: MESSAGE" ("SHEET!4" for
  // a whole row, "SHEET" for the sheet as a whole)
  [[nodiscard]] std::string str() const;
};

class Diagnostics {
 public:
  void error(std::string file, long line, int column, std::string message);
  void warn(std::string file, long line, int column, std::string message);
  [[nodiscard]] bool has_errors() const { return errors_ > 0; }
  [[nodiscard]] std::size_t error_count() const { return errors_; }
  [[nodiscard]] const std::vector<Diagnostic>& all() const { return items_; }
  // Past kMaxDiagnosticsKept errors, further errors are counted but not kept (ledger/limits.hpp).
  // From now on, diagnostics of `file` are located in this sheet of it (a workbook).
  void in_sheet(const std::string& file, const std::string& sheet);

 private:
  void add(Diagnostic d);
  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
  std::string sheet_file_, sheet_;
};

// Thrown when an input is rejected; carries every diagnostic. Nothing was written.
class InputError : public std::runtime_error {
 public:
  explicit InputError(Diagnostics d) : std::runtime_error("input rejected"), diagnostics(std::move(d)) {}
  InputError(std::string file, long line, std::string message);
  Diagnostics diagnostics;
};

}  // namespace fundledger::ledger
