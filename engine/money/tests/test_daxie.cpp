// engine/money: the capital form (大写) for vouchers, per the People's Bank rules
// (《正确填写票据和结算凭证的基本规定》).
#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "money/money.hpp"
#include "money_test_support.hpp"

using namespace fundledger;
using fundledger::testing::F;
using fundledger::testing::P;

namespace {
std::string D(const std::string& amount) { return format_daxie(P(amount)); }
bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }
// Every 拾, 佰, 仟 and 角, 分 follows a non-zero capital digit (so never a bare 拾).
bool places_follow_digits(const std::string& s) {
  static const std::string kDigits = "壹贰叁肆伍陆柒捌玖";
  for (const std::string place : {"拾", "佰", "仟", "角", "分"}) {
    for (auto at = s.find(place); at != std::string::npos; at = s.find(place, at + 1)) {
      if (at < 3) return false;
      const std::string before = s.substr(at - 3, 3);
      if (kDigits.find(before) == std::string::npos || kDigits.find(before) % 3 != 0) return false;
    }
  }
  return true;
}
bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}
}  // namespace

TEST_CASE("大写: the contract's examples", "[money][daxie]") {
  CHECK(D("12345.67") == "人民币壹万贰仟叁佰肆拾伍元陆角柒分");
  CHECK(D("325.04") == "人民币叁佰贰拾伍元零肆分");
  CHECK(D("100000") == "人民币壹拾万元整");
  CHECK(D("0") == "人民币零元整");
  CHECK(D("1.45亿") == "人民币壹亿肆仟伍佰万元整");
}

TEST_CASE("大写: 角 and 分 — 整 after 元 or 角, never after 分 — 零 after 元 when 角 is zero",
          "[money][daxie]") {
  CHECK(D("0.50") == "人民币伍角整");
  CHECK(D("0.05") == "人民币伍分");
  CHECK(D("0.01") == "人民币壹分");
  CHECK(D("0.55") == "人民币伍角伍分");
  CHECK(D("1") == "人民币壹元整");
  CHECK(D("1.5") == "人民币壹元伍角整");
  CHECK(D("1.05") == "人民币壹元零伍分");
  CHECK(D("10.05") == "人民币壹拾元零伍分");
  CHECK(D("12345.60") == "人民币壹万贰仟叁佰肆拾伍元陆角整");
  CHECK(D("20000.04") == "人民币贰万元零肆分");
  // 元位 zero with 角 not zero: the 零 is optional in the rules; we do not write it.
  CHECK(D("1680.32") == "人民币壹仟陆佰捌拾元叁角贰分");
  CHECK(D("107000.53") == "人民币壹拾万零柒仟元伍角叁分");
}

TEST_CASE("大写: 壹拾, never a bare 拾", "[money][daxie]") {
  CHECK_FALSE(places_follow_digits("人民币拾元整"));  // the checker itself rejects a bare 拾
  CHECK(places_follow_digits("人民币壹拾元整"));
  CHECK(D("10") == "人民币壹拾元整");
  CHECK(D("15") == "人民币壹拾伍元整");
  CHECK(D("110") == "人民币壹佰壹拾元整");
  CHECK(D("10万") == "人民币壹拾万元整");
  CHECK(D("10亿") == "人民币壹拾亿元整");
  CHECK(D("19.9") == "人民币壹拾玖元玖角整");
}

TEST_CASE("大写: one 零 for each run of zeros", "[money][daxie]") {
  CHECK(D("100010000") == "人民币壹亿零壹万元整");
  CHECK(D("1000001") == "人民币壹佰万零壹元整");
  CHECK(D("1010") == "人民币壹仟零壹拾元整");
  CHECK(D("1001") == "人民币壹仟零壹元整");
  CHECK(D("10101") == "人民币壹万零壹佰零壹元整");
  CHECK(D("100100") == "人民币壹拾万零壹佰元整");
  CHECK(D("100001000") == "人民币壹亿零壹仟元整");
  CHECK(D("1010000000") == "人民币壹拾亿零壹仟万元整");
  CHECK(D("100000001.01") == "人民币壹亿零壹元零壹分");
  CHECK(D("1000") == "人民币壹仟元整");
  CHECK(D("4000万") == "人民币肆仟万元整");
  CHECK(D("8500万") == "人民币捌仟伍佰万元整");
  CHECK(D("2.7亿") == "人民币贰亿柒仟万元整");
  CHECK(D("6.84亿元") == "人民币陆亿捌仟肆佰万元整");
  CHECK(D("12441.6万") == "人民币壹亿贰仟肆佰肆拾壹万陆仟元整");
}

TEST_CASE("大写: 万亿 above 10^12 yuan, up to the ledger's bound", "[money][daxie]") {
  CHECK(D("1000000000000") == "人民币壹万亿元整");
  CHECK(D("1000000000001") == "人民币壹万亿零壹元整");
  CHECK(D("1000100000000") == "人民币壹万零壹亿元整");
  CHECK(D("1000000010000") == "人民币壹万亿零壹万元整");
  CHECK(D("1500000000000") == "人民币壹万伍仟亿元整");
  CHECK(D("1000000000000000") == "人民币壹仟万亿元整");
  CHECK(D("999999999999999.99") ==
        "人民币玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分");
  CHECK(format_daxie(Money::from_yuan(9999999999999999)) ==
        "人民币玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元整");
  // Beyond the ledger's bound (sums held in Int128) it still writes a correct numeral.
  CHECK(format_daxie(Money::from_yuan(10'000'000'000'000'000)) == "人民币壹亿亿元整");
  CHECK(format_daxie(Money::from_yuan(10'000'000'000'000'001)) == "人民币壹亿亿零壹元整");
  CHECK_NOTHROW(format_daxie(Money::from_fen(std::numeric_limits<Int128>::max())));
}

TEST_CASE("大写: negatives start with 负", "[money][daxie]") {
  CHECK(D("-12345.67") == "负人民币壹万贰仟叁佰肆拾伍元陆角柒分");
  CHECK(D("-0.50") == "负人民币伍角整");
  CHECK(D("-0.05") == "负人民币伍分");
  CHECK(D("-10") == "负人民币壹拾元整");
  CHECK(D("-0") == "人民币零元整");  // zero has no sign
}

TEST_CASE("大写 properties on random amounts (seeded)", "[money][daxie][property]") {
  const std::uint64_t seed = 20170301;
  INFO("seed " << seed);
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<std::int64_t> any_fen(-Money::kMaxFen, Money::kMaxFen);
  for (int i = 0; i < 20000; ++i) {
    // Half the draws are zero-heavy so runs of zeros and empty 万/亿 sections are common.
    std::int64_t fen = any_fen(rng);
    if (i % 2 == 1) {
      std::int64_t v = 0;
      int len = 1 + static_cast<int>(rng() % 18);
      for (int k = 0; k < len; ++k) v = v * 10 + (rng() % 3 == 0 ? static_cast<std::int64_t>(rng() % 10) : 0);
      fen = rng() % 2 ? -v : v;
    }
    const std::string s = format_daxie(F(fen));
    INFO("fen " << fen << " -> " << s);
    if (fen < 0)
      CHECK(s.rfind("负人民币", 0) == 0);
    else
      CHECK(s.rfind("人民币", 0) == 0);
    CHECK_FALSE(contains(s, "零零"));
    CHECK(places_follow_digits(s));
    if (fen != 0) {
      CHECK_FALSE(contains(s, "零元"));
      CHECK_FALSE(contains(s, "零万"));
      CHECK_FALSE(contains(s, "零亿"));
      CHECK_FALSE(contains(s, "零角"));
    }
    const std::int64_t abs_fen = fen < 0 ? -fen : fen;
    if (abs_fen % 10 != 0)
      CHECK(ends_with(s, "分"));
    else
      CHECK(ends_with(s, "整"));
    CHECK(contains(s, "元") == (abs_fen >= 100 || abs_fen == 0));
  }
}
