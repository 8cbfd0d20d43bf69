// engine/ledger: control by line (issue 19) — an earmark's net allocations are held to its budget
// line, through the import's pipeline (ledger::post on a real SQLite file) and in verify's replay.
#include <catch2/catch.hpp>

#include "ledger/invariants.hpp"
#include "ledger/tests/posted_ledger.hpp"
#include "text/text.hpp"

using namespace fundledger;
using testing::day;
using testing::PostedLedger;
using testing::wan;

namespace {

// A second source, so that the line, not the source, is what runs out: 200万 received 2018-01-06.
entries::Source second_source() {
  return {"S2", 2018, "county_self", "县级资金二", wan(200), day("2018-01-06"), {}, {}, {}, {}};
}
entries::Allocation allocation(const char* voucher, Money amount, const char* source = "S2") {
  return {voucher, day("2018-02-01"), 2018, source, "ROADS", amount, {}, {}, {}, {}};
}
entries::Budget revision(Money roads, bool open_ended = false) {
  entries::Budget b;
  b.fiscal_year = 2018;
  b.code = "B";
  b.name = "预算";
  b.total = wan(100);
  b.funded_by = "county_self";
  b.doc_no = "调〔2018〕1号";
  b.reason = "调整";
  b.lines = {{2018, "ROADS", "道路", roads, std::nullopt, false, std::nullopt,
              open_ended ? std::optional<int>(1) : std::nullopt, {}},
             {2018, "OTHER", "其他", wan(100) - roads, std::nullopt, false, std::nullopt, std::nullopt, {}}};
  return b;
}
Money allocated_to_roads(PostedLedger& l) { return l.repo().ledger().earmark_allocated(2018, "ROADS"); }

}  // namespace

TEST_CASE("line: an allocation beyond the line is refused, naming the line and the excess",
          "[ledger][line]") {
  text::set_language(text::Lang::en);
  PostedLedger l;
  l.basic();  // ROADS 100万, A1 80万 allocated
  REQUIRE(l.post({second_source()}).added == 1);
  CHECK(l.refusal({allocation("A2", wan(20) + Money::from_fen(1))}) ==
        "voucher A2: earmark 2018/ROADS (道路) has a budget of 1,000,000.00 yuan and 800,000.00 yuan "
        "allocated; "
        "allocating 200,000.01 yuan more would exceed it by 0.01 yuan (allocations are held to the budget "
        "line; "
        "to exceed it, give --override REASON, or mark the line open_ended = true in the budget file)");
  CHECK(l.repo().ledger().count_entries("allocation") == 1);
  CHECK(allocated_to_roads(l) == wan(80));
  // Exactly what is left fits.
  CHECK(l.post({allocation("A2", wan(20))}).added == 1);
  CHECK(allocated_to_roads(l) == wan(100));
  CHECK(ledger::check_invariants(l.repo()).empty());
}

TEST_CASE("line: rows of one posting count together", "[ledger][line]") {
  text::set_language(text::Lang::en);
  PostedLedger l;
  l.basic();
  // 15万 + 15万 on top of 80万: the second row is the one over, and nothing is written.
  auto msg = l.refusal({second_source(), allocation("A2", wan(15)), allocation("A3", wan(15))});
  CHECK(
      msg.rfind("voucher A3: earmark 2018/ROADS (道路) has a budget of 1,000,000.00 yuan and 950,000.00 yuan",
                0) == 0);
  CHECK(l.repo().ledger().count_entries("allocation") == 1);
  CHECK(l.repo().ledger().count_entries("source") == 1);
}

TEST_CASE("line: --override records the reason and verify accepts the entry", "[ledger][line]") {
  PostedLedger l;
  l.basic();
  REQUIRE(l.post({second_source()}).added == 1);
  CHECK(l.post_overriding({allocation("A2", wan(50))}, "县政府常务会议纪要").added == 1);
  CHECK(allocated_to_roads(l) == wan(130));
  CHECK(l.repo().verify_chain().ok);
  CHECK(ledger::check_invariants(l.repo()).empty());
}

TEST_CASE("line: a reversal gives its money back to the line", "[ledger][line]") {
  PostedLedger l;
  l.basic();
  entries::Correction undo;
  undo.voucher = "C1";
  undo.date = day("2018-01-20");
  undo.kind = "reversal";
  undo.target = "A1";
  undo.reason = "误拨";
  // In one posting: the room the reversal gives back is there for the allocation after it.
  REQUIRE(l.post({second_source(), undo, allocation("A2", wan(100))}).added == 3);
  CHECK(allocated_to_roads(l) == wan(100));
  CHECK(ledger::check_invariants(l.repo()).empty());
}

TEST_CASE("line: a revision may not put a line below what is allocated", "[ledger][line]") {
  text::set_language(text::Lang::en);
  PostedLedger l;
  l.basic();
  CHECK(l.refusal({revision(wan(70))})
            .rfind("earmark 2018/ROADS (道路) would have a budget of 700,000.00 yuan, less than the "
                   "800,000.00 yuan",
                   0) == 0);
  CHECK(l.repo().ledger().count_entries("budget") == 1);
  CHECK(l.post({revision(wan(70), true)}).added == 1);  // open-ended: allowed, and no limit after
  REQUIRE(l.post({second_source()}).added == 1);
  CHECK(l.post({allocation("A2", wan(150))}).added == 1);
  CHECK(ledger::check_invariants(l.repo()).empty());
}

TEST_CASE("line: the invariant's own arithmetic, at the boundary", "[ledger][line]") {
  ledger::LineLimit line{2018, "ROADS", "道路", wan(100), false};
  CHECK_FALSE(ledger::line_covers(line, wan(80), wan(20)));
  auto v = ledger::line_covers(line, wan(80), wan(20) + Money::from_fen(1));
  REQUIRE(v);
  CHECK(v->invariant == ledger::Invariant::line_over_allocated);
  CHECK(v->facts.back() == format_for_people(Money::from_fen(1)));
  CHECK_FALSE(ledger::line_holds(line, wan(100)));
  CHECK(ledger::line_holds(line, wan(100) + Money::from_fen(1)));
  line.open_ended = true;
  CHECK_FALSE(ledger::line_covers(line, wan(80), wan(1000)));
  CHECK_FALSE(ledger::line_holds(line, wan(1000)));
}
