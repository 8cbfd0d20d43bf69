// A chain head kept elsewhere: its form N:HEX, and how a verify result is judged against it.
#include <catch2/catch.hpp>

#include "ledger/kept_head.hpp"

using namespace fundledger;

TEST_CASE("a kept head is N:HEX with 8 to 64 hex digits, either case") {
  auto k = ledger::parse_kept_head("63:AF774B44");
  REQUIRE(k);
  CHECK(k->entries == 63);
  CHECK(k->hex == "af774b44");
  CHECK(ledger::parse_kept_head(std::string("1:") + std::string(64, 'a')));
  for (const char* bad : {"", "63", ":af774b44", "63:", "63:af774b4", "0:af774b44", "-1:af774b44",
                          "x:af774b44", "63:af774b4g", "63 :af774b44", "63:af774b44 "})
    CHECK_FALSE(ledger::parse_kept_head(bad));
  CHECK_FALSE(ledger::parse_kept_head(std::string("1:") + std::string(65, 'a')));
}

TEST_CASE("the short form a footer prints parses back to the same head") {
  store::ChainHead head{63, "af774b44441ffd4ade452b569cd6e6cb0ec76efaab1d75d735baa983ce8bd603"};
  CHECK(ledger::format_kept_head(head) == "63:af774b44");
  auto k = ledger::parse_kept_head(ledger::format_kept_head(head));
  REQUIRE(k);
  CHECK(k->entries == 63);
  CHECK(ledger::ledger_check_line(head, false) == "账本校验: 第 63 笔 · af774b44");
  CHECK(ledger::ledger_check_line(head, true) == "Ledger check: entry 63 · af774b44");
}

TEST_CASE("a verify result is judged against the kept head") {
  store::VerifyResult r;
  r.entries = 70;
  r.hash_of_entry_hex = "af774b44441ffd4ade452b569cd6e6cb0ec76efaab1d75d735baa983ce8bd603";
  auto same = r;
  ledger::check_kept_head(same, {63, "af774b44"});
  CHECK(same.ok);
  auto rewritten = r;
  ledger::check_kept_head(rewritten, {63, "af774b45"});
  CHECK_FALSE(rewritten.ok);
  CHECK(rewritten.reason.find("rewritten") != std::string::npos);
  auto cut = r;
  ledger::check_kept_head(cut, {71, "af774b44"});
  CHECK_FALSE(cut.ok);
  CHECK(cut.reason.find("were deleted") != std::string::npos);
  auto broken = r;
  broken.ok = false;
  broken.reason = "chain broken at entry 5";
  ledger::check_kept_head(broken, {71, "af774b44"});
  CHECK(broken.reason == "chain broken at entry 5");
}
