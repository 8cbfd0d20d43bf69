// engine/money: rates, rounding, multiplication, split/scale and the seed speeches' figures.
#include <catch2/catch.hpp>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

#include "money/money.hpp"
#include "money_test_support.hpp"

using namespace fundledger;
using fundledger::testing::F;
using fundledger::testing::P;

namespace {

Rational R(const std::string& s) {
  auto r = parse_rate(s);
  INFO("parse_rate(\"" << s << "\") -> " << r.error);
  REQUIRE(r);
  REQUIRE(r.error.empty());
  return *r.value;
}

std::string RE(const std::string& s) {
  auto r = parse_rate(s);
  INFO("parse_rate(\"" << s << "\") unexpectedly gave " << (r ? r.value->str() : std::string()));
  REQUIRE_FALSE(r);
  return r.error;
}

Money sum(const std::vector<Money>& v) { return std::accumulate(v.begin(), v.end(), Money()); }

std::vector<Money> fens(std::initializer_list<long long> v) {
  std::vector<Money> out;
  for (long long f : v) out.push_back(F(f));
  return out;
}

}  // namespace

// ---- rates -----------------------------------------------------------------------------------------

TEST_CASE("rates parse as exact rationals", "[money][rate]") {
  CHECK(R("20%") == Rational(1, 5));
  CHECK(R("4.35%") == Rational(87, 2000));
  CHECK(R("0.2") == Rational(1, 5));
  CHECK(R("0.0435") == Rational(87, 2000));
  CHECK(R("0.0435") == R("4.35%"));
  // Leading zeros are decimal, never octal (a cpp_int string constructor would read "0435" as 285).
  CHECK(R("0.08") == Rational(2, 25));
  CHECK(R("0.09") == Rational(9, 100));
  CHECK(R("08%") == Rational(2, 25));
  CHECK(R("010%") == Rational(1, 10));
  CHECK(R("0.010") == Rational(1, 100));
  CHECK(R("00.5") == Rational(1, 2));
  CHECK(R("0.0") == Rational(0));
  CHECK(R("100%") == Rational(1));
  CHECK(R("150%") == Rational(3, 2));
  CHECK(R("0") == Rational(0));
  CHECK(R("3") == Rational(3));
  CHECK(R("-1.5%") == Rational(-3, 200));
  CHECK(R("+3%") == Rational(3, 100));
  CHECK(R("２０％") == Rational(1, 5));
  CHECK(R("４．３５%") == Rational(87, 2000));
  CHECK(R(" 20% ") == Rational(1, 5));
  CHECK(R("20 %") == Rational(1, 5));
  using boost::multiprecision::cpp_int;
  CHECK(R("0.333333333333333333333333333") ==
        Rational(cpp_int("333333333333333333333333333"), cpp_int("1000000000000000000000000000")));
}

TEST_CASE("bad rates are refused with a message that quotes them", "[money][rate][errors]") {
  const std::string generic = "expected a number like 20% or 0.0435";
  const std::pair<const char*, std::string> cases[] = {
      {"", generic},
      {"   ", generic},
      {"%", generic},
      {"abc", generic},
      {"%20", generic},
      {"20%5", generic},
      {"1,000%", generic},
      {"5万", generic},
      {"¥5", generic},
      {".5", generic},
      {"5.", generic},
      {"1.2.3", generic},
      {"--5", generic},
      {"5-", generic},
      {"1234567890123456789012345678901", generic},  // more than 30 digits
      {"20%%", "two percent signs"},
      {"2 0%", "space inside the number"},
      {"4. 35%", "space inside the number"},
      {"0 .2", "space inside the number"},
  };
  for (const auto& [input, why] : cases) {
    INFO("input: " << input);
    CHECK(RE(input) == std::string("invalid rate \"") + input + "\": " + why);
  }
}

TEST_CASE("format_ratio: fixed decimals, half-up", "[money][rate][format]") {
  CHECK(format_ratio(Rational(4523, 10000)) == "0.4523");
  CHECK(format_ratio(Rational(1, 5)) == "0.2000");
  CHECK(format_ratio(Rational(1, 3)) == "0.3333");
  CHECK(format_ratio(Rational(2, 3)) == "0.6667");
  CHECK(format_ratio(Rational(-2, 3)) == "-0.6667");
  CHECK(format_ratio(Rational(1, 8), 2) == "0.13");
  CHECK(format_ratio(Rational(-1, 8), 2) == "-0.13");
  CHECK(format_ratio(Rational(1, 2), 0) == "1");
  CHECK(format_ratio(Rational(3), 1) == "3.0");
  CHECK(format_ratio(Rational(-1, 100000)) == "0.0000");
  CHECK(format_ratio(R("4.35%")) == "0.0435");
  CHECK_THROWS_AS(format_ratio(Rational(1, 2), -1), std::invalid_argument);
}

// ---- rounding --------------------------------------------------------------------------------------

TEST_CASE("round_to_integer in every mode, ties and negatives included", "[money][rounding]") {
  struct Case {
    long long num, den, half_up, half_even, down;
  };
  const Case cases[] = {
      {7, 2, 4, 4, 3},      {-7, 2, -4, -4, -3},  {5, 2, 3, 2, 2},
      {-5, 2, -3, -2, -2},  {1, 2, 1, 0, 0},      {-1, 2, -1, 0, 0},
      {3, 2, 2, 2, 1},      {-3, 2, -2, -2, -1},  {1, 3, 0, 0, 0},
      {2, 3, 1, 1, 0},      {-2, 3, -1, -1, 0},   {-1, 3, 0, 0, 0},
      {0, 1, 0, 0, 0},      {42, 1, 42, 42, 42},  {-42, 1, -42, -42, -42},
      {499, 1000, 0, 0, 0}, {501, 1000, 1, 1, 0}, {2500001, 1000000, 3, 3, 2},
  };
  for (const auto& c : cases) {
    INFO(c.num << "/" << c.den);
    const Rational r(c.num, c.den);
    CHECK(round_to_integer(r, Rounding::half_up) == c.half_up);
    CHECK(round_to_integer(r, Rounding::half_even) == c.half_even);
    CHECK(round_to_integer(r, Rounding::down) == c.down);
    CHECK(round_to_integer(r) == c.half_up);  // half-up is the default
  }
}

TEST_CASE("round_to_integer reports overflow as std::overflow_error", "[money][rounding][overflow]") {
  using boost::multiprecision::cpp_int;
  const cpp_int max = cpp_int(std::numeric_limits<Int128>::max());
  CHECK(round_to_integer(Rational(max)) == std::numeric_limits<Int128>::max());
  CHECK(round_to_integer(Rational(-max)) == -std::numeric_limits<Int128>::max());
  CHECK(round_to_integer(Rational(max * 2 + 1, 2), Rounding::down) == std::numeric_limits<Int128>::max());
  CHECK_THROWS_AS(round_to_integer(Rational(max * 2 + 1, 2), Rounding::half_up), std::overflow_error);
  CHECK_THROWS_AS(round_to_integer(Rational(max + 1)), std::overflow_error);
  CHECK_THROWS_AS(round_to_integer(Rational(-max - 1)), std::overflow_error);
  CHECK_THROWS_AS(round_to_integer(Rational(cpp_int(1) << 200), Rounding::down), std::overflow_error);
}

// ---- multiplication --------------------------------------------------------------------------------

TEST_CASE("multiply rounds once to the fen with the chosen mode", "[money][multiply]") {
  CHECK(multiply(P("100"), R("20%")) == P("20"));
  CHECK(multiply(P("10000"), R("4.35%")) == P("435"));
  CHECK(multiply(P("5000万"), R("120%")) == P("6000万"));
  // 6000万 growing 20% a year for four years: 12441.6万 exactly.
  CHECK(multiply(P("6000万"), Rational(20736, 10000)) == P("12441.6万"));
  Money m = P("6000万");
  for (int year = 0; year < 4; ++year) m = multiply(m, 1 + R("20%"));
  CHECK(m == P("12441.6万"));
  // Exact half-fen ties.
  struct Case {
    long long fen, half_up, half_even, down;
  };
  const Case ties[] = {{1, 1, 0, 0},     {3, 2, 2, 1},     {5, 3, 2, 2}, {-1, -1, 0, 0},
                       {-3, -2, -2, -1}, {-5, -3, -2, -2}, {0, 0, 0, 0}, {101, 51, 50, 50}};
  for (const auto& c : ties) {
    INFO(c.fen << " fen x 1/2");
    CHECK(multiply(F(c.fen), Rational(1, 2)) == F(c.half_up));
    CHECK(multiply(F(c.fen), Rational(1, 2), Rounding::half_up) == F(c.half_up));
    CHECK(multiply(F(c.fen), Rational(1, 2), Rounding::half_even) == F(c.half_even));
    CHECK(multiply(F(c.fen), Rational(1, 2), Rounding::down) == F(c.down));
  }
  // Not ties: 0.4 and 0.6 of a fen.
  CHECK(multiply(F(1), Rational(2, 5), Rounding::half_up) == F(0));
  CHECK(multiply(F(1), Rational(3, 5), Rounding::half_up) == F(1));
  CHECK(multiply(F(1), Rational(3, 5), Rounding::half_even) == F(1));
  CHECK(multiply(F(1), Rational(3, 5), Rounding::down) == F(0));
  CHECK(multiply(F(-1), Rational(3, 5), Rounding::half_up) == F(-1));
  CHECK(multiply(F(-1), Rational(3, 5), Rounding::down) == F(0));
  // 4.35% of 1234.56 = 53.70336 → 53.70; of 1234.50 = 53.70075 → 53.70; of 1235.63 = 53.749905 → 53.75.
  CHECK(multiply(P("1234.56"), R("4.35%")) == P("53.70"));
  CHECK(multiply(P("1235.63"), R("4.35%")) == P("53.75"));
  CHECK(multiply(P("1235.63"), R("4.35%"), Rounding::down) == P("53.74"));
  // Rounding once: a third of 1 yuan three ways is 0.33 each (the lost fen is the caller's to place).
  CHECK(multiply(P("1"), Rational(1, 3)) == P("0.33"));
  CHECK(multiply(P("-1"), Rational(2, 3)) == P("-0.67"));
  CHECK(multiply(P("123.45"), Rational(0)) == Money());
  CHECK(multiply(P("123.45"), Rational(-1)) == P("-123.45"));
}

// ---- rounding to the fen: values on which the modes disagree ----------------------------------
//
// money.hpp documents the default as half-up, "ties away from zero". A product that is not an
// exact half fen cannot tell half-up from half-even; these can. On an exact half fen whose last
// kept digit is even (0.125 → 0.12|5) half-up gives 0.13 while half-even and truncation both give
// 0.12; on one whose last kept digit is odd (0.135) half-up and half-even give 0.14 while
// truncation gives 0.13. The mode-pinned CHECKs show that the values really separate the three
// modes; the default-mode CHECKs are what the ledger's figures use, and they fail if half-up
// becomes half-even or truncation.

TEST_CASE("multiply to the fen: half a fen rounds up after an even and after an odd last fen digit",
          "[money][multiply][rounding]") {
  struct Case {
    const char* amount;
    const char* rate;
    const char* exact;  // for the reader: the exact product
    const char* half_up;
    const char* half_even;
    const char* down;
  };
  const Case cases[] = {
      // even last kept digit: half-up differs from half-even and from truncation
      {"2.50", "5%", "0.125", "0.13", "0.12", "0.12"},
      {"24690", "0.05%", "12.345", "12.35", "12.34", "12.34"},
      {"1.25", "50%", "0.625", "0.63", "0.62", "0.62"},
      // odd last kept digit: half-up equals half-even here, truncation differs
      {"2.70", "5%", "0.135", "0.14", "0.14", "0.13"},
      {"24710", "0.05%", "12.355", "12.36", "12.36", "12.35"},
      {"1.75", "50%", "0.875", "0.88", "0.88", "0.87"},
  };
  for (const auto& c : cases) {
    INFO(c.amount << " x " << c.rate << " = " << c.exact);
    const Money m = P(c.amount);
    const Rational r = R(c.rate);
    CHECK(multiply(m, r) == P(c.half_up));  // the default is half-up
    CHECK(multiply(m, r, Rounding::half_up) == P(c.half_up));
    CHECK(multiply(m, r, Rounding::half_even) == P(c.half_even));
    CHECK(multiply(m, r, Rounding::down) == P(c.down));
  }
  // The same ties straight through round_to_integer (fen as the unit): 12.5 → 13, 13.5 → 14.
  CHECK(round_to_integer(Rational(25, 2)) == 13);
  CHECK(round_to_integer(Rational(27, 2)) == 14);
  // Just either side of a tie, so that "always up" is not mistaken for half-up.
  CHECK(multiply(F(1249), Rational(1, 100)) == P("0.12"));  // 12.49 fen
  CHECK(multiply(F(1251), Rational(1, 100)) == P("0.13"));  // 12.51 fen
}

TEST_CASE("multiply to the fen: a negative half fen rounds away from zero", "[money][multiply][rounding]") {
  // Ties away from zero on both sides (money.hpp): −0.125 → −0.13, −0.135 → −0.14. Half-even
  // would give −0.12 and −0.14, truncation (toward zero) −0.12 and −0.13, and rounding half
  // toward +∞ (floor(x + ½)) −0.12 and −0.13.
  CHECK(multiply(P("-2.50"), R("5%")) == P("-0.13"));
  CHECK(multiply(P("-2.70"), R("5%")) == P("-0.14"));
  CHECK(multiply(P("2.50"), R("-5%")) == P("-0.13"));  // the sign may come from the rate
  CHECK(multiply(P("-24690"), R("0.05%")) == P("-12.35"));
  CHECK(multiply(P("-24710"), R("0.05%")) == P("-12.36"));
  CHECK(round_to_integer(Rational(-25, 2)) == -13);
  CHECK(round_to_integer(Rational(-27, 2)) == -14);
  // The modes on the same values, to show that they separate them.
  CHECK(multiply(P("-2.50"), R("5%"), Rounding::half_even) == P("-0.12"));
  CHECK(multiply(P("-2.70"), R("5%"), Rounding::half_even) == P("-0.14"));
  CHECK(multiply(P("-2.50"), R("5%"), Rounding::down) == P("-0.12"));
  CHECK(multiply(P("-2.70"), R("5%"), Rounding::down) == P("-0.13"));
  // Not ties: −12.49 fen → −12, −12.51 fen → −13.
  CHECK(multiply(F(-1249), Rational(1, 100)) == P("-0.12"));
  CHECK(multiply(F(-1251), Rational(1, 100)) == P("-0.13"));
}

// ---- split and scale ---------------------------------------------------------------------------

TEST_CASE("split: largest remainder, ties to the lower index, exact sum", "[money][split]") {
  CHECK(split(F(100), {1, 1, 1}) == fens({34, 33, 33}));
  CHECK(split(F(2), {1, 1, 1}) == fens({1, 1, 0}));
  CHECK(split(F(-100), {1, 1, 1}) == fens({-34, -33, -33}));
  CHECK(split(F(-2), {1, 1, 1}) == fens({-1, -1, 0}));
  CHECK(split(F(1), {1, 2}) == fens({0, 1}));  // remainders 1/3 < 2/3
  CHECK(split(F(1), {2, 1}) == fens({1, 0}));
  CHECK(split(F(10), {0, 1, 0}) == fens({0, 10, 0}));
  CHECK(split(F(7), {0, 1, 0, 1}) == fens({0, 4, 0, 3}));  // zero weights never get a fen
  CHECK(split(F(0), {1, 2}) == fens({0, 0}));
  CHECK(split(F(5), {7}) == fens({5}));
  CHECK(split(F(100), {1, 3}) == fens({25, 75}));
  CHECK(split(P("1"), {3, 3, 3, 1}) == fens({30, 30, 30, 10}));
  CHECK(split(F(10), {3, 3, 3, 1}) == fens({3, 3, 3, 1}));
  CHECK(split(F(11), {3, 3, 3, 1}) == fens({4, 3, 3, 1}));  // exact 3.3,3.3,3.3,1.1: tie to index 0
  // Largest remainder, not lowest index: exact shares 0.2, 0.2, 0.6 of one fen.
  CHECK(split(F(1), {1, 1, 3}) == fens({0, 0, 1}));
  // Huge weights stay exact (256-bit intermediate).
  const Int128 big = Int128(1) << 100;
  CHECK(split(P("1000000000000000"), {big, big}) ==
        std::vector<Money>{P("500000000000000"), P("500000000000000")});
}

TEST_CASE("split refuses negative weights and a zero sum", "[money][split][errors]") {
  CHECK_THROWS_MATCHES(split(F(100), {1, -1, 2}), std::invalid_argument,
                       Catch::Message("split: negative weight"));
  CHECK_THROWS_MATCHES(split(F(100), {0, 0}), std::invalid_argument,
                       Catch::Message("split: weights sum to zero"));
  CHECK_THROWS_MATCHES(split(F(0), {0}), std::invalid_argument, Catch::Message("split: weights sum to zero"));
  CHECK_THROWS_MATCHES(split(F(100), {}), std::invalid_argument, Catch::Message("split: no weights"));
  CHECK_THROWS_AS(scale(fens({100, -50}), F(10)), std::invalid_argument);
  CHECK_THROWS_AS(scale(fens({0, 0}), F(10)), std::invalid_argument);
  CHECK_THROWS_AS(scale({}, F(10)), std::invalid_argument);
}

TEST_CASE("scale: the 商州 5000万 lines re-proportioned exactly", "[money][scale][seed]") {
  const std::vector<Money> lines = {P("1000万"), P("1000万"), P("500万"), P("300万"),
                                    P("1000万"), P("500万"),  P("200万"), P("500万")};
  REQUIRE(sum(lines) == P("5000万"));
  const auto to_6000 = scale(lines, P("6000万"));
  CHECK(to_6000 == std::vector<Money>{P("1200万"), P("1200万"), P("600万"), P("360万"), P("1200万"),
                                      P("600万"), P("240万"), P("600万")});
  CHECK(sum(to_6000) == P("6000万"));
  const auto to_12441 = scale(lines, P("12441.6万"));
  CHECK(to_12441 == std::vector<Money>{P("2488.32万"), P("2488.32万"), P("1244.16万"), P("746.496万"),
                                       P("2488.32万"), P("1244.16万"), P("497.664万"), P("1244.16万")});
  CHECK(sum(to_12441) == P("12441.6万"));
  // Down to an amount that does not divide evenly: the sum is still exact.
  const auto odd = scale(lines, P("0.07"));
  CHECK(sum(odd) == P("0.07"));
  CHECK(odd == fens({1, 1, 1, 1, 1, 1, 0, 1}));  // shares 1.4 1.4 .7 .42 1.4 .7 .28 .7
  CHECK(scale(lines, P("5000万")) == lines);     // identity
  CHECK(scale(fens({1, 1, 1}), P("1")) == fens({34, 33, 33}));
  CHECK(scale(lines, Money()) == std::vector<Money>(8));
}

// ---- the seed's figures ------------------------------------------------------------------------

TEST_CASE("the five 平利 channels sum to 6.84亿 exactly", "[money][seed]") {
  const std::vector<Money> channels = {P("4000万"), P("8500万"), P("1.44亿"), P("2.7亿"), P("1.45亿")};
  const Money total = sum(channels);
  CHECK(total == P("6.84亿元"));
  CHECK(total.fen() == 68'400'000'000);
  CHECK(format_yuan(total) == "684000000.00");
  CHECK(format_yuan(total, true) == "684,000,000.00");
  CHECK(format_in(total, Unit::yi, -1) == "6.84");
  CHECK(format_daxie(total) == "人民币陆亿捌仟肆佰万元整");
  CHECK(total - P("1.45亿") - P("2.7亿") - P("1.44亿") - P("8500万") == P("4000万"));
  CHECK(total != P("6.8400000001亿"));
}

TEST_CASE("the eight 商州 lines sum to 5000万 exactly", "[money][seed]") {
  Money total = P("1000万") + P("1000万") + P("500万") + P("300万") + P("1000万") + P("500万") + P("200万") +
                P("500万");
  CHECK(total == P("5000万"));
  CHECK(total.fen() == 5'000'000'000);
  CHECK(format_in(total, Unit::wan, -1) == "5000");
  CHECK(format_daxie(total) == "人民币伍仟万元整");
}
