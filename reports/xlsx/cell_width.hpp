// How wide text shows in a spreadsheet cell, in Excel's column units (the width of '0' in the
// default font, Calibri), for the widths of columns and the heights of rows whose text wraps. The
// terminal's count (reports::display_width: CJK 2, else 1) is too narrow for the cells' SimSun, and a
// wrapped line breaks between words, not at the column's edge. LibreOffice, which draws the PNGs we
// look at, cuts what does not fit.
//
// A wrapped row's lines are 16 points high (a CJK line of 11-point text needs about 15.9).
#pragma once

#include <string>

namespace fundledger::reports::xlsx {

// The width of the text: a wide (CJK) character 2.1, any other 1.15 (the workbook's font is SimSun,
// whose Latin characters are all one width).
double cell_width(const std::string& s);

// The lines the text takes in a column of that width (at least 1), with room for the breaks between
// words that leave a line short.
double wrapped_lines(const std::string& s, double column_width);

// The height of one line of a wrapped row, in points.
constexpr double kWrappedLine = 16;

}  // namespace fundledger::reports::xlsx
