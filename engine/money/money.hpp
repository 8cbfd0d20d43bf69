// engine/money — exact amounts of renminbi.
//
// Money is a whole number of fen (0.01 yuan) held in a checked 128-bit integer: arithmetic that
// would overflow throws std::overflow_error instead of wrapping. There is deliberately no way to
// build Money from a float or double (see tests/compile_fail), so no binary fraction ever touches
// an amount. Rates and shares are exact rationals.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>
#include <compare>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "text/text.hpp"

namespace fundledger {

using Int128 = boost::multiprecision::checked_int128_t;
using Rational = boost::multiprecision::cpp_rational;

// A value outside what the ledger can hold (beyond ±10^15 yuan, or not representable in storage).
class MoneyRangeError : public std::range_error {
 public:
  using std::range_error::range_error;
};

class Money {
 public:
  static constexpr std::int64_t kFenPerYuan = 100;
  // Largest magnitude accepted from input: 10^15 yuan = 10^17 fen (fits SQLite's int64 with room).
  static constexpr std::int64_t kMaxFen = 100'000'000'000'000'000;

  constexpr Money() noexcept = default;
  template <class T>
  requires std::is_floating_point_v<T> Money(T)
  = delete;  // no money from binary fractions, ever

  [[nodiscard]] static Money from_fen(Int128 fen) { return Money(fen); }
  [[nodiscard]] static Money from_fen(std::int64_t fen) { return Money(Int128(fen)); }
  [[nodiscard]] static Money from_yuan(std::int64_t yuan) { return Money(Int128(yuan) * kFenPerYuan); }

  [[nodiscard]] const Int128& fen() const noexcept { return fen_; }
  // The amount as int64 fen for storage; throws MoneyRangeError beyond ±kMaxFen.
  [[nodiscard]] std::int64_t fen64() const;
  [[nodiscard]] bool in_range() const noexcept { return fen_ <= kMaxFen && fen_ >= -kMaxFen; }

  [[nodiscard]] bool is_zero() const noexcept { return fen_ == 0; }
  [[nodiscard]] bool is_negative() const noexcept { return fen_ < 0; }
  [[nodiscard]] bool is_positive() const noexcept { return fen_ > 0; }
  [[nodiscard]] Money negated() const { return Money(-fen_); }
  [[nodiscard]] Money abs() const { return fen_ < 0 ? negated() : *this; }

  Money& operator+=(const Money& o) {
    fen_ += o.fen_;
    return *this;
  }
  Money& operator-=(const Money& o) {
    fen_ -= o.fen_;
    return *this;
  }
  friend Money operator+(Money a, const Money& b) { return a += b; }
  friend Money operator-(Money a, const Money& b) { return a -= b; }
  friend Money operator-(const Money& a) { return a.negated(); }
  friend Money operator*(const Money& a, std::int64_t k) { return Money(a.fen_ * k); }
  friend Money operator*(std::int64_t k, const Money& a) { return Money(a.fen_ * k); }
  friend bool operator==(const Money& a, const Money& b) noexcept { return a.fen_ == b.fen_; }
  friend std::strong_ordering operator<=>(const Money& a, const Money& b) noexcept {
    return a.fen_ < b.fen_   ? std::strong_ordering::less
           : a.fen_ > b.fen_ ? std::strong_ordering::greater
                             : std::strong_ordering::equal;
  }

  // Mixing money and floating point is a compile error, not a rounding bug.
  template <class T>
  requires std::is_floating_point_v<T>
  friend Money operator+(const Money&, T) = delete;
  template <class T>
  requires std::is_floating_point_v<T>
  friend Money operator-(const Money&, T) = delete;
  template <class T>
  requires std::is_floating_point_v<T>
  friend Money operator*(const Money&, T) = delete;
  // The reversed forms too: without this `0.5 * m` would convert 0.5 to the int64 factor 0.
  template <class T>
  requires std::is_floating_point_v<T>
  friend Money operator+(T, const Money&) = delete;
  template <class T>
  requires std::is_floating_point_v<T>
  friend Money operator-(T, const Money&) = delete;
  template <class T>
  requires std::is_floating_point_v<T>
  friend Money operator*(T, const Money&) = delete;

 private:
  explicit Money(Int128 fen) : fen_(fen) {}
  Int128 fen_ = 0;
};

// ---- parsing -----------------------------------------------------------------------------------

// Result of parsing user text: a value, or an error message that quotes the input.
struct AmountParse {
  std::optional<Money> value;
  std::string error;  // empty when value is set
  explicit operator bool() const noexcept { return value.has_value(); }
};

// Parses an amount as CONTRACT.md "Amounts" describes: `12345`, `12,345.67`, `-500`, `+1`,
// `¥100`, units 元 万 万元 亿 亿元, full-width digits/comma/point. Rejects (with a message that
// names the input): empty text, sub-fen values, two units, stray characters, misplaced
// separators, several points, values beyond ±10^15 yuan. Never rounds.
[[nodiscard]] AmountParse parse_amount(std::string_view text);

// ---- formatting --------------------------------------------------------------------------------

enum class Unit { yuan, wan, yi };  // 元, 万元 (10^4), 亿元 (10^8)

// "12345.67", "-0.50"; with grouping "12,345.67".
[[nodiscard]] std::string format_yuan(const Money& m, bool grouping = false);
// The amount in `unit`. decimals >= 0: exactly that many decimals, rounded half-up (away from
// zero). decimals < 0: as many as needed to be exact, no trailing zeros ("4000", "1.234567").
[[nodiscard]] std::string format_in(const Money& m, Unit unit, int decimals, bool grouping = false);
// The capital form for vouchers, per the People's Bank rules: 人民币壹万贰仟叁佰肆拾伍元陆角柒分.
// One 零 for each run of zeros inside the number (壹佰万零壹元整), 零 after 元 when 角 is zero and
// 分 is not (叁佰贰拾伍元零肆分), 整 after 元 or 角, 壹拾 never a bare 拾, 万亿 above 10^12,
// 负人民币… for negatives. Any Int128 amount is written (亿亿 above 10^16 yuan).
[[nodiscard]] std::string format_daxie(const Money& m);
// An amount in a message, as a person reads it (people.cpp): grouped, exactly two decimals, never
// rounded. Chinese: "4,320.00万元" when |m| >= 1万 and m is a whole number of 百元 (so the 万 form
// is exact), else "43,210.55元". English: "43,200,000.00 yuan". The run's language, or `lang`.
[[nodiscard]] std::string format_for_people(const Money& m, text::Lang lang);
[[nodiscard]] std::string format_for_people(const Money& m);

// ---- rates and rounding ------------------------------------------------------------------------

enum class Rounding { half_up, half_even, down };

// Rounds an exact rational to an integer: half_up = ties away from zero; half_even = ties to the
// even neighbour; down = toward zero. Throws std::overflow_error when the result does not fit.
[[nodiscard]] Int128 round_to_integer(const Rational& r, Rounding mode = Rounding::half_up);

// An exact ratio such as a growth rate, interest rate or share.
struct RateParse {
  std::optional<Rational> value;
  std::string error;
  explicit operator bool() const noexcept { return value.has_value(); }
};
// "20%", "4.35%", "0.2", "0.0435", full-width digits and ％. Negative rates are accepted. White
// space is trimmed at both ends and allowed before the final percent sign ("20 %"); inside the
// number ("4. 35%") it is an error.
[[nodiscard]] RateParse parse_rate(std::string_view text);
// The ratio with `decimals` (>= 0, else std::invalid_argument) decimals, half-up: "0.2000".
[[nodiscard]] std::string format_ratio(const Rational& r, int decimals = 4);

// m × r, rounded once to the fen; std::overflow_error when the product does not fit.
[[nodiscard]] Money multiply(const Money& m, const Rational& r, Rounding mode = Rounding::half_up);

// ---- splitting ---------------------------------------------------------------------------------

// Splits `total` in proportion to `weights` (non-negative, not all zero) by the largest-remainder
// method: every part is within one fen of its exact share and the parts sum exactly to total.
// Ties in the remainders go to the lower index, so callers order weights by a stable key.
// Throws std::invalid_argument on negative weights or a zero weight sum.
[[nodiscard]] std::vector<Money> split(const Money& total, const std::vector<Int128>& weights);
// The same lines re-proportioned to new_total, exactly (split with the lines as weights).
[[nodiscard]] std::vector<Money> scale(const std::vector<Money>& lines, const Money& new_total);

}  // namespace fundledger
