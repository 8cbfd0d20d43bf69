// engine/money: parsing, formatting, 大写, rates, rounding, split/scale and the seed's figures.
// Every rule is tested on its valid and its invalid side; error messages are asserted in full.
// Property tests use std::mt19937_64 with fixed seeds (printed through INFO) so a failure replays.
#include <catch2/catch.hpp>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "money/money.hpp"
#include "money_test_support.hpp"
#include "text/text.hpp"

using namespace fundledger;
using fundledger::testing::E;
using fundledger::testing::F;
using fundledger::testing::P;

// ---- compile-time guarantees -------------------------------------------------------------------

// Money never meets a binary fraction: no construction, no conversion, no mixed arithmetic in
// either operand order. (`0.5 * m` used to compile by truncating 0.5 to the int64 factor 0.)
template <class A, class B>
concept Addable = requires(A a, B b) {
  a + b;
};
template <class A, class B>
concept Subtractable = requires(A a, B b) {
  a - b;
};
template <class A, class B>
concept Multipliable = requires(A a, B b) {
  a* b;
};

static_assert(!std::is_constructible_v<Money, double>);
static_assert(!std::is_constructible_v<Money, float>);
static_assert(!std::is_constructible_v<Money, long double>);
static_assert(!std::is_convertible_v<double, Money>);
static_assert(!Addable<Money, double> && !Addable<double, Money>);
static_assert(!Addable<Money, float> && !Addable<float, Money>);
static_assert(!Subtractable<Money, double> && !Subtractable<double, Money>);
static_assert(!Multipliable<Money, double> && !Multipliable<double, Money>);
static_assert(!Multipliable<Money, float> && !Multipliable<float, Money>);
// The valid side: money with money, money times a whole number.
static_assert(Addable<Money, Money> && Subtractable<Money, Money>);
static_assert(Multipliable<Money, std::int64_t> && Multipliable<std::int64_t, Money>);
static_assert(Multipliable<Money, int> && Multipliable<int, Money>);

TEST_CASE("Money arithmetic is exact and checked", "[money]") {
  Money a = Money::from_yuan(12345), b = Money::from_fen(67);
  CHECK((a + b).fen() == 1234567);
  CHECK((a - b).fen() == 1234433);
  CHECK((b - a).fen() == -1234433);
  CHECK((-b).fen() == -67);
  CHECK(b.negated().negated() == b);
  CHECK((a * 3).fen() == 3703500);
  CHECK((3 * a) == a * 3);
  CHECK((a * -1) == -a);
  CHECK(Money::from_fen(-5).abs() == Money::from_fen(5));
  CHECK(Money::from_fen(5).abs() == Money::from_fen(5));
  CHECK(Money().is_zero());
  CHECK_FALSE(Money().is_negative());
  CHECK_FALSE(Money().is_positive());
  CHECK(Money::from_fen(-1).is_negative());
  CHECK(Money::from_fen(1).is_positive());
  CHECK(Money::from_fen(1) < Money::from_fen(2));
  CHECK(Money::from_fen(-2) < Money::from_fen(-1));
  CHECK(Money::from_fen(2) >= Money::from_fen(2));
  CHECK(Money::from_fen(2) != Money::from_fen(3));
  Money c = a;
  c += b;
  CHECK(c == a + b);
  c -= b;
  CHECK(c == a);
  CHECK(Money::from_yuan(1) == Money::from_fen(Money::kFenPerYuan));
}

TEST_CASE("Int128 overflow throws std::overflow_error instead of wrapping", "[money][overflow]") {
  const Int128 max = std::numeric_limits<Int128>::max();
  const Money top = Money::from_fen(max), bottom = Money::from_fen(Int128(-max));
  CHECK_THROWS_AS(
      [&] {
        Int128 x = max;
        x += 1;
        return x;
      }(),
      std::overflow_error);
  CHECK_THROWS_AS(top + Money::from_fen(1), std::overflow_error);
  CHECK_THROWS_AS(bottom - Money::from_fen(1), std::overflow_error);
  CHECK_THROWS_AS(top * 2, std::overflow_error);
  CHECK_THROWS_AS(2 * bottom, std::overflow_error);
  CHECK_THROWS_AS(multiply(top, Rational(3, 2)), std::overflow_error);
  CHECK_THROWS_AS(multiply(bottom, Rational(3, 2), Rounding::down), std::overflow_error);
  // The valid side: right at the edge nothing throws and negation is symmetric.
  CHECK_NOTHROW(top + Money::from_fen(0));
  CHECK(-top == bottom);
  CHECK((top - Money::from_fen(1) + Money::from_fen(1)) == top);
  CHECK(multiply(top, Rational(1)) == top);
}

TEST_CASE("fen64 is the storage form and refuses values beyond ±10^17 fen", "[money][overflow]") {
  CHECK(Money::kMaxFen == 100'000'000'000'000'000);
  CHECK(Money::from_fen(Money::kMaxFen).fen64() == Money::kMaxFen);
  CHECK(Money::from_fen(-Money::kMaxFen).fen64() == -Money::kMaxFen);
  CHECK(Money::from_fen(0).fen64() == 0);
  CHECK(Money::from_fen(-1).fen64() == -1);
  CHECK(Money::from_fen(Money::kMaxFen).in_range());
  CHECK_FALSE(Money::from_fen(Money::kMaxFen + 1).in_range());
  CHECK_FALSE(Money::from_fen(-Money::kMaxFen - 1).in_range());
  CHECK_THROWS_MATCHES(Money::from_fen(Money::kMaxFen + 1).fen64(), MoneyRangeError,
                       Catch::Message("amount beyond ±10^15 yuan: 1000000000000000.01"));
  CHECK_THROWS_MATCHES(Money::from_fen(-Money::kMaxFen - 1).fen64(), MoneyRangeError,
                       Catch::Message("amount beyond ±10^15 yuan: -1000000000000000.01"));
  CHECK_THROWS_AS(Money::from_fen(std::numeric_limits<Int128>::max()).fen64(), MoneyRangeError);
  // MoneyRangeError is a std::range_error, so generic handlers catch it too.
  CHECK_THROWS_AS(Money::from_fen(Money::kMaxFen * 2).fen64(), std::range_error);
}

// ---- parsing: the valid side -------------------------------------------------------------------

TEST_CASE("plain and grouped amounts parse exactly", "[money][parse]") {
  CHECK(P("12345").fen() == 1234500);
  CHECK(P("12345.6").fen() == 1234560);
  CHECK(P("12345.67").fen() == 1234567);
  CHECK(P("12,345.67").fen() == 1234567);
  CHECK(P("1,234,567.89").fen() == 123456789);
  CHECK(P("123,456").fen() == 12345600);
  CHECK(P("999").fen() == 99900);
  CHECK(P("0").fen() == 0);
  CHECK(P("0.00").fen() == 0);
  CHECK(P("-0").fen() == 0);
  CHECK(P("0.01").fen() == 1);
  CHECK(P("0.1").fen() == 10);
  CHECK(P("1.10").fen() == 110);
  CHECK(P("1.2300000").fen() == 123);  // trailing zeros are not finer than a fen
  CHECK(P("007").fen() == 700);
  CHECK(P("  12.5  ").fen() == 1250);  // white space around is trimmed
  CHECK(P("\t12\n").fen() == 1200);
}

TEST_CASE("signs and currency signs", "[money][parse]") {
  CHECK(P("-500").fen() == -50000);
  CHECK(P("-0.50").fen() == -50);
  CHECK(P("+1").fen() == 100);
  CHECK(P("+12,345.67").fen() == 1234567);
  CHECK(P("¥100").fen() == 10000);
  CHECK(P("￥100").fen() == 10000);
  CHECK(P("¥1,000.5").fen() == 100050);
  CHECK(P("-¥5").fen() == -500);
  CHECK(P("¥-5").fen() == -500);
  CHECK(P("+¥5").fen() == 500);
  CHECK(P("￥4000万").fen() == 4'000'000'000);
  CHECK(P("-1.44亿").fen() == -14'400'000'000);
}

TEST_CASE("units 元 万 万元 亿 亿元", "[money][parse][units]") {
  CHECK(P("100元").fen() == 10000);
  CHECK(P("12,345.67元").fen() == 1234567);
  CHECK(P("4000万").fen() == 4'000'000'000);
  CHECK(P("4000万元").fen() == 4'000'000'000);
  CHECK(P("1.44亿").fen() == 14'400'000'000);
  CHECK(P("6.84亿元").fen() == 68'400'000'000);
  CHECK(P("8,500万元").fen() == 8'500'000'000);
  CHECK(P("0.5万").fen() == 500'000);
  CHECK(P("1.234567万").fen() == 1234567);  // exactly to the fen
  CHECK(P("0.0000000001亿").fen() == 1);    // one fen
  CHECK(P("0.00000001亿").fen() == 100);    // one yuan
  CHECK(P("12441.6万").fen() == 12'441'600'000);
  CHECK(P("-2.7亿元").fen() == -27'000'000'000);
  CHECK(P("1,000亿").fen() == 10'000'000'000'000);
  CHECK(P("4000万") == P("0.4亿"));
  CHECK(P("1万") == P("10,000"));
  CHECK(P("1亿") == P("10000万"));
}

TEST_CASE("full-width digits, comma, point, signs and ％-free units", "[money][parse][fullwidth]") {
  CHECK(P("１２，３４５．６７").fen() == 1234567);
  CHECK(P("１２３４５").fen() == 1234500);
  CHECK(P("－５").fen() == -500);
  CHECK(P("＋５").fen() == 500);
  CHECK(P("￥８，５００万元").fen() == 8'500'000'000);
  CHECK(P("１．４４亿").fen() == 14'400'000'000);
  CHECK(P("12，345.67").fen() == 1234567);  // mixed widths
  CHECK(P("\xE3\x80\x80"
          "5"
          "\xE3\x80\x80")
            .fen() == 500);  // ideographic spaces around
}

TEST_CASE("bounds: ±10^15 yuan exactly is accepted", "[money][parse][bounds]") {
  CHECK(P("1000000000000000").fen() == Money::kMaxFen);
  CHECK(P("-1000000000000000").fen() == -Money::kMaxFen);
  CHECK(P("1,000,000,000,000,000.00").fen() == Money::kMaxFen);
  CHECK(P("10000000亿").fen() == Money::kMaxFen);
  CHECK(P("100000000000万元").fen() == Money::kMaxFen);
  CHECK(P("999999999999999.99").fen() == Money::kMaxFen - 1);
  CHECK(P("0001000000000000000").fen() == Money::kMaxFen);  // leading zeros do not count
}

// ---- parsing: the invalid side -----------------------------------------------------------------

TEST_CASE("parse errors quote the input and say why", "[money][parse][errors]") {
  struct Case {
    const char* input;
    const char* why;
  };
  const Case cases[] = {
      {"", "empty"},
      {"   ", "empty"},
      {"1,2345", "thousands separators must group by three"},
      {"12,34", "thousands separators must group by three"},
      {"1234,567", "thousands separators must group by three"},
      {"1,,234", "thousands separators must group by three"},
      {"1,234,", "thousands separators must group by three"},
      {"1,234,56.7", "thousands separators must group by three"},
      {"1,2345万", "thousands separators must group by three"},
      {"0,001", "a grouped number cannot start with 0"},
      {",123", "separator before the first digit"},
      {"1.2345678万", "finer than a fen (0.01 yuan); amounts are never rounded"},
      {"0.001", "finer than a fen (0.01 yuan); amounts are never rounded"},
      {"0.001元", "finer than a fen (0.01 yuan); amounts are never rounded"},
      {"12.345", "finer than a fen (0.01 yuan); amounts are never rounded"},
      {"0.00000000001亿", "finer than a fen (0.01 yuan); amounts are never rounded"},
      {"-0.005", "finer than a fen (0.01 yuan); amounts are never rounded"},
      {"5万亿", "two units"},
      {"5元元", "two units"},
      {"5亿万", "two units"},
      {"5元万", "two units"},
      {"5万元元", "two units"},
      {"5亿元万", "two units"},
      {"12a", "unexpected character"},
      {"a12", "unexpected character"},
      {"1e5", "unexpected character"},
      {"12元a", "unexpected character"},
      {"$5", "unexpected character"},
      {"5块", "unexpected character"},
      {"\xFF"
       "5",
       "unexpected character"},  // not UTF-8
      {"1 2", "space inside the amount"},
      {"¥ 100", "space inside the amount"},
      {"5 万", "space inside the amount"},
      {"1.2.3", "more than one decimal point or a separator after it"},
      {"1.5,000", "more than one decimal point or a separator after it"},
      {"12.", "no digits after the decimal point"},
      {"12.万", "no digits after the decimal point"},
      {".5", "no digit before the decimal point"},
      {"-", "no digits"},
      {"+", "no digits"},
      {"¥", "no digits"},
      {"万", "no digits"},
      {"元", "no digits"},
      {"+-5", "two signs"},
      {"--5", "two signs"},
      {"-¥-5", "two signs"},
      {"¥¥5", "two currency signs"},
      {"¥￥5", "two currency signs"},
      {"5-", "sign or currency sign in the wrong place"},
      {"5¥", "sign or currency sign in the wrong place"},
      {"5万-", "sign or currency sign in the wrong place"},
      {"5万3", "unexpected character after the number"},
      {"5元.5", "unexpected character after the number"},
      {"1000000000000000.01", "beyond ±10^15 yuan"},
      {"-1000000000000000.01", "beyond ±10^15 yuan"},
      {"10000000000000000", "beyond ±10^15 yuan"},
      {"10000000.00000001亿", "beyond ±10^15 yuan"},
      {"100000000000.0001万", "beyond ±10^15 yuan"},
      {"1000000000000000000000000000000000000000000", "beyond ±10^15 yuan"},  // no Int128 overflow
      {"1,000,000,000,000,000.01", "beyond ±10^15 yuan"},
  };
  for (const auto& c : cases) {
    INFO("input: " << c.input);
    CHECK(E(c.input) == std::string("invalid amount \"") + c.input + "\": " + c.why);
  }
}

TEST_CASE("parse errors read in Chinese when the run is in Chinese", "[money][parse][errors][zh]") {
  text::set_language(text::Lang::zh);
  CHECK(E("1.2345678万") == "金额“1.2345678万”无效：精确到分以下（0.01 元）；金额从不四舍五入");
  CHECK(E("") == "金额“”无效：为空");
  CHECK(E("1,23") == "金额“1,23”无效：千位分隔符须每三位一组");
  CHECK(parse_rate("4.35%%").error == "比率“4.35%%”无效：有两个百分号");
  CHECK(parse_rate("abc").error == "比率“abc”无效：应为数字，如 20% 或 0.0435");
  text::set_language(text::Lang::en);
  CHECK(E("") == "invalid amount \"\": empty");
}

TEST_CASE("a failed parse carries no value and a successful one no error", "[money][parse]") {
  auto bad = parse_amount("1,2345");
  CHECK_FALSE(bad);
  CHECK_FALSE(bad.value.has_value());
  CHECK_FALSE(bad.error.empty());
  auto good = parse_amount("1,234.5");
  REQUIRE(good);
  CHECK(good.error.empty());
  CHECK(good.value->fen() == 123450);
}

// ---- formatting ----------------------------------------------------------------------------------

TEST_CASE("format_yuan: two decimals, optional grouping", "[money][format]") {
  CHECK(format_yuan(Money()) == "0.00");
  CHECK(format_yuan(Money::from_fen(1)) == "0.01");
  CHECK(format_yuan(Money::from_fen(10)) == "0.10");
  CHECK(format_yuan(Money::from_fen(-50)) == "-0.50");
  CHECK(format_yuan(Money::from_fen(-1)) == "-0.01");
  CHECK(format_yuan(Money::from_fen(1234567)) == "12345.67");
  CHECK(format_yuan(Money::from_yuan(40'000'000)) == "40000000.00");
  CHECK(format_yuan(Money::from_fen(1234567), true) == "12,345.67");
  CHECK(format_yuan(Money::from_fen(-1234567), true) == "-12,345.67");
  CHECK(format_yuan(Money::from_fen(99999), true) == "999.99");
  CHECK(format_yuan(Money::from_fen(100000), true) == "1,000.00");
  CHECK(format_yuan(Money::from_fen(-100000), true) == "-1,000.00");
  CHECK(format_yuan(Money::from_fen(123456789012), true) == "1,234,567,890.12");
  CHECK(format_yuan(Money::from_fen(Money::kMaxFen), true) == "1,000,000,000,000,000.00");
  CHECK(format_yuan(Money::from_fen(-Money::kMaxFen)) == "-1000000000000000.00");
  CHECK(format_yuan(Money::from_fen(5), true) == "0.05");
}

TEST_CASE("format_in with fixed decimals rounds half-up, away from zero", "[money][format][units]") {
  const Money m = P("12345.67");
  CHECK(format_in(m, Unit::wan, 2) == "1.23");
  CHECK(format_in(m, Unit::wan, 4) == "1.2346");
  CHECK(format_in(m, Unit::wan, 5) == "1.23457");
  CHECK(format_in(m, Unit::wan, 6) == "1.234567");
  CHECK(format_in(m, Unit::wan, 8) == "1.23456700");
  CHECK(format_in(m, Unit::wan, 0) == "1");
  CHECK(format_in(m, Unit::yi, 2) == "0.00");
  CHECK(format_in(m, Unit::yi, 8) == "0.00012346");
  CHECK(format_in(m, Unit::yuan, 2) == "12345.67");
  CHECK(format_in(m, Unit::yuan, 1) == "12345.7");
  CHECK(format_in(m, Unit::yuan, 0) == "12346");
  CHECK(format_in(P("4000万"), Unit::wan, 2) == "4000.00");
  CHECK(format_in(P("8500万"), Unit::wan, 2, true) == "8,500.00");
  CHECK(format_in(P("1.45亿"), Unit::yi, 2) == "1.45");
  CHECK(format_in(P("6.84亿"), Unit::yi, 2) == "6.84");
  CHECK(format_in(P("1.45亿"), Unit::wan, 0, true) == "14,500");
  // Exact ties: half-up goes away from zero on both sides, never to even.
  CHECK(format_in(P("1.5万"), Unit::wan, 0) == "2");
  CHECK(format_in(P("2.5万"), Unit::wan, 0) == "3");
  CHECK(format_in(P("-1.5万"), Unit::wan, 0) == "-2");
  CHECK(format_in(P("-2.5万"), Unit::wan, 0) == "-3");
  CHECK(format_in(P("0.5万"), Unit::wan, 0) == "1");
  CHECK(format_in(P("-0.5万"), Unit::wan, 0) == "-1");
  CHECK(format_in(P("1.125万"), Unit::wan, 2) == "1.13");
  CHECK(format_in(P("-1.125万"), Unit::wan, 2) == "-1.13");
  CHECK(format_in(P("0.005亿"), Unit::yi, 2) == "0.01");
  CHECK(format_in(P("12.35"), Unit::yuan, 1) == "12.4");
  CHECK(format_in(P("-12.35"), Unit::yuan, 1) == "-12.4");
  CHECK(format_in(P("12.34"), Unit::yuan, 1) == "12.3");
}

TEST_CASE("format_in fixed: just below a tie rounds down, tiny negatives print as zero",
          "[money][format][units]") {
  CHECK(format_in(P("1.2449万"), Unit::wan, 2) == "1.24");
  CHECK(format_in(P("-1.2449万"), Unit::wan, 2) == "-1.24");
  CHECK(format_in(P("1.245万"), Unit::wan, 2) == "1.25");
  CHECK(format_in(Money::from_fen(-1), Unit::wan, 2) == "0.00");  // no "-0.00"
  CHECK(format_in(Money::from_fen(-1), Unit::yi, 4) == "0.0000");
  CHECK(format_in(Money(), Unit::yi, 2) == "0.00");
}

TEST_CASE("format_in exact: as many decimals as needed, no trailing zeros", "[money][format][units]") {
  CHECK(format_in(P("12345.67"), Unit::wan, -1) == "1.234567");
  CHECK(format_in(P("4000万"), Unit::wan, -1) == "4000");
  CHECK(format_in(P("4000万"), Unit::yi, -1) == "0.4");
  CHECK(format_in(P("1.44亿"), Unit::yi, -1) == "1.44");
  CHECK(format_in(P("6.84亿元"), Unit::yi, -1) == "6.84");
  CHECK(format_in(P("12441.6万"), Unit::wan, -1) == "12441.6");
  CHECK(format_in(P("8500万"), Unit::wan, -1, true) == "8,500");
  CHECK(format_in(Money(), Unit::wan, -1) == "0");
  CHECK(format_in(Money(), Unit::yuan, -1) == "0");
  CHECK(format_in(Money::from_fen(1), Unit::yi, -1) == "0.0000000001");
  CHECK(format_in(Money::from_fen(-50), Unit::wan, -1) == "-0.00005");
  CHECK(format_in(P("12345.60"), Unit::yuan, -1) == "12345.6");
  CHECK(format_in(P("12345"), Unit::yuan, -1) == "12345");
  CHECK(format_in(P("-12,345,678.9"), Unit::yuan, -1, true) == "-12,345,678.9");
}
