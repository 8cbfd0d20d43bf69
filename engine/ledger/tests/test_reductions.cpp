// engine/ledger: reductions of a source (来源调减, issue 19) — money a source has not allocated taken
// off it for good from a date; what is taken cannot be allocated, and a reduction may not take what
// an allocation already counts on, as of its date or later. Through ledger::post on a real SQLite
// file, the balances and verify's replay.
#include <catch2/catch.hpp>

#include "ledger/balance.hpp"
#include "ledger/invariants.hpp"
#include "ledger/tests/posted_ledger.hpp"
#include "text/text.hpp"

using namespace fundledger;
using testing::day;
using testing::PostedLedger;
using testing::wan;

namespace {

entries::SourceReduction reduction(const char* id, const char* date, Money amount, const char* source = "S1") {
  return {id, "reduce", source, 0, day(date), amount, std::string("省财发〔2018〕7号"), "上级收回", {}};
}
entries::Allocation allocation(const char* voucher, const char* date, Money amount) {
  return {voucher, day(date), 2018, "S1", "ROADS", amount, {}, {}, {}, {}};
}
std::map<std::string, Money> source_row(PostedLedger& l, const char* as_of = "2026-01-01") {
  for (const auto& r : ledger::balance(l.repo(), ledger::BalanceBy::source, std::nullopt, as_of).rows)
    if (r.key == "S1") return r.money;
  FAIL("no row S1");
  return {};
}

}  // namespace

TEST_CASE("reduce: a source's reduced money cannot be allocated, and balances show it", "[ledger][reduce]") {
  text::set_language(text::Lang::en);
  PostedLedger l;
  l.basic();  // S1 100万 received 2018-01-05, A1 80万 allocated 2018-01-10
  CHECK(l.refusal({reduction("R1", "2018-02-01", wan(21))}) ==
        "reducing 210,000.00 yuan is more than source S1 has unallocated on 2018-02-01: 200,000.00 yuan "
        "(money allocated or frozen cannot be reduced; recover or unfreeze it first)");
  REQUIRE(l.post({reduction("R1", "2018-02-01", wan(15))}).added == 1);
  CHECK(l.repo().ledger().source_reductions("R1").front().reduction.fiscal_year == 2018);  // the source's year
  CHECK(l.refusal({allocation("A2", "2018-02-10", wan(6))}).find("A2") != std::string::npos);
  CHECK(l.repo().ledger().count_entries("allocation") == 1);
  CHECK(l.post({allocation("A2", "2018-02-10", wan(5))}).added == 1);
  auto s = source_row(l);
  CHECK(s["reduced"] == wan(15));
  CHECK(s["unallocated"] == Money());
  CHECK(s["amount"] == wan(100));
  CHECK(s["amount"] == s["allocated"] + s["unallocated"] + s["reduced"]);
  CHECK(source_row(l, "2018-01-31").count("reduced") == 0);  // not yet reduced: the balance as before
  CHECK(l.refusal({reduction("R1", "2018-03-01", wan(1))}) ==
        "the reduction id R1 is taken; give another (`--id`)");
  CHECK(l.refusal({reduction("R2", "2018-01-01", wan(1))}) ==
        "reducing on 2018-01-01 is before source S1 was received on 2018-01-05");
  CHECK(l.refusal({reduction("R2", "2018-03-01", wan(1), "S9")}) == "no source has the document number S9");
  CHECK(ledger::check_invariants(l.repo()).empty());
}

TEST_CASE("reduce: a reduction may not take what a later allocation counts on", "[ledger][reduce]") {
  text::set_language(text::Lang::en);
  PostedLedger l;
  l.basic();
  // Before A1 (2018-01-10) the source had all 100万; A1 takes 80万 of it, so on 2018-01-08 only 20万
  // may go: money reduced then would leave A1 without cover.
  CHECK(l.refusal({reduction("R1", "2018-01-08", wan(21))}).find("200,000.00 yuan") != std::string::npos);
  CHECK(l.post({reduction("R1", "2018-01-08", wan(20))}).added == 1);
  CHECK(l.refusal({reduction("R2", "2018-06-01", Money::from_fen(1))}) ==
        "source S1 has nothing to reduce on 2018-06-01 (unallocated: 0.00 yuan)");
  CHECK(ledger::check_invariants(l.repo()).empty());
}
