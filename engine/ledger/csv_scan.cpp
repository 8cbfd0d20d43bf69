// The quick scan behind in_date_order: a plain CSV file's rows checked for date order without
// parsing them (a first pass over a file the real reader then reads again).
#include <algorithm>
#include <cstring>
#include <fstream>

#include "ledger/csv.hpp"

namespace fundledger::ledger {

namespace {

// A plain file's lines, one at a time, with the checks that make a line plain. Any line that is
// not plain ends the scan (nullopt): the real reader decides then, and reports what it finds.
class DateScan {
 public:
  DateScan(const std::vector<ColumnDef>& defs, std::size_t date_def) : defs_(defs), date_def_(date_def) {}

  // false: the file is not plain (or its answer is already known: out of order).
  bool line(std::string_view l) {
    if (l.find('\0') != std::string_view::npos || l.size() > kMaxFieldBytes || !is_valid_utf8(l, false) ||
        !split(l))
      return bail();
    if (std::all_of(fields_.begin(), fields_.end(), [](auto f) { return trim_field(f).empty(); }))
      return true;  // a blank line, or a row of empty fields (`,,,,`): the reader skips both
    if (!width_) return header();
    if (fields_.size() != width_) return bail();
    ++rows_;
    std::string_view date = trim_field(fields_[static_cast<std::size_t>(col_)]);
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return bail();
    if (date < std::string_view(last_)) {
      answer_ = false;
      return false;
    }
    last_.assign(date);
    return true;
  }

  [[nodiscard]] std::optional<bool> answer() const {
    if (answer_ || !plain_) return answer_;
    if (rows_ == 0) return std::nullopt;  // no rows, or no header: the reader reports it
    return true;
  }

 private:
  bool bail() {
    plain_ = false;
    return false;
  }
  // The line's fields, when each is either unquoted without quotes in it, or quoted whole (spaces
  // around it aside) with no quote inside: the reader takes the text between the quotes.
  bool split(std::string_view l) {
    fields_.clear();
    auto space = [](char c) { return c == ' ' || c == '\t'; };
    for (std::size_t i = 0;;) {
      std::size_t a = i, end = 0;
      while (a < l.size() && space(l[a])) ++a;
      if (a < l.size() && l[a] == '"') {
        std::size_t close = l.find('"', a + 1);
        if (close == std::string_view::npos) return false;  // the quotes hold a line break
        fields_.push_back(l.substr(a + 1, close - a - 1));
        for (end = close + 1; end < l.size() && space(l[end]);) ++end;
        if (end < l.size() && l[end] != ',') return false;  // "" inside, or text after the quote
      } else {
        end = std::min(l.find(',', i), l.size());
        fields_.push_back(l.substr(i, end - i));
        if (fields_.back().find('"') != std::string_view::npos) return false;
      }
      if (end == l.size()) return true;
      i = end + 1;
    }
  }
  bool header() {
    Diagnostics scratch;
    std::vector<int> map;
    if (fields_.size() > kMaxRowFields || !map_header(fields_, defs_, map, scratch, std::string(), 1))
      return bail();
    col_ = map[date_def_];
    if (col_ < 0) return bail();
    width_ = fields_.size();
    return true;
  }

  const std::vector<ColumnDef>& defs_;
  std::size_t date_def_;
  std::vector<std::string_view> fields_;
  std::size_t width_ = 0;  // the header's fields (0: no header yet)
  int col_ = -1;
  long rows_ = 0;
  std::string last_;
  bool plain_ = true;
  std::optional<bool> answer_;
};

// Hands each line of `text` ending in LF or CR to `scan` (as for the reader, each of them ends a
// row); returns where the unfinished last line starts, or npos if the scan stopped.
std::size_t scan_lines(std::string_view text, DateScan& scan) {
  std::size_t start = 0;
  for (std::size_t lf; (lf = text.find('\n', start)) != std::string_view::npos; start = lf + 1) {
    std::string_view l = text.substr(start, lf - start);
    for (std::size_t cr; (cr = l.find('\r')) != std::string_view::npos; l.remove_prefix(cr + 1))
      if (!scan.line(l.substr(0, cr))) return std::string_view::npos;
    if (!scan.line(l)) return std::string_view::npos;
  }
  return start;
}

}  // namespace

std::optional<bool> scan_date_order(const std::string& path, const std::vector<ColumnDef>& defs,
                                    std::size_t date_def) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  DateScan scan(defs, date_def);
  std::string chunk(1 << 20, '\0'), buf;
  bool first = true;
  for (;;) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    auto n = static_cast<std::size_t>(in.gcount());
    buf.append(chunk.data(), n);
    std::string_view text = buf;
    if (first && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // UTF-8's BOM
    first = false;
    std::size_t rest = scan_lines(text, scan);
    if (rest == std::string_view::npos) return scan.answer();
    if (n < chunk.size()) {  // the end of the file, or a read error (the reader reports it)
      if (in.bad()) return std::nullopt;
      std::string_view last = text.substr(rest);
      for (std::size_t cr; (cr = last.find('\r')) != std::string_view::npos; last.remove_prefix(cr + 1))
        if (!scan.line(last.substr(0, cr))) return scan.answer();
      if (!last.empty()) scan.line(last);
      return scan.answer();
    }
    if (text.size() - rest > kMaxFieldBytes) return std::nullopt;  // no LF for long: not plain
    buf.assign(text.substr(rest));
  }
}

}  // namespace fundledger::ledger
