#include "money/money.hpp"

#include <algorithm>
#include <cctype>
#include <limits>
#include <numeric>

#include "base/assert.hpp"
#include "text/text.hpp"

namespace fundledger {
namespace {

using boost::multiprecision::denominator;
using boost::multiprecision::numerator;

// Decodes one UTF-8 code point at s[i]; advances i. Invalid bytes come back as U+FFFD.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (int k = 1; k < len; ++k) {
    auto c = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
    if ((c >> 6) != 0x2) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  i += static_cast<std::size_t>(len);
  return cp;
}

// One normalised token of an amount: an ASCII character, or a marker for a unit / currency sign.
// 'U' 元, 'W' 万, 'E' 亿, 'Y' ¥, '?' anything else (stray).
char normalise(char32_t cp) {
  if (cp >= 0xFF10 && cp <= 0xFF19) return static_cast<char>('0' + (cp - 0xFF10));
  switch (cp) {
    case 0xFF0C:
      return ',';
    case 0xFF0E:
      return '.';
    case 0xFF0B:
      return '+';
    case 0xFF0D:
    case 0x2212:
      return '-';
    case 0x00A5:
    case 0xFFE5:
      return 'Y';
    case 0x5143:
      return 'U';
    case 0x4E07:
      return 'W';
    case 0x4EBF:
      return 'E';
    default:
      break;
  }
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    if ((c >= '0' && c <= '9') || c == ',' || c == '.' || c == '+' || c == '-') return c;
  }
  return '?';
}

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0x3000 || cp == 0xA0;
}

// The amount `input` refused, for the reason `why_id` (a money.why.* message).
AmountParse fail(std::string_view input, std::string_view why_id) {
  AmountParse r;
  r.error = text::tr("money.invalid_amount", text::arg("value", input), text::arg("why", text::tr(why_id)));
  return r;
}

// The rate `input` refused, for the reason `why_id` (a money.rate_why.* message).
RateParse rate_fail(std::string_view input, std::string_view why_id) {
  RateParse r;
  r.error = text::tr("money.invalid_rate", text::arg("value", input), text::arg("why", text::tr(why_id)));
  return r;
}

Int128 pow10(int n) {
  Int128 p = 1;
  for (int i = 0; i < n; ++i) p *= 10;
  return p;
}

}  // namespace

std::int64_t Money::fen64() const {
  if (!in_range())
    throw MoneyRangeError(text::tr("money.beyond_range", text::arg("value", format_yuan(*this))));
  return static_cast<std::int64_t>(fen_);
}

namespace {

using Failure = std::optional<AmountParse>;  // set: the amount is refused, and why

// 1. Decode and normalise, trimming white space at both ends.
Failure normalise_text(std::string_view text, std::string& t) {
  std::size_t i = 0;
  std::size_t first = std::string::npos, last_end = 0;
  std::vector<std::pair<char, char32_t>> toks;
  while (i < text.size()) {
    char32_t cp = next_code_point(text, i);
    toks.emplace_back(is_space(cp) ? ' ' : normalise(cp), cp);
  }
  for (std::size_t k = 0; k < toks.size(); ++k)
    if (toks[k].first != ' ') {
      if (first == std::string::npos) first = k;
      last_end = k + 1;
    }
  if (first == std::string::npos) return fail(text, "money.why.empty");
  for (std::size_t k = first; k < last_end; ++k) {
    if (toks[k].first == ' ') return fail(text, "money.why.space_inside");
    if (toks[k].first == '?') return fail(text, "money.why.unexpected_character");
    t.push_back(toks[k].first);
  }
  return std::nullopt;
}

// 2. Sign and currency sign, in either order: "-¥5", "¥-5".
Failure read_signs(std::string_view text, const std::string& t, std::size_t& p, bool& negative) {
  bool have_sign = false, have_yen = false;
  while (p < t.size() && (t[p] == '+' || t[p] == '-' || t[p] == 'Y')) {
    if (t[p] == 'Y') {
      if (have_yen) return fail(text, "money.why.two_currency_signs");
      have_yen = true;
    } else {
      if (have_sign) return fail(text, "money.why.two_signs");
      have_sign = true;
      negative = t[p] == '-';
    }
    ++p;
  }
  return std::nullopt;
}

// 3. Integer part: plain digits, or 1–3 digits then groups of exactly three after commas; then
// the fraction.
Failure read_digits(std::string_view text, const std::string& t, std::size_t& p, std::string& int_digits,
                    std::string& frac_digits) {
  bool grouped = false;
  std::size_t group_len = 0;
  while (p < t.size() && (std::isdigit(static_cast<unsigned char>(t[p])) || t[p] == ',')) {
    if (t[p] == ',') {
      if (int_digits.empty()) return fail(text, "money.why.separator_before_digit");
      if (!grouped) {
        if (int_digits.size() > 3) return fail(text, "money.why.group_by_three");
        // "0,001" is how some locales write 0.001: refuse rather than read it as one yuan.
        if (int_digits.front() == '0') return fail(text, "money.why.grouped_leading_zero");
        grouped = true;
      } else if (group_len != 3) {
        return fail(text, "money.why.group_by_three");
      }
      group_len = 0;
    } else {
      int_digits.push_back(t[p]);
      ++group_len;
    }
    ++p;
  }
  if (grouped && group_len != 3) return fail(text, "money.why.group_by_three");
  if (p < t.size() && t[p] == '.') {
    ++p;
    while (p < t.size() && std::isdigit(static_cast<unsigned char>(t[p]))) frac_digits.push_back(t[p++]);
    if (frac_digits.empty()) return fail(text, "money.why.no_digits_after_point");
    if (p < t.size() && (t[p] == '.' || t[p] == ',')) return fail(text, "money.why.second_point");
  }
  if (int_digits.empty() && frac_digits.empty()) return fail(text, "money.why.no_digits");
  if (int_digits.empty()) return fail(text, "money.why.no_digit_before_point");
  return std::nullopt;
}

// 4. Unit: nothing, 元, 万, 万元, 亿, 亿元; sets the power of ten of the unit in yuan.
Failure read_unit(std::string_view text, const std::string& t, std::size_t p, int& unit_exp) {
  std::string unit = t.substr(p);
  if (unit.empty() || unit == "U")
    unit_exp = 0;
  else if (unit == "W" || unit == "WU")
    unit_exp = 4;
  else if (unit == "E" || unit == "EU")
    unit_exp = 8;
  else if (unit.find_first_not_of("UWE") == std::string::npos)
    return fail(text, "money.why.two_units");
  else if (unit.find_first_of("+-Y") != std::string::npos)
    return fail(text, "money.why.sign_misplaced");
  else
    return fail(text, "money.why.after_number");
  return std::nullopt;
}

// 5. Exact value in fen: digits × 10^(unit_exp + 2 − decimals), which must be a whole number.
AmountParse exact_fen(std::string_view text, std::string int_digits, std::string frac_digits, int unit_exp,
                      bool negative) {
  int_digits.erase(0, std::min(int_digits.find_first_not_of('0'), int_digits.size()));
  while (!frac_digits.empty() && frac_digits.back() == '0') frac_digits.pop_back();
  int shift = unit_exp + 2 - static_cast<int>(frac_digits.size());
  if (shift < 0) return fail(text, "money.why.finer_than_fen");
  if (int_digits.size() + static_cast<std::size_t>(unit_exp) > 16)
    return fail(text, "money.why.beyond_range");
  Int128 v = 0;
  for (char c : int_digits + frac_digits) v = v * 10 + (c - '0');
  v *= pow10(shift);
  if (v > Money::kMaxFen) return fail(text, "money.why.beyond_range");
  AmountParse r;
  r.value = Money::from_fen(negative ? Int128(-v) : v);
  return r;
}

}  // namespace

AmountParse parse_amount(std::string_view text) {
  std::string t, int_digits, frac_digits;
  std::size_t p = 0;
  bool negative = false;
  int unit_exp = 0;
  if (auto f = normalise_text(text, t)) return *f;
  if (auto f = read_signs(text, t, p, negative)) return *f;
  if (auto f = read_digits(text, t, p, int_digits, frac_digits)) return *f;
  if (auto f = read_unit(text, t, p, unit_exp)) return *f;
  return exact_fen(text, std::move(int_digits), std::move(frac_digits), unit_exp, negative);
}

// ---- formatting --------------------------------------------------------------------------------

namespace {

std::string group_thousands(const std::string& digits) {
  std::string out;
  std::size_t n = digits.size();
  for (std::size_t k = 0; k < n; ++k) {
    if (k > 0 && (n - k) % 3 == 0) out.push_back(',');
    out.push_back(digits[k]);
  }
  return out;
}

// |value| / 10^scale written with `decimals` decimals (value already rounded to them).
std::string write_fixed(Int128 scaled, int decimals, bool grouping) {
  bool neg = scaled < 0;
  if (neg) scaled = -scaled;
  std::string digits = scaled.str();
  if (static_cast<int>(digits.size()) <= decimals)
    digits.insert(0, static_cast<std::size_t>(decimals + 1) - digits.size(), '0');
  std::string ip = digits.substr(0, digits.size() - static_cast<std::size_t>(decimals));
  std::string fp = digits.substr(digits.size() - static_cast<std::size_t>(decimals));
  std::string out = neg ? "-" : "";
  out += grouping ? group_thousands(ip) : ip;
  if (decimals > 0) out += "." + fp;
  return out;
}

}  // namespace

std::string format_yuan(const Money& m, bool grouping) { return write_fixed(m.fen(), 2, grouping); }

std::string format_in(const Money& m, Unit unit, int decimals, bool grouping) {
  int unit_exp = unit == Unit::yuan ? 0 : unit == Unit::wan ? 4 : 8;
  int exact_decimals = unit_exp + 2;  // fen expressed in the unit
  if (decimals < 0) {
    // As many decimals as needed to be exact.
    Int128 v = m.fen();
    int d = exact_decimals;
    while (d > 0 && v % 10 == 0) {
      v /= 10;
      --d;
    }
    return write_fixed(v, d, grouping);
  }
  if (decimals >= exact_decimals)
    return write_fixed(m.fen() * pow10(decimals - exact_decimals), decimals, grouping);
  Rational r(m.fen(), pow10(exact_decimals - decimals));
  return write_fixed(round_to_integer(r, Rounding::half_up), decimals, grouping);
}

namespace {

const char* const kDaxieDigit[] = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};

// Capital form of 1 <= n <= 9999: 壹仟零壹拾, 壹拾 (never a bare 拾); trailing zeros are not said,
// one 零 stands for each run of zeros between two non-zero digits.
std::string daxie_section(int n) {
  static const char* const kPlace[] = {"", "拾", "佰", "仟"};
  FL_ASSERT(n >= 1 && n <= 9999, "n >= 1 && n <= 9999");
  std::string out;
  bool any = false, zero_pending = false;
  for (int place = 3, div = 1000; place >= 0; --place, div /= 10) {
    int d = n / div % 10;
    if (d == 0) {
      zero_pending = zero_pending || any;
      continue;
    }
    if (zero_pending) out += "零";
    zero_pending = false;
    out += kDaxieDigit[d];
    out += kPlace[place];
    any = true;
  }
  return out;
}

std::string daxie_integer(const Int128& n);

// `high_words` (the capital form of `high` followed by its unit 亿 or 万) joined with the rest
// `low` < 10^(unit). A 零 goes between them when zeros separate the last non-zero digit of high
// from the first of low: high ends in 0, or low has fewer digits than the unit's width.
std::string daxie_join(std::string high_words, const Int128& high, const Int128& low,
                       const Int128& low_full) {
  if (low == 0) return high_words;
  if (high % 10 == 0 || low < low_full) high_words += "零";
  return high_words + daxie_integer(low);
}

// Capital form of a whole number n >= 1, by sections of 亿 and 万: 10^12 is 壹万亿, 10^16 壹亿亿.
std::string daxie_integer(const Int128& n) {
  static const Int128 kYi = 100000000, kWan = 10000;
  FL_ASSERT(n >= 1, "n >= 1");
  if (n >= kYi) return daxie_join(daxie_integer(n / kYi) + "亿", n / kYi, n % kYi, kYi / 10);
  if (n >= kWan) return daxie_join(daxie_integer(n / kWan) + "万", n / kWan, n % kWan, kWan / 10);
  return daxie_section(static_cast<int>(n));
}

}  // namespace

std::string format_daxie(const Money& m) {
  Int128 fen = m.is_negative() ? Int128(-m.fen()) : m.fen();
  std::string out = m.is_negative() ? "负人民币" : "人民币";
  Int128 yuan = fen / 100;
  int jiao = static_cast<int>((fen / 10) % 10), fen_digit = static_cast<int>(fen % 10);
  if (yuan > 0) out += daxie_integer(yuan) + "元";
  if (jiao == 0 && fen_digit == 0) {
    out += yuan > 0 ? "整" : "零元整";  // 整 after 元
  } else if (jiao > 0) {
    out += kDaxieDigit[jiao];
    out += "角";
    if (fen_digit == 0)
      out += "整";  // 整 after 角
    else {
      out += kDaxieDigit[fen_digit];
      out += "分";
    }
  } else {
    if (yuan > 0) out += "零";  // 元 then zero 角 then 分: 叁佰贰拾伍元零肆分
    out += kDaxieDigit[fen_digit];
    out += "分";
  }
  return out;
}

// ---- rates and rounding ------------------------------------------------------------------------

Int128 round_to_integer(const Rational& r, Rounding mode) {
  using boost::multiprecision::cpp_int;
  cpp_int num = numerator(r), den = denominator(r);  // den > 0
  bool neg = num < 0;
  if (neg) num = -num;
  cpp_int q = num / den, rem = num % den;
  if (rem != 0) {
    switch (mode) {
      case Rounding::down:
        break;
      case Rounding::half_up:
        if (rem * 2 >= den) ++q;
        break;
      case Rounding::half_even:
        if (rem * 2 > den || (rem * 2 == den && q % 2 == 1)) ++q;
        break;
    }
  }
  // Converting an oversized cpp_int to the checked type throws std::range_error; report it as the
  // overflow it is, like every other Int128 operation.
  static const cpp_int kMax = cpp_int(std::numeric_limits<Int128>::max());
  if (q > kMax) throw std::overflow_error("rounded value does not fit in 128 bits");
  if (neg) q = -q;
  return Int128(q);
}

RateParse parse_rate(std::string_view text) {
  RateParse r;
  std::string t;
  std::size_t i = 0;
  bool percent = false;
  std::vector<char32_t> cps;
  while (i < text.size()) cps.push_back(next_code_point(text, i));
  // Trim white space at both ends only: "4. 35%" must not quietly become 4.35%.
  std::size_t first = 0, last = cps.size();
  while (first < last && is_space(cps[first])) ++first;
  while (last > first && is_space(cps[last - 1])) --last;
  for (std::size_t k = first; k < last; ++k) {
    char32_t cp = cps[k];
    if (is_space(cp)) {
      // "20 %" is fine (the sign is the last thing); any other inner space is not.
      std::size_t next = k;
      while (next < last && is_space(cps[next])) ++next;
      if (next + 1 == last && (cps[next] == '%' || cps[next] == 0xFF05)) continue;
      return rate_fail(text, "money.rate_why.space_inside");
    }
    if (cp == '%' || cp == 0xFF05) {
      if (percent) {
        return rate_fail(text, "money.rate_why.two_percent_signs");
      }
      percent = true;
      continue;
    }
    char c = normalise(cp);
    if (percent || c == '?' || c == ',' || c == 'U' || c == 'W' || c == 'E' || c == 'Y') {
      return rate_fail(text, "money.rate_why.expected_number");
    }
    t.push_back(c);
  }
  std::size_t p = 0;
  bool neg = false;
  if (p < t.size() && (t[p] == '+' || t[p] == '-')) neg = t[p++] == '-';
  std::string ip, fp;
  while (p < t.size() && std::isdigit(static_cast<unsigned char>(t[p]))) ip.push_back(t[p++]);
  if (p < t.size() && t[p] == '.') {
    ++p;
    while (p < t.size() && std::isdigit(static_cast<unsigned char>(t[p]))) fp.push_back(t[p++]);
  }
  if (p != t.size() || ip.empty() || (t.find('.') != std::string::npos && fp.empty()) ||
      ip.size() + fp.size() > 30) {
    return rate_fail(text, "money.rate_why.expected_number");
  }
  // Accumulate digit by digit: cpp_int's string constructor reads a leading 0 as octal, which
  // turned "0.0435" into 0435 (octal) = 285 / 10000.
  boost::multiprecision::cpp_int num = 0;
  for (char c : ip + fp) num = num * 10 + (c - '0');
  boost::multiprecision::cpp_int den = 1;
  for (std::size_t k = 0; k < fp.size(); ++k) den *= 10;
  if (percent) den *= 100;
  if (neg) num = -num;
  r.value = Rational(num, den);
  return r;
}

std::string format_ratio(const Rational& r, int decimals) {
  if (decimals < 0) throw std::invalid_argument("format_ratio: negative number of decimals");
  Int128 scale = pow10(decimals);
  return write_fixed(round_to_integer(r * Rational(scale), Rounding::half_up), decimals, false);
}

Money multiply(const Money& m, const Rational& r, Rounding mode) {
  return Money::from_fen(round_to_integer(Rational(m.fen()) * r, mode));
}

// ---- splitting ---------------------------------------------------------------------------------

std::vector<Money> split(const Money& total, const std::vector<Int128>& weights) {
  if (weights.empty()) throw std::invalid_argument("split: no weights");
  Int128 sum = 0;
  for (const auto& w : weights) {
    if (w < 0) throw std::invalid_argument("split: negative weight");
    sum += w;
  }
  if (sum == 0) throw std::invalid_argument("split: weights sum to zero");
  bool neg = total.is_negative();
  Int128 t = neg ? Int128(-total.fen()) : total.fen();
  std::vector<Int128> parts(weights.size());
  std::vector<Int128> rems(weights.size());
  Int128 given = 0;
  for (std::size_t k = 0; k < weights.size(); ++k) {
    // floor(t * w / sum) with exact 256-bit intermediate arithmetic
    boost::multiprecision::int256_t prod =
        boost::multiprecision::int256_t(t) * boost::multiprecision::int256_t(weights[k]);
    parts[k] = Int128(prod / boost::multiprecision::int256_t(sum));
    rems[k] = Int128(prod % boost::multiprecision::int256_t(sum));
    given += parts[k];
  }
  Int128 left = t - given;  // < weights.size()
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return rems[a] > rems[b]; });
  for (std::size_t k = 0; left > 0; ++k, --left) parts[order[k]] += 1;
  std::vector<Money> out;
  out.reserve(parts.size());
  for (auto& p : parts) out.push_back(Money::from_fen(neg ? Int128(-p) : p));
  return out;
}

std::vector<Money> scale(const std::vector<Money>& lines, const Money& new_total) {
  std::vector<Int128> w;
  w.reserve(lines.size());
  for (const auto& l : lines) w.push_back(l.fen());
  return split(new_total, w);
}

}  // namespace fundledger
