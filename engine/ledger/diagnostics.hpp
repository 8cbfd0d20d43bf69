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
  // "FILE:LINE:COLUMN: error: MESSAGE"
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

 private:
  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
};

// Thrown when an input is rejected; carries every diagnostic. Nothing was written.
class InputError : public std::runtime_error {
 public:
  explicit InputError(Diagnostics d) : std::runtime_error("input rejected"), diagnostics(std::move(d)) {}
  InputError(std::string file, long line, std::string message);
  Diagnostics diagnostics;
};

}  // namespace fundledger::ledger
