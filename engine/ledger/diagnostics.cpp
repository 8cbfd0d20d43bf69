#include "ledger/diagnostics.hpp"

#include "text/text.hpp"

namespace fundledger::ledger {

namespace {

// "C4" for column 3 of row 4 (A = 1, Z = 26, AA = 27).
std::string cell_name(int column, long row) {
  std::string letters;
  for (int c = column; c > 0; c = (c - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters + std::to_string(row);
}

}  // namespace

std::string Diagnostic::str() const {
  std::string s = file;
  if (!sheet.empty()) {
    s += ":" + sheet;
    if (line > 0) s += "!" + cell_name(column, line);
  } else {
    if (line > 0) s += ":" + std::to_string(line);
    if (line > 0 && column > 0) s += ":" + std::to_string(column);
  }
  s += ": " + text::tr(warning ? "diag.warning" : "diag.error") + ": ";
  s += message;
  return s;
}

void Diagnostics::error(std::string file, long line, int column, std::string message) {
  ++errors_;
  add({std::move(file), line, column, std::move(message), false, {}});
}

void Diagnostics::warn(std::string file, long line, int column, std::string message) {
  add({std::move(file), line, column, std::move(message), true, {}});
}

void Diagnostics::in_sheet(const std::string& file, const std::string& sheet) {
  sheet_file_ = file;
  sheet_ = sheet;
}

void Diagnostics::add(Diagnostic d) {
  if (items_.size() >= kMaxDiagnosticsKept) return;
  if (!sheet_.empty() && d.file == sheet_file_) d.sheet = sheet_;
  items_.push_back(std::move(d));
}

InputError::InputError(std::string file, long line, std::string message)
    : std::runtime_error("input rejected") {
  diagnostics.error(std::move(file), line, 0, std::move(message));
}

}  // namespace fundledger::ledger
