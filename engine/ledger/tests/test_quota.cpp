// engine/ledger: quota operations (指标调剂 / 调减, issue 19) — a transfer moves quota between two
// lines of a year's budget (the total unchanged), a reduction takes it off a line and the total;
// each is the budget revision it makes, held by control by line, through the import's pipeline
// (ledger::post on a real SQLite file) and verify's replay.
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

// A source of 100万 and a 2018 budget of 100万: ROADS 60万, WATER 40万; A1 allocates 50万 to ROADS.
void two_lines(PostedLedger& l) {
  entries::Budget b;
  b.fiscal_year = 2018;
  b.code = "B";
  b.name = "预算";
  b.total = wan(100);
  b.funded_by = "county_self";
  b.lines = {{2018, "ROADS", "道路", wan(60), std::string("infrastructure"), false, std::nullopt, std::nullopt, {}},
             {2018, "WATER", "饮水", wan(40), std::string("infrastructure"), false, std::nullopt, std::nullopt, {}}};
  REQUIRE(l.post({entries::Source{"S1", 2018, "county_self", "县级资金", wan(100), day("2018-01-05"), {}, {}, {}, {}},
                  b, entries::Allocation{"A1", day("2018-01-10"), 2018, "S1", "ROADS", wan(50), {}, {}, {}, {}}})
              .added == 3);
}

entries::Budget op(const char* kind, const char* from, std::optional<std::string> to, Money amount,
                   const char* date, const char* doc = "财办〔2018〕7号") {
  entries::Budget b;
  b.fiscal_year = 2018;
  b.doc_no = doc;
  b.reason = "项目调整";
  b.set_quota({kind, from, std::move(to), amount, day(date)});
  return b;
}

entries::Allocation allocation(const char* voucher, const char* earmark, Money amount) {
  return {voucher, day("2018-03-01"), 2018, "S1", earmark, amount, {}, {}, {}, {}};
}

Money line_amount(PostedLedger& l, const char* code) {
  const auto budget = *l.repo().ledger().latest_budget(2018);
  for (const auto& line : budget.lines)
    if (line.code == code) return line.amount;
  FAIL("no line " << code);
  return {};
}

}  // namespace

TEST_CASE("quota: a transfer moves quota between lines, the total unchanged, as a dated revision",
          "[ledger][quota]") {
  text::set_language(text::Lang::en);
  PostedLedger l;
  two_lines(l);
  // WATER is held to 40万 until quota is moved to it.
  CHECK(l.refusal({allocation("A2", "WATER", wan(45))}).rfind("voucher A2", 0) == 0);
  REQUIRE(l.post({op("transfer", "ROADS", "WATER", wan(10), "2018-02-15")}).added == 1);
  auto b = *l.repo().ledger().latest_budget(2018);
  CHECK(b.revision == 2);
  CHECK(b.total == wan(100));
  CHECK(line_amount(l, "ROADS") == wan(50));
  CHECK(line_amount(l, "WATER") == wan(50));
  REQUIRE(b.quota());
  CHECK(b.quota()->op == "transfer");
  CHECK(b.quota()->date == day("2018-02-15"));
  CHECK(b.doc_no == std::optional<std::string>("财办〔2018〕7号"));
  CHECK(l.post({allocation("A2", "WATER", wan(45))}).added == 1);
  auto ops = l.repo().ledger().quota_ops(2018);
  REQUIRE(ops.size() == 1);
  CHECK(ops[0].revision == 2);
  CHECK(ops[0].op.amount == wan(10));
  CHECK(ledger::check_invariants(l.repo()).empty());
}

TEST_CASE("quota: a transfer or reduction is refused, nothing written, when it does not fit", "[ledger][quota]") {
  text::set_language(text::Lang::en);
  PostedLedger l;
  two_lines(l);
  CHECK(l.refusal({op("transfer", "ROADS", "BRIDGE", wan(1), "2018-02-15")}) ==
        "the 2018 budget has no earmark 'BRIDGE' (ROADS, WATER)");
  CHECK(l.refusal({op("transfer", "ROAD", "WATER", wan(1), "2018-02-15")}) ==
        "the 2018 budget has no earmark 'ROAD' (ROADS, WATER)");
  CHECK(l.refusal({op("transfer", "ROADS", "ROADS", wan(1), "2018-02-15")}) ==
        "ROADS is both the line quota leaves and the line it goes to; a transfer is between two lines");
  CHECK(l.refusal({op("transfer", "WATER", "ROADS", wan(41), "2018-02-15")}) ==
        "earmark WATER has a line of 400,000.00 yuan; 410,000.00 yuan is more than it");
  CHECK(l.refusal({op("reduce", "ROADS", std::nullopt, Money(), "2018-02-15")}) ==
        "the amount transferred or reduced must be above zero, not 0.00 yuan");
  CHECK(l.refusal({op("transfer", "ROADS", "WATER", wan(1), "2019-01-02")}) ==
        "2019-01-02 is not in 2018, or is before revision 1 of its budget took effect on 2018-01-01");
  // ROADS has 50万 allocated of its 60万: 10万 may leave it, not 10万 and one fen.
  const std::string below = l.refusal({op("reduce", "ROADS", std::nullopt, wan(10) + Money::from_fen(1), "2018-02-15")});
  CHECK(below.find("ROADS") != std::string::npos);
  CHECK(below.find("may not fall below what is allocated") != std::string::npos);
  auto no_doc = op("transfer", "ROADS", "WATER", wan(1), "2018-02-15");
  no_doc.doc_no.reset();
  CHECK(l.refusal({no_doc}) ==
        "a transfer or reduction of quota needs its document and reason: `--doc DOC --reason REASON`");
  auto other_year = op("transfer", "ROADS", "WATER", wan(1), "2017-02-15");
  other_year.fiscal_year = 2017;
  CHECK(l.refusal({other_year}) ==
        "there is no budget for 2017 to transfer or reduce quota in (import one with `import budget` first)");
  CHECK(l.repo().ledger().latest_budget(2018)->revision == 1);  // nothing written
  // A later operation may not be dated before the revision in force.
  REQUIRE(l.post({op("reduce", "WATER", std::nullopt, wan(5), "2018-03-01")}).added == 1);
  CHECK(l.repo().ledger().latest_budget(2018)->total == wan(95));
  CHECK(l.refusal({op("transfer", "ROADS", "WATER", wan(1), "2018-02-28")}) ==
        "2018-02-28 is not in 2018, or is before revision 2 of its budget took effect on 2018-03-01");
  CHECK(ledger::check_invariants(l.repo()).empty());
}

TEST_CASE("quota: after any run of transfers, reductions, freezes and allocations, the sums hold",
          "[ledger][quota][property]") {
  text::set_language(text::Lang::en);
  const char* lines[] = {"ROADS", "WATER"};
  for (std::uint32_t seed : {3u, 11u, 2019u}) {
    PostedLedger l;
    two_lines(l);
    std::uint32_t x = seed;
    auto next = [&](std::uint32_t n) {
      x = x * 1664525u + 1013904223u;
      return (x >> 8) % n;
    };
    Money total = wan(100), reduced;
    int vouchers = 0, freezes = 0;
    for (int step = 0; step < 40; ++step) {
      const Money amount = Money::from_fen(static_cast<std::int64_t>(next(150000) + 1) * 100);
      const char* a = lines[next(2)];
      const char* other = a == lines[0] ? lines[1] : lines[0];
      std::vector<entries::Body> one;
      switch (next(4)) {
        case 0: one.push_back(op("transfer", a, other, amount, "2018-02-01")); break;
        case 1: one.push_back(op("reduce", a, std::nullopt, amount, "2018-02-01")); break;
        case 2: {
          entries::QuotaFreeze q{"F" + std::to_string(++freezes), "freeze", "line", a, 2018, day("2018-02-01"),
                                 amount, {}, {}, "核查"};
          one.push_back(q);
          break;
        }
        default: one.push_back(allocation(("V" + std::to_string(++vouchers)).c_str(), a, amount));
      }
      const bool accepted = l.refusal(one) == "(accepted)";
      if (accepted && std::holds_alternative<entries::Budget>(one[0]) &&
          std::get<entries::Budget>(one[0]).quota_op == std::optional<std::string>("reduce"))
        reduced += amount;
      auto b = *l.repo().ledger().latest_budget(2018);
      Money sum;
      for (const auto& line : b.lines) sum += line.amount;
      CHECK(sum == b.total);
      CHECK(b.total == total - reduced);
      for (const auto& r : ledger::balance(l.repo(), ledger::BalanceBy::earmark, std::nullopt, "2026-01-01").rows) {
        auto m = r.money;
        CHECK(m["budget"] == m["allocated"] + m["unallocated"] + m["frozen"]);
        CHECK_FALSE(m["unallocated"].is_negative());
      }
    }
    CHECK(ledger::check_invariants(l.repo()).empty());
  }
}
