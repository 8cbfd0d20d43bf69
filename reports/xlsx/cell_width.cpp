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
  double w = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto lead = static_cast<unsigned char>(s[i]);
    if (lead < 0x80) {
      w += kAscii, ++i;
      continue;
    }
    const std::size_t n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    const std::string ch = s.substr(i, n);
    w += display_width(ch) == 2 ? kWide : kAscii;
    i += n;
  }
  return w;
}

double wrapped_lines(const std::string& s, double column_width) {
  const double room = std::max(1.0, column_width - 1.5);
  return std::max(1.0, std::ceil(cell_width(s) * 1.15 / room));
}

}  // namespace fundledger::reports::xlsx
