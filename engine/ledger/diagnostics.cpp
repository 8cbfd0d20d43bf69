#include "ledger/diagnostics.hpp"

#include "text/text.hpp"

namespace fundledger::ledger {

std::string Diagnostic::str() const {
  std::string s = file;
  if (line > 0) s += ":" + std::to_string(line);
  if (line > 0 && column > 0) s += ":" + std::to_string(column);
  s += ": " + text::tr(warning ? "diag.warning" : "diag.error") + ": ";
  s += message;
  return s;
}

void Diagnostics::error(std::string file, long line, int column, std::string message) {
  ++errors_;
  if (items_.size() < kMaxDiagnosticsKept)
    items_.push_back({std::move(file), line, column, std::move(message), false});
}

void Diagnostics::warn(std::string file, long line, int column, std::string message) {
  if (items_.size() < kMaxDiagnosticsKept)
    items_.push_back({std::move(file), line, column, std::move(message), true});
}

InputError::InputError(std::string file, long line, std::string message)
    : std::runtime_error("input rejected") {
  diagnostics.error(std::move(file), line, 0, std::move(message));
}

}  // namespace fundledger::ledger
