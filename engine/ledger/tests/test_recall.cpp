// engine/ledger: the recall (结余收回, issue 19) — what a close marked for recall (money carried
// through more than two year-ends) and is still unused goes back to the level above: out of the
// earmarks' lots first, then off the source for good; once per close, not before it. Through
// ledger::post on a real SQLite file.
#include <catch2/catch.hpp>

#include "ledger/balance.hpp"
#include "ledger/invariants.hpp"
#include "ledger/periods.hpp"
#include "ledger/tests/posted_ledger.hpp"
#include "ledger/year_end.hpp"
#include "store/ledger_reads.hpp"
#include "text/text.hpp"

using namespace fundledger;
using testing::day;
using testing::PostedLedger;
using testing::wan;

namespace {

// Locks the books through `year`'s last day and closes it on 10 January of the next.
void lock_and_close(PostedLedger& l, int year) {
  const std::string next = std::to_string(year + 1);
  const ledger::RunInfo clerk{"王会计", next + "-01-05T09:00:00Z", std::nullopt};
  (void)ledger::lock_periods(l.repo(),
                             {day((std::to_string(year) + "-12-31").c_str()), day((next + "-01-05").c_str()),
                              std::string("决算"), std::nullopt},
                             clerk);
  entries::YearClose c;
  c.fiscal_year = year;
  c.date = day((next + "-01-10").c_str());
  c.reason = "年终结转";
  REQUIRE(l.post({c}).added == 1);
}
entries::SourceReduction recall(int year, const char* date) {
  entries::SourceReduction r;
  r.kind = "recall";
  r.fiscal_year = year;
  r.date = day(date);
  r.doc_no = "县财发〔2021〕3号";
  r.reason = "结转超过两年收回";
  return r;
}
Money row_of(const ledger::Balance& t, const std::string& key, const char* column) {
  for (const auto& r : t.rows)
    if (r.key == key) return r.money.count(column) ? r.money.at(column) : Money();
  FAIL("no row " << key);
  return Money();
}

}  // namespace

TEST_CASE("recall: what a close marked for recall goes back to the source level, once", "[ledger][recall]") {
  text::set_language(text::Lang::en);
  PostedLedger l;
  l.basic();  // S1 100万 of 2018, A1 80万 to ROADS
  REQUIRE(l.post({PostedLedger::payment("P1", "2018-05-01", wan(30))}).added == 1);
  lock_and_close(l, 2018);
  REQUIRE(l.post({PostedLedger::payment("P2", "2019-03-01", wan(10))}).added == 1);
  lock_and_close(l, 2019);
  CHECK(l.refusal({recall(2019, "2020-02-01")}) ==
        "the close of 2019 has nothing to recall as of 2020-02-01 (money carried more than 2 year-ends and "
        "still unused)");
  lock_and_close(l, 2020);  // 2018 money carried through a third year-end: for recall
  auto close = ledger::year_closed(l.repo().ledger(), 2020);
  REQUIRE(close->close.carried.size() == 2);
  CHECK(close->close.carried[0] == entries::Carryover{2018, "S1", "", wan(20), 3, true});
  CHECK(close->close.carried[1] == entries::Carryover{2018, "S1", "ROADS", wan(40), 3, true});

  CHECK(l.refusal({recall(2021, "2021-02-01")}) ==
        "2021 has not been closed (`fundledger close --year 2021`)");
  CHECK(l.refusal({recall(2020, "2021-01-09")}) ==
        "a recall of 2020's carry-over is dated 2021-01-09, before that close (2021-01-10)");
  REQUIRE(l.post({recall(2020, "2021-01-15")}).added == 1);
  CHECK(l.refusal({recall(2020, "2021-02-01")})
            .find("what the close of 2020 marked for recall was recalled on "
                  "2021-01-15") == 0);

  const auto recalls = l.repo().ledger().recalls(ledger::recall_prefix(2020));
  REQUIRE(recalls.size() == 1);
  const auto& r = recalls[0].reduction;
  CHECK(r.reduction_id == "recall/2020/S1");
  CHECK(r.amount == wan(60));  // 20万 at the source + 40万 out of A1
  REQUIRE(r.flows.size() == 1);
  CHECK(r.flows[0].lot == "A1");
  CHECK(r.flows[0].amount == wan(-40));

  // The source: 100万 = 40万 allocated (and paid) + 60万 reduced; nothing left anywhere.
  const auto by_source = ledger::balance(l.repo(), ledger::BalanceBy::source, std::nullopt, "2021-12-31");
  CHECK(row_of(by_source, "S1", "allocated") == wan(40));
  CHECK(row_of(by_source, "S1", "reduced") == wan(60));
  CHECK(row_of(by_source, "S1", "unallocated") == Money());
  CHECK(l.refusal({PostedLedger::payment("P3", "2021-02-01", wan(1))}).find("ROADS") != std::string::npos);

  // The report: each row recalled, nothing left; not counted before the recall's month.
  const auto states = ledger::carryover_as_of(l.repo().ledger(), close->close, "2021-01");
  CHECK(states[0].recalled == wan(20));
  CHECK(states[0].used == Money());
  CHECK(states[1].recalled == wan(40));
  CHECK(states[1].left() == Money());
  CHECK(ledger::carryover_as_of(l.repo().ledger(), close->close, "2020-12")[0].recalled == Money());
  CHECK(ledger::check_invariants(l.repo()).empty());

  // The next close carries none of it.
  lock_and_close(l, 2021);
  CHECK(ledger::year_closed(l.repo().ledger(), 2021)->close.carried.empty());
}

TEST_CASE("recall: only what is still unused, and only what was marked", "[ledger][recall]") {
  text::set_language(text::Lang::en);
  PostedLedger l;
  l.basic();
  lock_and_close(l, 2018);
  lock_and_close(l, 2019);
  // 2020: 5万 more paid out of ROADS, and 3万 of S1's unallocated money allocated to it.
  REQUIRE(l.post({PostedLedger::payment("P1", "2020-03-01", wan(5))}).added == 1);
  REQUIRE(l.post({entries::Allocation{"A2", day("2020-03-02"), 2018, "S1", "ROADS", wan(3), {}, {}, {}, {}}})
              .added == 1);
  lock_and_close(l, 2020);
  auto close = ledger::year_closed(l.repo().ledger(), 2020);
  REQUIRE(close->close.carried.size() == 2);
  CHECK(close->close.carried[0].amount == wan(17));
  CHECK(close->close.carried[1].amount == wan(78));
  // 2021, before the recall: 8万 paid out of ROADS (A1 first), and 2万 of what S1 carried allocated
  // to it (used out of the money carried at the source: not recalled from the new lot).
  REQUIRE(l.post({PostedLedger::payment("P2", "2021-01-12", wan(8))}).added == 1);
  REQUIRE(l.post({entries::Allocation{"A3", day("2021-01-13"), 2018, "S1", "ROADS", wan(2), {}, {}, {}, {}}})
              .added == 1);
  REQUIRE(l.post({recall(2020, "2021-01-20")}).added == 1);
  const auto r = l.repo().ledger().recalls(ledger::recall_prefix(2020)).at(0).reduction;
  CHECK(r.amount == wan(85));  // 15万 still at the source + the 70万 left in the lots of 2020 or before
  Money from_lots;
  for (const auto& f : r.flows) {
    from_lots -= f.amount;
    CHECK(f.lot != "A3");
  }
  CHECK(from_lots == wan(70));
  const auto states = ledger::carryover_as_of(l.repo().ledger(), close->close, "2021-01");
  CHECK(states[0].used == wan(2));
  CHECK(states[0].recalled == wan(15));
  CHECK(states[0].left() == Money());
  CHECK(states[1].used == wan(8));
  CHECK(states[1].recalled == wan(70));
  CHECK(states[1].left() == Money());
  CHECK(ledger::check_invariants(l.repo()).empty());
}

TEST_CASE("recall: frozen money stays, and the source holds within the posting", "[ledger][recall]") {
  text::set_language(text::Lang::en);
  PostedLedger l;
  l.basic();  // S1 100万: 20万 not allocated, of which 5万 frozen below
  entries::QuotaFreeze freeze;
  freeze.freeze_id = "F1";
  freeze.action = "freeze";
  freeze.scope = "source";
  freeze.target = "S1";
  freeze.fiscal_year = 2018;
  freeze.date = day("2018-06-01");
  freeze.amount = wan(5);
  freeze.reason = "核查中";
  REQUIRE(l.post({freeze}).added == 1);
  for (int year : {2018, 2019, 2020}) lock_and_close(l, year);
  entries::QuotaFreeze unfreeze;
  unfreeze.freeze_id = "F1";
  unfreeze.action = "unfreeze";
  unfreeze.date = day("2021-02-01");
  unfreeze.reason = "核查完毕";
  // One posting: the recall (15万 at the source, 80万 out of A1), the unfreeze, then the 5万 it
  // gives back allocated — which the source has, as the recall left it.
  const auto report =
      l.post({recall(2020, "2021-01-15"), unfreeze,
              entries::Allocation{"A9", day("2021-02-02"), 2018, "S1", "ROADS", wan(5), {}, {}, {}, {}}});
  CHECK(report.added == 3);
  CHECK(l.repo().ledger().recalls(ledger::recall_prefix(2020)).at(0).reduction.amount == wan(95));
  const auto by_source = ledger::balance(l.repo(), ledger::BalanceBy::source, std::nullopt, "2021-12-31");
  CHECK(row_of(by_source, "S1", "reduced") == wan(95));
  CHECK(row_of(by_source, "S1", "allocated") == wan(5));
  CHECK(ledger::check_invariants(l.repo()).empty());
}
