#include <catch2/catch.hpp>

#include "reports/disclosure.hpp"
#include "reports/table_json.hpp"

using namespace fundledger;
using namespace fundledger::reports;

TEST_CASE("names are masked by character, keeping the first and last") {
  CHECK(mask_name("张三明") == "张*明");
  CHECK(mask_name("张三") == "张*");
  CHECK(mask_name("欧阳娜娜") == "欧**娜");
  CHECK(mask_name("李") == "*");
  CHECK(mask_name("") == "");
  CHECK(mask_name("=HYPERLINK(\"x\")") == "=*************)");
}

TEST_CASE("ID numbers keep their first three and last four characters") {
  CHECK(mask_id_number("610102199001011234") == "610***********1234");
  CHECK(mask_id_number("61010219900101123X") == "610***********123X");
  CHECK(mask_id_number("1234567") == "*******");
}

TEST_CASE("table JSON writes money as exact yuan strings and ratios with four decimals") {
  Table t;
  t.columns = {{"k", "键", "Key", ColType::text},
               {"m", "金额", "Amount", ColType::money},
               {"r", "比", "Ratio", ColType::ratio}};
  t.rows.push_back({std::string("a"), Money::from_fen(std::int64_t{123456789}), Ratio{Rational(1, 3)}});
  t.total = std::vector<Cell>{Cell{}, Money::from_fen(std::int64_t{-50}), Cell{}};
  auto j = table_json(t);
  CHECK(j["rows"][0]["m"] == "1234567.89");
  CHECK(j["rows"][0]["r"] == "0.3333");
  CHECK(j["total"]["m"] == "-0.50");
  CHECK(j["total"]["k"].is_null());
}

TEST_CASE("csv cells that start like a formula get a leading quote, and negative numbers stay numbers") {
  CHECK(csv_escape("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(csv_escape("+1+1") == "'+1+1");
  CHECK(csv_escape("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_escape("-cmd") == "'-cmd");
  CHECK(csv_escape("-1+1") == "'-1+1");
  CHECK(csv_escape("\tx") == "'\tx");
  CHECK(csv_escape("\rx") == "\"'\rx\"");
  CHECK(csv_escape("-500.00") == "-500.00");
  CHECK(csv_escape("-3") == "-3");
  CHECK(csv_escape("-") == "'-");
  CHECK(csv_escape("-.5") == "'-.5");
  CHECK(csv_escape("-5.") == "'-5.");
  CHECK(csv_escape("a,b") == "\"a,b\"");
  CHECK(csv_escape("李建华") == "李建华");
  CHECK(csv_escape("") == "");
}

TEST_CASE("render_csv neutralises headers and cells alike") {
  Table t;
  t.columns = {{"=key", "键", "Key"}, {"amount", "金额", "Amount", ColType::money}};
  t.rows.push_back({std::string("@x"), Money::from_fen(std::int64_t{-50000})});
  CHECK(render_csv(t) == "'=key,amount\n'@x,-500.00\n");
}
