#include "reports/table.hpp"

#include "text/text.hpp"

namespace fundledger::reports {
namespace {

char32_t decode(const std::string& s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
  char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (int k = 1; k < len && i + static_cast<std::size_t>(k) < s.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
  i += static_cast<std::size_t>(len);
  return cp;
}

bool wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

std::string cell_text(const Cell& c, ColType type, Unit unit) {
  (void)type;
  if (std::holds_alternative<std::monostate>(c)) return "";
  if (auto s = std::get_if<std::string>(&c)) return *s;
  if (auto m = std::get_if<Money>(&c))
    return unit == Unit::yuan ? format_yuan(*m, true) : format_in(*m, unit, 2, true);
  if (auto r = std::get_if<Ratio>(&c)) return format_ratio(r->value * 100, 2) + "%";
  return std::to_string(std::get<std::int64_t>(c));
}

std::string cell_csv(const Cell& c) {
  if (std::holds_alternative<std::monostate>(c)) return "";
  if (auto s = std::get_if<std::string>(&c)) return *s;
  if (auto m = std::get_if<Money>(&c)) return format_yuan(*m);
  if (auto r = std::get_if<Ratio>(&c)) return format_ratio(r->value, 4);
  return std::to_string(std::get<std::int64_t>(c));
}

}  // namespace

std::size_t display_width(const std::string& s) {
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) w += wide(decode(s, i)) ? 2 : 1;
  return w;
}

namespace {

// "-500.00", "-3": a negative number, which a spreadsheet may read as one.
bool negative_number(const std::string& s) {
  std::size_t i = 1, digits = 0, points = 0;
  for (; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9')
      ++digits;
    else if (s[i] == '.' && digits > 0 && points++ == 0)
      continue;
    else
      return false;
  }
  return digits > 0 && s.back() != '.';
}

}  // namespace

bool starts_like_formula(const std::string& s) {
  if (s.empty()) return false;
  switch (s[0]) {
    case '=':
    case '+':
    case '@':
    case '\t':
    case '\r':
      return true;
    case '-':
      return !negative_number(s);
    default:
      return false;
  }
}

std::string csv_escape(const std::string& raw) {
  // OWASP's CSV-injection rule: text a spreadsheet would run as a formula gets a leading '.
  const std::string s = starts_like_formula(raw) ? "'" + raw : raw;
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"')
      out += "\"\"";
    else
      out.push_back(c);
  }
  return out + "\"";
}

std::string render_text(const Table& t, Lang lang, Unit unit) {
  std::vector<std::vector<std::string>> cells;
  std::vector<std::string> header;
  for (const auto& c : t.columns) {
    std::string h = lang == Lang::zh ? c.zh : c.en;
    if (c.type == ColType::money)
      h += unit == Unit::yuan ? (lang == Lang::zh ? "(元)" : " (yuan)")
                              : (lang == Lang::zh ? "(万元)" : " (10k yuan)");
    header.push_back(h);
  }
  cells.push_back(header);
  for (const auto& r : t.rows) {
    std::vector<std::string> line;
    for (std::size_t i = 0; i < t.columns.size(); ++i)
      line.push_back(cell_text(r[i], t.columns[i].type, unit));
    cells.push_back(line);
  }
  if (t.total) {
    std::vector<std::string> line;
    for (std::size_t i = 0; i < t.columns.size(); ++i)
      line.push_back(cell_text((*t.total)[i], t.columns[i].type, unit));
    if (!line.empty() && line[0].empty())
      line[0] = text::tr_in(lang == Lang::zh ? text::Lang::zh : text::Lang::en, "table.total");
    cells.push_back(line);
  }
  std::vector<std::size_t> width(t.columns.size(), 0);
  for (const auto& line : cells)
    for (std::size_t i = 0; i < line.size(); ++i) width[i] = std::max(width[i], display_width(line[i]));
  std::string out;
  if (!t.title.empty()) out += t.title + "\n";
  auto rule = [&] {
    std::size_t total = 0;
    for (auto w : width) total += w + 2;
    out += std::string(total > 2 ? total - 2 : 0, '-') + "\n";
  };
  for (std::size_t r = 0; r < cells.size(); ++r) {
    if (t.total && r == cells.size() - 1) rule();
    for (std::size_t i = 0; i < cells[r].size(); ++i) {
      const auto& s = cells[r][i];
      std::string pad(width[i] - display_width(s), ' ');
      bool right = t.columns[i].type != ColType::text;
      std::string cell = right ? pad + s : s + (i + 1 < cells[r].size() ? pad : "");
      out += cell;
      if (i + 1 < cells[r].size()) out += "  ";
    }
    out += "\n";
    if (r == 0) rule();
  }
  return out;
}

std::string render_csv(const Table& t) {
  std::string out;
  for (std::size_t i = 0; i < t.columns.size(); ++i) out += (i ? "," : "") + csv_escape(t.columns[i].key);
  out += "\n";
  auto line = [&](const std::vector<Cell>& r) {
    for (std::size_t i = 0; i < t.columns.size(); ++i) out += (i ? "," : "") + csv_escape(cell_csv(r[i]));
    out += "\n";
  };
  for (const auto& r : t.rows) line(r);
  if (t.total) {
    // The total row says what it is (合计 / Total) in its first cell when that cell is empty.
    auto total = *t.total;
    if (!total.empty() &&
        (std::holds_alternative<std::monostate>(total[0]) ||
         (std::holds_alternative<std::string>(total[0]) && std::get<std::string>(total[0]).empty())))
      total[0] = text::tr("table.total");
    line(total);
  }
  return out;
}

Column catalogue_column(const std::string& key, std::string_view id, ColType type) {
  return {key, text::tr_in(text::Lang::zh, id), text::tr_in(text::Lang::en, id), type};
}

}  // namespace fundledger::reports
