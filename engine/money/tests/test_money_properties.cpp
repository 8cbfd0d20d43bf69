// engine/money: seeded, reproducible property tests. Each case prints its seed through INFO; rerun
// with the same seed to replay a failure.
#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "money/money.hpp"
#include "money_test_support.hpp"

using namespace fundledger;
using fundledger::testing::F;
using fundledger::testing::P;

namespace {

// Random amounts across the whole range, with a bias toward round figures (4000万, 1.44亿) and
// small values, where the unit and zero handling is most delicate.
std::int64_t draw_fen(std::mt19937_64& rng) {
  std::uniform_int_distribution<std::int64_t> any(-Money::kMaxFen, Money::kMaxFen);
  switch (rng() % 4) {
    case 0:
      return any(rng);
    case 1: {
      std::int64_t v = any(rng);
      std::int64_t step = 1;
      for (int k = static_cast<int>(rng() % 16); k > 0; --k) step *= 10;
      return v / step * step;
    }
    case 2:
      return static_cast<std::int64_t>(rng() % 100000) - 50000;
    default: {
      std::int64_t v = 0;
      for (int k = 1 + static_cast<int>(rng() % 17); k > 0; --k)
        v = v * 10 + (rng() % 3 ? 0 : static_cast<std::int64_t>(rng() % 10));
      return rng() % 2 ? -v : v;
    }
  }
}

// ASCII digits, comma and point to their full-width forms (the sign stays ASCII).
std::string to_fullwidth(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      out += "\xEF\xBC";
      out += static_cast<char>(0x90 + (c - '0'));
    } else if (c == ',') {
      out += "，";
    } else if (c == '.') {
      out += "．";
    } else {
      out += c;
    }
  }
  return out;
}

Money parsed(const std::string& s) {
  auto r = parse_amount(s);
  INFO("parse_amount(\"" << s << "\") -> " << r.error);
  REQUIRE(r);
  return *r.value;
}

}  // namespace

TEST_CASE("property: parse(format(m)) == m in every unit", "[money][property][parse][format]") {
  const std::uint64_t seed = 0x5EED'2017'0301ULL;
  INFO("seed " << seed);
  std::mt19937_64 rng(seed);
  CHECK(to_fullwidth("1,2.3") == "１，２．３");
  for (int i = 0; i < 20000; ++i) {
    const Money m = F(draw_fen(rng));
    INFO("fen " << m.fen());
    CHECK(parsed(format_yuan(m)) == m);
    CHECK(parsed(format_yuan(m, true)) == m);
    CHECK(parsed(format_yuan(m) + "元") == m);
    CHECK(parsed(format_in(m, Unit::yuan, -1)) == m);
    CHECK(parsed(format_in(m, Unit::wan, -1) + "万") == m);
    CHECK(parsed(format_in(m, Unit::wan, -1, true) + "万元") == m);
    CHECK(parsed(format_in(m, Unit::yi, -1) + "亿") == m);
    CHECK(parsed(format_in(m, Unit::yi, -1, true) + "亿元") == m);
    // Fixed decimals at or beyond exactness round-trip too (6 in 万, 10 in 亿).
    CHECK(parsed(format_in(m, Unit::wan, 6) + "万") == m);
    CHECK(parsed(format_in(m, Unit::yi, 10, true) + "亿") == m);
    CHECK(parsed(to_fullwidth(format_yuan(m, true))) == m);
    CHECK(parsed("¥" + format_yuan(m)) == m);
    // Fixed decimals below exactness are within half a unit of the last decimal.
    const Money back = parsed(format_in(m, Unit::wan, 2) + "万");
    const Int128 diff = back.fen() - m.fen();
    CHECK(diff <= 5000);  // half of 0.01万 = 50 yuan
    CHECK(diff >= -5000);
    if (m.fen() % 100 != 0) CHECK(parsed(format_in(m, Unit::yuan, 0)) != m);
  }
}

TEST_CASE("property: format_yuan is canonical (two decimals, a sign only when negative)",
          "[money][property][format]") {
  const std::uint64_t seed = 77;
  INFO("seed " << seed);
  std::mt19937_64 rng(seed);
  for (int i = 0; i < 20000; ++i) {
    const Money m = F(draw_fen(rng));
    const std::string s = format_yuan(m);
    INFO(s);
    REQUIRE(s.size() >= 4);
    CHECK(s[s.size() - 3] == '.');
    CHECK((s[0] == '-') == m.is_negative());
    CHECK(s.find(',') == std::string::npos);
    const std::string g = format_yuan(m, true);
    std::string stripped;
    for (char c : g)
      if (c != ',') stripped += c;
    CHECK(stripped == s);
  }
}

TEST_CASE("property: split sums exactly and each part is within a fen of its share",
          "[money][property][split]") {
  const std::uint64_t seed = 4000'8500'144ULL;
  INFO("seed " << seed);
  std::mt19937_64 rng(seed);
  for (int i = 0; i < 5000; ++i) {
    const Money total = F(draw_fen(rng));
    std::vector<Int128> weights(1 + rng() % 9);
    Int128 weight_sum = 0;
    for (auto& w : weights) {
      switch (rng() % 4) {
        case 0:
          w = 0;
          break;
        case 1:
          w = Int128(rng() % 10);
          break;
        case 2:
          w = Int128(rng() % 1'000'000'000);
          break;
        default:
          w = Int128(rng()) * Int128(rng());
          break;  // up to 2^128: exercises the 256-bit path
      }
    }
    if (std::all_of(weights.begin(), weights.end(), [](const Int128& w) { return w == 0; })) weights[0] = 1;
    // Keep the weight sum inside Int128 (split would report the overflow, tested elsewhere).
    for (auto& w : weights) w /= Int128(weights.size());
    if (std::all_of(weights.begin(), weights.end(), [](const Int128& w) { return w == 0; })) weights[0] = 1;
    for (const auto& w : weights) weight_sum += w;
    INFO("total " << total.fen() << " over " << weights.size() << " weights, sum " << weight_sum);
    const auto parts = split(total, weights);
    REQUIRE(parts.size() == weights.size());
    Money s;
    for (std::size_t k = 0; k < parts.size(); ++k) {
      s += parts[k];
      const Rational exact = Rational(total.fen()) * Rational(weights[k]) / Rational(weight_sum);
      const Rational off = Rational(parts[k].fen()) - exact;
      INFO("part " << k << " = " << parts[k].fen() << ", exact " << exact);
      CHECK(off < 1);
      CHECK(off > -1);
      // Same sign as the total, zero for a zero weight.
      if (weights[k] == 0) CHECK(parts[k].is_zero());
      if (total.is_negative()) CHECK_FALSE(parts[k].is_positive());
      if (total.is_positive()) CHECK_FALSE(parts[k].is_negative());
    }
    CHECK(s == total);
    // The same lines scaled to the total they already sum to come back unchanged.
    if (total.is_positive()) CHECK(scale(parts, total) == parts);
  }
}

TEST_CASE("property: equal weights give parts that differ by at most a fen, larger ones first",
          "[money][property][split]") {
  const std::uint64_t seed = 12441'6ULL;
  INFO("seed " << seed);
  std::mt19937_64 rng(seed);
  for (int i = 0; i < 2000; ++i) {
    const Money total = F(draw_fen(rng));
    const auto parts = split(total, std::vector<Int128>(1 + rng() % 12, Int128(7)));
    INFO("total " << total.fen() << " in " << parts.size());
    for (std::size_t k = 1; k < parts.size(); ++k) {
      CHECK((parts[k - 1] - parts[k]).abs() <= F(1));
      CHECK(parts[k - 1].abs() >= parts[k].abs());  // ties go to the lower index
    }
  }
}

TEST_CASE("property: rounding is idempotent and within its bound", "[money][property][rounding]") {
  const std::uint64_t seed = 435;
  INFO("seed " << seed);
  std::mt19937_64 rng(seed);
  const Rounding modes[] = {Rounding::half_up, Rounding::half_even, Rounding::down};
  for (int i = 0; i < 20000; ++i) {
    const std::int64_t num = static_cast<std::int64_t>(rng() % 2'000'001) - 1'000'000;
    const std::int64_t den = 1 + static_cast<std::int64_t>(rng() % (i % 2 ? 10 : 100000));
    const Rational x(num, den);
    INFO(num << "/" << den);
    for (Rounding mode : modes) {
      const Int128 once = round_to_integer(x, mode);
      CHECK(round_to_integer(Rational(once), mode) == once);
      for (Rounding other : modes)
        CHECK(round_to_integer(Rational(once), other) == once);  // integers are fixed points
      const Rational err = Rational(once) - x;
      if (mode == Rounding::down) {
        CHECK(err < 1);
        CHECK(err > -1);
        CHECK((once >= 0 ? once : Int128(-once)) <=
              (num >= 0 ? Int128(num) : Int128(-num)) / Int128(den));  // toward zero
      } else {
        CHECK(err <= Rational(1, 2));
        CHECK(err >= Rational(-1, 2));
      }
    }
    // Symmetry: half-up and half-even are odd functions (ties away from zero / to even on both sides).
    CHECK(round_to_integer(-x, Rounding::half_up) == -round_to_integer(x, Rounding::half_up));
    CHECK(round_to_integer(-x, Rounding::half_even) == -round_to_integer(x, Rounding::half_even));
    CHECK(round_to_integer(-x, Rounding::down) == -round_to_integer(x, Rounding::down));
    // multiply(m, r) rounds once: the same as rounding the exact product.
    const Money m = F(num);
    const Rational r(den, 1000);
    CHECK(multiply(m, r, Rounding::half_even).fen() ==
          round_to_integer(Rational(num) * r, Rounding::half_even));
    CHECK(multiply(multiply(m, Rational(1)), Rational(1)) == m);
  }
}

TEST_CASE("property: overflow is reported, never wrapped", "[money][property][overflow]") {
  const std::uint64_t seed = 10'000'000'000'000'000ULL;
  INFO("seed " << seed);
  std::mt19937_64 rng(seed);
  const Int128 max = std::numeric_limits<Int128>::max();
  for (int i = 0; i < 2000; ++i) {
    const Int128 big = max - Int128(rng() % 1000);
    const Int128 add = Int128(1000) + Int128(rng() % 1000);
    INFO("big " << big << " add " << add);
    CHECK_THROWS_AS(Money::from_fen(big) + Money::from_fen(add), std::overflow_error);
    CHECK_THROWS_AS(Money::from_fen(Int128(-big)) - Money::from_fen(add), std::overflow_error);
    CHECK_THROWS_AS(Money::from_fen(big / 2 + add) * 2, std::overflow_error);
    // fen64: in range exactly when |fen| <= 10^17.
    const Int128 f = Int128(static_cast<std::int64_t>(rng() % 400'000'000'000'000'000ULL)) -
                     Int128(200'000'000'000'000'000LL);
    const Money m = Money::from_fen(f);
    const bool inside = f <= Money::kMaxFen && f >= -Money::kMaxFen;
    CHECK(m.in_range() == inside);
    if (inside)
      CHECK(Int128(m.fen64()) == f);
    else
      CHECK_THROWS_AS(m.fen64(), MoneyRangeError);
  }
}

TEST_CASE("property: rates read back exactly from their decimal and percent forms",
          "[money][property][rate]") {
  const std::uint64_t seed = 2016'0229ULL;
  INFO("seed " << seed);
  std::mt19937_64 rng(seed);
  for (int i = 0; i < 20000; ++i) {
    // A random decimal with leading zeros allowed: int part 0..999, 0..6 decimals.
    const std::int64_t whole = static_cast<std::int64_t>(rng() % 1000);
    const int decimals = static_cast<int>(rng() % 7);
    std::int64_t frac = 0, den = 1;
    std::string frac_text;
    for (int k = 0; k < decimals; ++k) {
      const int d = static_cast<int>(rng() % 10);
      frac = frac * 10 + d;
      den *= 10;
      frac_text.push_back(static_cast<char>('0' + d));
    }
    const bool negative = rng() % 4 == 0;
    std::string text = std::string(rng() % 3 == 0 ? "0" : "") + std::to_string(whole);
    if (decimals > 0) text += "." + frac_text;
    if (negative) text = "-" + text;
    const Rational exact = Rational(negative ? -(whole * den + frac) : whole * den + frac, den);
    INFO("text " << text);
    auto plain = parse_rate(text);
    REQUIRE(plain);
    CHECK(*plain.value == exact);
    auto percent = parse_rate(text + "%");
    REQUIRE(percent);
    CHECK(*percent.value * 100 == exact);
    CHECK(*parse_rate(format_ratio(exact, 6)).value == exact);  // six decimals are exact here
  }
}
