// Text widths in spreadsheet units (cell_width.hpp).
#include "reports/xlsx/cell_width.hpp"

#include <algorithm>
#include <cmath>

#include "reports/table.hpp"

namespace fundledger::reports::xlsx {

namespace {

// The workbook's font is SimSun (宋体): its Latin half is one width for every character, a little
// wider than Calibri's digit (Excel's unit); LibreOffice draws it with DejaVu Serif, wider still.
constexpr double kAscii = 1.15, kWide = 2.1;

}  // namespace

double cell_width(const std::string& s) {
  // reports::display_width counts a wide character 2 and any other 1: the wide ones are its excess
  // over the number of characters (bytes that do not continue one).
  const auto chars = static_cast<double>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  const double wide = static_cast<double>(display_width(s)) - chars;
  return (chars - wide) * kAscii + wide * kWide;
}

double wrapped_lines(const std::string& s, double column_width) {
  const double room = std::max(1.0, column_width - 1.5);
  return std::max(1.0, std::ceil(cell_width(s) * 1.15 / room));
}

}  // namespace fundledger::reports::xlsx
