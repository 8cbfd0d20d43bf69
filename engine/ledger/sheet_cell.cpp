// The conversions of a workbook's cells to the text a CSV file would hold (ledger/sheet.hpp).
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <system_error>

#include "ledger/sheet.hpp"
#include "text/text.hpp"

namespace fundledger::ledger::sheet {

namespace {

std::string lower_extension(const std::string& path) {
  auto dot = path.find_last_of('.');
  auto slash = path.find_last_of('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  std::string ext = path.substr(dot + 1);
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// Days since 1970-01-01 to year, month, day (proleptic Gregorian; H. Hinnant's civil_from_days).
void civil_from_days(long z, long& y, unsigned& m, unsigned& d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
}

}  // namespace

Format detect(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[8] = {};
  in.read(magic, sizeof magic);
  std::string_view head(magic, static_cast<std::size_t>(in.gcount()));
  if (head.substr(0, 4) == std::string_view("PK\x03\x04", 4)) return Format::xlsx;
  if (head == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) return Format::xls;
  auto ext = lower_extension(path);
  if (ext == "xlsx" || ext == "xlsm") return Format::xlsx;  // damaged: the reader says so
  if (ext == "xls") return Format::xls;
  return Format::csv;
}

std::optional<std::string> number_text(double value) {
  // 10^15 and above has 16 digits before the point: more than Excel keeps.
  if (!std::isfinite(value) || std::fabs(value) >= 1e15) return std::nullopt;
  char buf[512];  // the longest fixed form, of the smallest double, has some 330 digits
  auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
  if (r.ec != std::errc()) return std::nullopt;
  std::string s(buf, r.ptr);
  if (s == "-0") s = "0";
  return s;
}

std::optional<std::string> serial_date(double serial, bool date1904) {
  if (!std::isfinite(serial) || serial < 0 || serial >= 2958466) return std::nullopt;  // 9999-12-31
  auto day = static_cast<long>(std::floor(serial));
  long days_1970 = 0;
  if (date1904) {
    days_1970 = day - 24107;  // serial 0 is 1904-01-01
  } else {
    // Serial 1 is 1900-01-01; Excel counts a 1900-02-29 (serial 60) that never was (Lotus's bug),
    // so from serial 61 (1900-03-01) on, serial 25569 is 1970-01-01.
    if (day == 0 || day == 60) return std::nullopt;
    days_1970 = day < 60 ? day - 25568 : day - 25569;
  }
  long y = 0;
  unsigned m = 0, d = 0;
  civil_from_days(days_1970, y, m, d);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04ld-%02u-%02u", y, m, d);
  return std::string(buf);
}

bool is_date_format(int id, const std::string& code) {
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
    return true;
  if (id < 164 && code.empty()) return false;  // the other built-in formats are numbers or text
  bool quoted = false, bracket = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    char c = code[i];
    if (quoted) {
      quoted = c != '"';
    } else if (bracket) {
      bracket = c != ']';
    } else if (c == '"') {
      quoted = true;
    } else if (c == '[') {
      bracket = true;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // the next character is shown as it is (or is padding)
    } else if (c == ';') {
      break;  // the first section decides (positive numbers, and dates)
    } else {
      char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (l == 'y' || l == 'm' || l == 'd') return true;
    }
  }
  return false;
}

std::string column_letters(int column) {
  std::string s;
  for (; column > 0; column = (column - 1) / 26)
    s.insert(s.begin(), static_cast<char>('A' + (column - 1) % 26));
  return s;
}

int column_number(std::string_view ref) {
  int n = 0;
  for (char c : ref) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') break;
    n = n * 26 + (c - 'A' + 1);
    if (n > 1 << 20) return 0;
  }
  return n;
}

std::string sheet_list(const std::vector<std::string>& names) {
  std::string s;
  for (const auto& n : names) s += (s.empty() ? "" : text::tr("read.list_separator")) + n;
  return s;
}

}  // namespace fundledger::ledger::sheet
