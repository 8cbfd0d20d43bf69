// engine/ledger: freezes of quota (指标冻结, issue 19) — frozen money cannot be allocated, from a
// source or a budget line; an unfreeze gives it back; balances show quota = allocated + unallocated
// + frozen, through the import's pipeline (ledger::post on a real SQLite file) and verify's replay.
#include <catch2/catch.hpp>

#include "ledger/balance.hpp"
#include "ledger/freezes.hpp"
#include "ledger/invariants.hpp"
#include "ledger/tests/posted_ledger.hpp"
#include "text/text.hpp"

using namespace fundledger;
using testing::day;
using testing::PostedLedger;
using testing::wan;

namespace {

entries::QuotaFreeze freeze(const char* id, const char* scope, const char* target, const char* date,
                            Money amount, std::optional<std::string> percent = std::nullopt) {
  entries::QuotaFreeze q;
  q.freeze_id = id;
  q.action = "freeze";
  q.scope = scope;
  q.target = target;
  q.fiscal_year = 2018;
  q.date = day(date);
  q.amount = amount;
  q.percent = std::move(percent);
  q.reason = "核查中";
  return q;
}
entries::QuotaFreeze unfreeze(const char* id, const char* date, Money amount = Money()) {
  entries::QuotaFreeze q;
  q.freeze_id = id;
  q.action = "unfreeze";
  q.date = day(date);
  q.amount = amount;
  q.reason = "核查完毕";
  return q;
}
entries::Allocation allocation(const char* voucher, const char* date, Money amount,
                               const char* source = "S1") {
  return {voucher, day(date), 2018, source, "ROADS", amount, {}, {}, {}, {}};
}
entries::SourceReduction reduction(const char* id, const char* source, const char* date, Money amount) {
  return {id, "reduce", source, 2018, day(date), amount, std::nullopt, "上级收回", {}};
}
entries::Source second_source() {
  return {"S2", 2018, "county_self", "县级资金二", wan(200), day("2018-01-06"), {}, {}, {}, {}};
}
// The one row of a balance with this key.
std::map<std::string, Money> row_of(PostedLedger& l, ledger::BalanceBy by, const std::string& key) {
  for (const auto& r : ledger::balance(l.repo(), by, std::nullopt, "2026-01-01").rows)
    if (r.key == key) return r.money;
  FAIL("no row " << key);
  return {};
}

}  // namespace

TEST_CASE("freeze: a source's frozen money cannot be allocated until it is unfrozen", "[ledger][freeze]") {
  text::set_language(text::Lang::en);
  PostedLedger l;
  l.basic();  // S1 100万, ROADS 100万, A1 80万 allocated 2018-01-10
  REQUIRE(l.post({freeze("F1", "source", "S1", "2018-02-01", wan(15))}).added == 1);
  CHECK(l.refusal({allocation("A2", "2018-02-10", wan(10))}).find("A2") != std::string::npos);
  CHECK(l.repo().ledger().count_entries("allocation") == 1);
  CHECK(l.post({allocation("A2", "2018-02-10", wan(5))}).added == 1);
  auto s = row_of(l, ledger::BalanceBy::source, "S1");
  CHECK(s["frozen"] == wan(15));
  CHECK(s["unallocated"] == Money());
  CHECK(s["amount"] == s["allocated"] + s["unallocated"] + s["frozen"]);
  // Nothing more to freeze; unfrozen, the 15万 can be allocated again.
  CHECK(l.refusal({freeze("F2", "source", "S1", "2018-02-11", wan(1))}) ==
        "freezing 10,000.00 yuan is more than source S1 has to freeze on 2018-02-11: 0.00 yuan (money "
        "allocated "
        "or frozen already cannot be frozen)");
  REQUIRE(l.post({unfreeze("F1", "2018-03-01")}).added == 1);
  CHECK(l.post({allocation("A3", "2018-03-05", wan(15), "S1")}).added == 1);
  CHECK(row_of(l, ledger::BalanceBy::source, "S1").count("frozen") == 0);  // nothing frozen: no column
  CHECK(ledger::check_invariants(l.repo()).empty());
}

TEST_CASE("freeze: a line's frozen quota cannot be allocated, a percent is of what is available",
          "[ledger][freeze]") {
  text::set_language(text::Lang::en);
  PostedLedger l;
  l.basic();
  REQUIRE(l.post({second_source()}).added == 1);
  // 50% of the 20万 the line has left is 10万.
  REQUIRE(l.post({freeze("F1", "line", "ROADS", "2018-02-01", Money(), std::string("50%"))}).added == 1);
  auto rows = ledger::freezes_as_of(l.repo().ledger().quota_freezes("F1"), day("2018-12-31"));
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].frozen == wan(10));
  CHECK(
      l.refusal({allocation("A2", "2018-02-10", wan(15), "S2")}).rfind("voucher A2: earmark 2018/ROADS", 0) ==
      0);
  CHECK(l.post({allocation("A2", "2018-02-10", wan(10), "S2")}).added == 1);
  auto e = row_of(l, ledger::BalanceBy::earmark, "ROADS");
  CHECK(e["budget"] == wan(100));
  CHECK(e["allocated"] == wan(90));
  CHECK(e["frozen"] == wan(10));
  CHECK(e["unallocated"] == Money());
  // A revision may not put the line below what is allocated and frozen.
  auto b = *l.repo().ledger().latest_budget(2018);
  b.doc_no = "调〔2018〕1号";
  b.reason = "调减";
  b.lines[0].amount = wan(95);
  b.total = wan(95);
  CHECK(
      l.refusal({b}).find("a budget of 950,000.00 yuan, less than the 900,000.00 yuan already allocated and "
                          "100,000.00 yuan frozen") != std::string::npos);
  // Unfreezing: part, not more than held, not before the freeze.
  CHECK(l.refusal({unfreeze("F1", "2018-01-31", wan(4))}) ==
        "unfreezing on 2018-01-31 is before freeze F1 was made on 2018-02-01");
  REQUIRE(l.post({unfreeze("F1", "2018-03-01", wan(4))}).added == 1);
  CHECK(l.refusal({unfreeze("F1", "2018-03-02", wan(7))}) ==
        "unfreezing 70,000.00 yuan is more than freeze F1 still holds: 60,000.00 yuan");
  CHECK(l.refusal({unfreeze("F9", "2018-03-02")}) ==
        "no freeze has the id F9 (`fundledger freeze` lists them)");
  CHECK(l.refusal({freeze("F1", "line", "ROADS", "2018-03-02", wan(1))}) ==
        "the freeze id F1 is taken; give another (`--id`)");
  CHECK(l.post({allocation("A3", "2018-03-05", wan(4), "S2")}).added == 1);
  CHECK(l.refusal({allocation("A4", "2018-03-05", Money::from_fen(1), "S2")}).rfind("voucher A4", 0) == 0);
  CHECK(ledger::check_invariants(l.repo()).empty());
}

TEST_CASE(
    "freeze: after any run of freezes, unfreezes, source reductions and allocations, quota = allocated + "
    "unallocated + frozen (+ reduced, of a source)",
    "[ledger][freeze][property]") {
  text::set_language(text::Lang::en);
  for (std::uint32_t seed : {1u, 7u, 42u, 2018u}) {
    PostedLedger l;
    l.basic();
    REQUIRE(l.post({second_source()}).added == 1);
    std::uint32_t x = seed;
    auto next = [&](std::uint32_t n) {
      x = x * 1664525u + 1013904223u;
      return (x >> 8) % n;
    };
    int freezes = 0, vouchers = 0, reductions = 0;
    for (int step = 0; step < 40; ++step) {
      const Money amount = Money::from_fen(static_cast<std::int64_t>(next(60000) + 1) * 100);
      std::vector<entries::Body> one;
      switch (next(4)) {
        case 0: {
          const std::string id = "F" + std::to_string(++freezes);
          one.push_back(freeze(id.c_str(), next(2) ? "line" : "source", "ROADS", "2018-02-01", amount));
          if (std::get<entries::QuotaFreeze>(one[0]).scope == "source")
            std::get<entries::QuotaFreeze>(one[0]).target = next(2) ? "S1" : "S2";
          break;
        }
        case 1:
          if (freezes == 0) continue;
          one.push_back(unfreeze(("F" + std::to_string(next(freezes) + 1)).c_str(), "2018-02-02", amount));
          break;
        case 2:
          one.push_back(reduction(("R" + std::to_string(++reductions)).c_str(), next(2) ? "S1" : "S2",
                                  next(2) ? "2018-02-01" : "2018-02-04", amount));
          break;
        default:
          one.push_back(allocation(("V" + std::to_string(++vouchers)).c_str(), "2018-02-03", amount,
                                   next(2) ? "S1" : "S2"));
      }
      (void)l.refusal(std::move(one));  // accepted or refused whole; either way the sums must hold
      auto e = row_of(l, ledger::BalanceBy::earmark, "ROADS");
      CHECK(e["budget"] == e["allocated"] + e["unallocated"] + e["frozen"]);
      CHECK_FALSE(e["unallocated"].is_negative());
      for (const char* doc : {"S1", "S2"}) {
        auto s = row_of(l, ledger::BalanceBy::source, doc);
        CHECK(s["amount"] == s["allocated"] + s["unallocated"] + s["frozen"] + s["reduced"]);
        CHECK_FALSE(s["unallocated"].is_negative());
      }
    }
    CHECK(ledger::check_invariants(l.repo()).empty());
  }
}
