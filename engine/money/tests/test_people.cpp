// engine/money: amounts in messages (format_for_people), in both languages.
#include <catch2/catch.hpp>

#include "money/money.hpp"
#include "money_test_support.hpp"

using namespace fundledger;
using fundledger::testing::P;

TEST_CASE("format_for_people: Chinese in 万元 when exact to the 百元, else in 元") {
  auto zh = [](const std::string& s) { return format_for_people(P(s), text::Lang::zh); };
  CHECK(zh("43200000") == "4,320.00万元");
  CHECK(zh("-43200000") == "-4,320.00万元");
  CHECK(zh("10000") == "1.00万元");
  CHECK(zh("-10000") == "-1.00万元");
  CHECK(zh("10100") == "1.01万元");
  CHECK(zh("10050") == "10,050.00元");  // 1.005万: not exact in two decimals of 万
  CHECK(zh("9999.99") == "9,999.99元");
  CHECK(zh("9900") == "9,900.00元");  // below 1万
  CHECK(zh("43210.55") == "43,210.55元");
  CHECK(zh("-1309.37") == "-1,309.37元");
  CHECK(zh("0") == "0.00元");
  CHECK(zh("0.01") == "0.01元");
  CHECK(zh("73001.234567万") == "730,012,345.67元");  // never rounded to 73,001.23万元
  CHECK(zh("1亿") == "10,000.00万元");
}

TEST_CASE("format_for_people: English in yuan, grouped, two decimals") {
  auto en = [](const std::string& s) { return format_for_people(P(s), text::Lang::en); };
  CHECK(en("43200000") == "43,200,000.00 yuan");
  CHECK(en("43210.55") == "43,210.55 yuan");
  CHECK(en("-1690.63") == "-1,690.63 yuan");
  CHECK(en("0") == "0.00 yuan");
  CHECK(en("10000") == "10,000.00 yuan");
  CHECK(en("9999.99") == "9,999.99 yuan");
  CHECK(en("73001.234567万") == "730,012,345.67 yuan");
}

TEST_CASE("format_for_people follows the run's language") {
  CHECK(format_for_people(P("10000")) == "10,000.00 yuan");  // tests/catch_main.cpp: English
  text::set_language(text::Lang::zh);
  CHECK(format_for_people(P("10000")) == "1.00万元");
  text::set_language(text::Lang::en);
}
