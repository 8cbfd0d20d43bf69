// engine/ledger: the year end (年终结转, issue 19) — a year is closed once, after its end, with its
// last day locked; what it carries sums to the money of the year not spent (per source: amount −
// reduced − paid), whatever ran before; what is paid afterwards is used out of the carry-over.
// Through ledger::post on a real SQLite file.
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

const ledger::RunInfo kClerk{"王会计", "2019-01-05T09:00:00Z", std::nullopt};

void lock_2018(PostedLedger& l) {
  (void)ledger::lock_periods(
      l.repo(), {day("2018-12-31"), day("2019-01-05"), std::string("决算"), std::nullopt}, kClerk);
}
entries::YearClose close_of(int year, const char* date) {
  entries::YearClose c;
  c.fiscal_year = year;
  c.date = day(date);
  c.reason = "年终结转";
  return c;
}
entries::Allocation allocation(const std::string& voucher, const char* source, Money amount) {
  return {voucher, day("2018-03-01"), 2018, source, "ROADS", amount, {}, {}, {}, {}};
}
entries::SourceReduction reduction(const std::string& id, const char* source, Money amount) {
  return {id, "reduce", source, 0, day("2018-04-01"), amount, std::nullopt, "上级收回", {}};
}
// Per source: what the carry-over rows of `close` hold of it.
std::map<std::string, Money> carried_per_source(const entries::YearClose& close) {
  std::map<std::string, Money> out;
  for (const auto& r : close.carried) out[r.source_doc] += r.amount;
  return out;
}

}  // namespace

TEST_CASE("close: once, after the year, with its last day locked", "[ledger][year_end]") {
  text::set_language(text::Lang::en);
  PostedLedger l;
  l.basic();  // S1 100万, A1 80万 to ROADS
  REQUIRE(l.post({PostedLedger::payment("P1", "2018-05-01", wan(30))}).added == 1);
  CHECK(l.refusal({close_of(2018, "2019-01-10")}) ==
        "lock the books through 2018-12-31 before closing 2018 (`fundledger lock --through 2018-12-31 "
        "--reason R`); they are locked through —");
  lock_2018(l);
  CHECK(l.refusal({close_of(2018, "2018-12-31")}) ==
        "2018 can be closed only after its end; 2018-12-31 is within it");
  REQUIRE(l.post({close_of(2018, "2019-01-10")}).added == 1);
  CHECK(l.refusal({close_of(2018, "2019-01-11")}).find("2018 was closed on 2019-01-10") == 0);
  auto close = ledger::year_closed(l.repo().ledger(), 2018);
  REQUIRE(close);
  // 20万 never allocated, at S1; 50万 of A1's 80万 not paid, in ROADS.
  REQUIRE(close->close.carried.size() == 2);
  CHECK(close->close.carried[0] == entries::Carryover{2018, "S1", "", wan(20), 1, false});
  CHECK(close->close.carried[1] == entries::Carryover{2018, "S1", "ROADS", wan(50), 1, false});
  // Paid in 2019 out of the 2018 money: used from the carry-over.
  REQUIRE(l.post({PostedLedger::payment("P2", "2019-02-01", wan(10))}).added == 1);
  auto states = ledger::carryover_as_of(l.repo().ledger(), close->close, "2019-02");
  CHECK(states[1].used == wan(10));
  CHECK(states[1].left() == wan(40));
  CHECK(ledger::carryover_as_of(l.repo().ledger(), close->close, "2019-01")[1].used == Money());
  CHECK(ledger::check_invariants(l.repo()).empty());
}

TEST_CASE(
    "close: after any run of allocations, payments and reductions, the carry-over is what was not spent",
    "[ledger][year_end][property]") {
  text::set_language(text::Lang::en);
  for (std::uint32_t seed : {3u, 11u, 2019u}) {
    PostedLedger l;
    l.basic();
    REQUIRE(l.post({entries::Source{
                       "S2", 2018, "county_self", "县级资金二", wan(200), day("2018-01-06"), {}, {}, {}, {}}})
                .added == 1);
    std::uint32_t x = seed;
    auto next = [&](std::uint32_t n) {
      x = x * 1664525u + 1013904223u;
      return (x >> 8) % n;
    };
    for (int step = 0; step < 30; ++step) {
      const Money amount = Money::from_fen(static_cast<std::int64_t>(next(300000) + 1) * 100);
      const char* source = next(2) ? "S1" : "S2";
      const std::string n = std::to_string(step);
      switch (next(3)) {
        case 0:
          (void)l.refusal({allocation("V" + n, source, amount)});
          break;
        case 1:
          (void)l.refusal({PostedLedger::payment(("P" + n).c_str(), "2018-06-01", amount)});
          break;
        default:
          (void)l.refusal({reduction("R" + n, source, amount)});
      }
    }
    lock_2018(l);
    REQUIRE(l.post({close_of(2018, "2019-01-10")}).added == 1);
    const auto carried = carried_per_source(ledger::year_closed(l.repo().ledger(), 2018)->close);
    for (const auto& r :
         ledger::balance(l.repo(), ledger::BalanceBy::source, std::nullopt, "2018-12-31").rows) {
      const Money reduced = r.money.count("reduced") ? r.money.at("reduced") : Money();
      const Money left = r.money.at("amount") - reduced - r.money.at("disbursed");
      CHECK(carried.count(r.key) == (left.is_positive() ? 1u : 0u));
      if (carried.count(r.key)) CHECK(carried.at(r.key) == left);
    }
    // The closed year cannot change under its carry-over: anything dated in it is refused.
    CHECK(l.refusal({PostedLedger::payment("LATE", "2018-12-30", Money::from_fen(100))})
              .find("closed period") != std::string::npos);
    CHECK(ledger::check_invariants(l.repo()).empty());
  }
}
