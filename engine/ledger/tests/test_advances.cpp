// engine/ledger: advances and their settlement (预拨 / 核销, issue 19) — an advance is a source of
// category "advance"; a later source settles it with money it has not allocated (on the date and on
// every later date), never beyond what the advance has outstanding; verify replays it. Through
// ledger::post on a real SQLite file.
#include <catch2/catch.hpp>

#include "ledger/advances.hpp"
#include "ledger/balance.hpp"
#include "ledger/invariants.hpp"
#include "ledger/tests/posted_ledger.hpp"
#include "store/ledger_reads.hpp"
#include "text/text.hpp"

using namespace fundledger;
using testing::day;
using testing::PostedLedger;
using testing::wan;

namespace {

entries::Source advance(const char* doc, Money amount) {
  return {doc, 2018, "advance", "先行拨付", amount, day("2018-01-02"), std::string("county"), {}, {}, {}};
}
entries::AdvanceSettlement settle(const char* id, const char* source, const char* date, Money amount,
                                  const char* adv = "YB1") {
  return {id, adv, source, day(date), amount, std::string("县财发〔2018〕9号"), "指标到位核销"};
}
Money source_column(PostedLedger& l, const char* key, const char* column) {
  for (const auto& r : ledger::balance(l.repo(), ledger::BalanceBy::source, std::nullopt, "2018-12-31").rows)
    if (r.key == key) return r.money.count(column) ? r.money.at(column) : Money();
  return Money::from_fen(-1);
}

}  // namespace

TEST_CASE("settle: a later source settles an advance with money it has not allocated", "[ledger][advance]") {
  text::set_language(text::Lang::en);
  PostedLedger l;
  l.basic();  // S1 100万 (received 2018-01-05), A1 80万 to ROADS on 2018-01-10: 20万 unallocated
  REQUIRE(l.post({advance("YB1", wan(10)), advance("YB2", wan(30))}).added == 2);
  CHECK(l.refusal({settle("H1", "S1", "2018-02-01", wan(10), "S1")}) ==
        "S1 is not an advance (its category must be `advance`); only an advance is settled");
  CHECK(l.refusal({settle("H1", "YB2", "2018-02-01", wan(10))}) ==
        "advance YB2 cannot settle advance YB1: an advance is settled by a source that arrived");
  CHECK(l.refusal({settle("H1", "S1", "2018-01-04", wan(10))}) ==
        "settling on 2018-01-04 is before advance YB1 (2018-01-02) or source S1 was received (2018-01-05)");
  CHECK(l.refusal({settle("H1", "S1", "2018-02-01", wan(11))}) ==
        "settling 110,000.00 yuan is more than advance YB1 has outstanding: 100,000.00 yuan (0.00 yuan "
        "settled)");
  CHECK(l.refusal({settle("H1", "S1", "2018-02-01", wan(25), "YB2")}) ==
        "source S1 has only 200,000.00 yuan unallocated on 2018-02-01, short of settling 250,000.00 yuan");
  // An allocation of March counts on 15万 of S1's 20万: a settlement dated February may take only 5万.
  REQUIRE(l.post({entries::Allocation{"A2", day("2018-03-01"), 2018, "S1", "ROADS", wan(15), {}, {}, {}, {}}})
              .added == 1);
  CHECK(l.refusal({settle("H1", "S1", "2018-02-01", wan(6))}) ==
        "source S1 has only 50,000.00 yuan unallocated on 2018-02-01, short of settling 60,000.00 yuan");
  REQUIRE(l.post({settle("H1", "S1", "2018-02-01", wan(5))}).added == 1);
  CHECK(l.refusal({settle("H1", "S1", "2018-04-01", Money::from_fen(1))}) ==
        "the settlement id H1 is taken; give another (`--id`)");
  // Nothing left at S1 to allocate: the settlement took it.
  CHECK(l.refusal({entries::Allocation{
                      "A3", day("2018-04-01"), 2018, "S1", "ROADS", Money::from_fen(1), {}, {}, {}, {}}})
            .find("S1") != std::string::npos);
  CHECK(source_column(l, "S1", "settled") == wan(5));
  CHECK(source_column(l, "S1", "allocated") + source_column(l, "S1", "unallocated") +
            source_column(l, "S1", "settled") ==
        wan(100));
  const auto rows = ledger::advances_as_of(l.repo().ledger(), day("2018-02-28"));
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].doc_no == "YB1");
  CHECK(rows[0].settled == wan(5));
  CHECK(rows[0].outstanding() == wan(5));
  CHECK(rows[0].days == 57);
  CHECK(rows[0].settled_by == std::vector<std::string>{"S1"});
  CHECK(ledger::advances_as_of(l.repo().ledger(), day("2018-01-31"))[0].settled == Money());
  CHECK(ledger::check_invariants(l.repo()).empty());
}

TEST_CASE("verify: an advance settled beyond its amount, past the import's checks, is reported",
          "[ledger][advance]") {
  text::set_language(text::Lang::en);
  PostedLedger l;
  l.basic();
  REQUIRE(l.post({advance("YB1", wan(10)), settle("H1", "S1", "2018-02-01", wan(10))}).added == 2);
  CHECK(ledger::check_invariants(l.repo()).empty());
  // Written straight to the journal, as a tampering program would: 1 fen more than the advance.
  store::WriteTransaction tx(l.repo());
  l.repo().begin_import({"settle", "", "", "tamper", "2026-01-01T00:00:00Z", std::nullopt});
  (void)l.repo().append(
      {"H2", day("2018-02-02"), std::nullopt, settle("H2", "S1", "2018-02-02", Money::from_fen(1))});
  tx.commit();
  const auto found = ledger::check_invariants(l.repo());
  REQUIRE(found.size() == 1);
  CHECK(found[0].message ==
        "advance YB1 (100,000.00 yuan) was settled by 100,000.01 yuan, beyond its amount (or it is not an "
        "advance)");
}
