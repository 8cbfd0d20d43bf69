#include "ledger/fields.hpp"

#include "text/text.hpp"

namespace fundledger::ledger {

void Fields::error(std::size_t col, const std::string& message) {
  ok_ = false;
  const auto& def = defs_[col];
  diag_.error(file_, row_.line, row_.position(col),
              text::tr("read.column_error", text::arg("column", def.name), text::arg("alias", def.alias_zh),
                       text::arg("message", message)));
}

std::optional<std::string> Fields::opt_text(std::size_t col) {
  auto v = row_.get(col);
  if (v.empty()) return std::nullopt;
  return std::string(v);
}

std::string Fields::text(std::size_t col) {
  auto v = row_.get(col);
  if (v.empty()) error(col, text::tr("read.required_empty"));
  return std::string(v);
}

namespace {

// The amount in fen when `v` is written the common way: ASCII digits (1,234 grouped by three, or
// not grouped), then at most two decimals; nullopt otherwise (parse_amount then reads it, and
// reads these the same).
std::optional<std::int64_t> plain_fen(std::string_view v) {
  std::int64_t fen = 0;
  std::size_t i = 0, digits = 0, group = 0;
  bool grouped = false;
  for (; i < v.size() && v[i] != '.'; ++i) {
    if (v[i] == ',') {
      if (digits == 0 || (grouped ? group != 3 : (group > 3 || v[0] == '0'))) return std::nullopt;
      grouped = true;
      group = 0;
      continue;
    }
    if (v[i] < '0' || v[i] > '9' || ++digits > 13) return std::nullopt;
    fen = fen * 10 + (v[i] - '0');
    ++group;
  }
  if (digits == 0 || (grouped && group != 3)) return std::nullopt;
  fen *= 100;
  if (i < v.size()) {  // '.' and one or two decimals
    std::size_t decimals = v.size() - i - 1;
    if (decimals < 1 || decimals > 2) return std::nullopt;
    for (std::size_t k = 1; k <= decimals; ++k) {
      char c = v[i + k];
      if (c < '0' || c > '9') return std::nullopt;
      fen += (c - '0') * (k == 1 ? 10 : 1);
    }
  }
  return fen;
}

}  // namespace

std::optional<Money> Fields::money(std::size_t col, bool must_be_positive) {
  auto v = row_.get(col);
  if (v.empty()) {
    error(col, text::tr("read.required_empty"));
    return std::nullopt;
  }
  if (auto fen = plain_fen(v); fen && (*fen > 0 || !must_be_positive)) return Money::from_fen(*fen);
  auto r = parse_amount(v);
  if (!r) {
    error(col, r.error);
    return std::nullopt;
  }
  if (must_be_positive && !r.value->is_positive()) {
    error(col, text::tr("read.amount_not_positive", text::arg("value", v)));
    return std::nullopt;
  }
  return r.value;
}

std::optional<Date> Fields::date(std::size_t col) {
  auto v = row_.get(col);
  if (v.empty()) {
    error(col, text::tr("read.required_empty"));
    return std::nullopt;
  }
  auto r = calendar::parse_date(v);
  if (!r) {
    error(col, r.error);
    return std::nullopt;
  }
  return r.value;
}

std::optional<Money> Fields::opt_money(std::size_t col) {
  if (row_.get(col).empty()) return std::nullopt;
  auto m = money(col, false);
  if (m && m->is_negative()) {
    error(col, text::tr("read.amount_negative", text::arg("value", row_.get(col))));
    return std::nullopt;
  }
  return m;
}

std::optional<Date> Fields::opt_date(std::size_t col) {
  if (row_.get(col).empty()) return std::nullopt;
  return date(col);
}

std::optional<int> Fields::year(std::size_t col, const std::optional<Date>& fallback) {
  auto v = row_.get(col);
  if (v.empty()) {
    if (fallback) return static_cast<int>(fallback->year());
    return std::nullopt;
  }
  auto n = opt_integer(col, 1900, 2999);
  if (!n) return std::nullopt;
  return static_cast<int>(*n);
}

std::optional<long> Fields::opt_integer(std::size_t col, long min, long max) {
  auto v = row_.get(col);
  if (v.empty()) return std::nullopt;
  long n = 0;
  bool digits = !v.empty() && v.size() < 12;
  for (char c : v) {
    if (c < '0' || c > '9') {
      digits = false;
      break;
    }
    n = n * 10 + (c - '0');
  }
  if (!digits || n < min || n > max) {
    error(col, text::tr("read.not_whole_number", text::arg("value", v), text::arg("min", min),
                        text::arg("max", max)));
    return std::nullopt;
  }
  return n;
}

std::optional<bool> Fields::yes_no(std::size_t col) {
  auto v = row_.get(col);
  std::string s(v);
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (s == "yes" || s == "y" || s == "true" || s == "1" || s == "是") return true;
  if (s == "no" || s == "n" || s == "false" || s == "0" || s == "否") return false;
  auto forms = text::arg("zh_forms", "是/否");
  error(col, v.empty() ? text::tr("read.yes_no_empty", forms)
                       : text::tr("read.not_yes_no", text::arg("value", v), forms));
  return std::nullopt;
}

std::optional<std::string> Fields::choice(std::size_t col,
                                          const std::vector<std::pair<const char*, const char*>>& allowed,
                                          bool required) {
  auto v = row_.get(col);
  if (v.empty()) {
    if (required) error(col, text::tr("read.required_empty"));
    return std::nullopt;
  }
  std::string s(v);
  for (auto& [code, zh] : allowed)
    if (s == code || s == zh) return std::string(code);
  std::string list;
  for (auto& [code, zh] : allowed)
    list += (list.empty() ? "" : text::tr("read.list_separator")) + std::string(code) + " " + zh;
  error(col, text::tr("read.not_one_of", text::arg("value", s), text::arg("allowed", list)));
  return std::nullopt;
}

}  // namespace fundledger::ledger
