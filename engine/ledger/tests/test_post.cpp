// engine/ledger: ledger::post — typed entries that were never in a file go through the same
// pipeline as an import (invariants, attribution, idempotency, all or nothing), on a real SQLite
// file, with no file and no CLI anywhere.
#include <catch2/catch.hpp>

#include "entries/entries.hpp"
#include "ledger/balance.hpp"
#include "ledger/ledger.hpp"
#include "ledger/tests/posted_ledger.hpp"
#include "store/repository.hpp"
#include "text/text.hpp"

using namespace fundledger;

using testing::day;
using testing::PostedLedger;
using testing::wan;

TEST_CASE("post: typed entries with no file are recorded, attributed and verified", "[ledger][post]") {
  PostedLedger l;
  l.basic();
  CHECK(l.repo().ledger().count_entries("allocation") == 1);
  auto rep = l.post({PostedLedger::payment("P1", "2018-02-01", wan(30)),
                     PostedLedger::payment("P2", "2018-03-01", wan(20))});
  CHECK(rep.added == 2);
  CHECK(rep.skipped == 0);
  // The payment is attributed to the allocation's lot, to the fen; its town defaults to the household's.
  auto lots = l.repo().ledger().payment_lots("P1");
  REQUIRE(lots.size() == 1);
  CHECK(lots[0].lot == "A1");
  CHECK(lots[0].net == wan(30));
  CHECK(lots[0].town == std::optional<std::string>("城关镇"));
  auto b = ledger::balance(l.repo(), ledger::BalanceBy::earmark, 2018, "2018-12-31");
  REQUIRE(b.rows.size() == 1);
  CHECK(b.rows[0].money.at("allocated") == wan(80));
  CHECK(b.rows[0].money.at("disbursed") == wan(50));
  CHECK(l.repo().verify_chain().ok);
  CHECK(ledger::check_invariants(l.repo()).empty());
}

TEST_CASE("post: posting the same entries twice records them once", "[ledger][post]") {
  PostedLedger l;
  l.basic();
  CHECK(l.post({PostedLedger::payment("P1", "2018-02-01", wan(30))}).added == 1);
  auto again = l.post({PostedLedger::payment("P1", "2018-02-01", wan(30))});
  CHECK(again.added == 0);
  CHECK(again.skipped == 1);
  CHECK(l.repo().ledger().count_entries("disbursement") == 1);
}

TEST_CASE("post: one payment over what is available refuses the whole posting, naming it", "[ledger][post]") {
  PostedLedger l;
  l.basic();
  try {
    // P1 fits; P2 would need 60万 of the 50万 left on its date.
    (void)l.post({PostedLedger::payment("P1", "2018-02-01", wan(30)),
                  PostedLedger::payment("P2", "2018-03-01", wan(60))});
    FAIL("expected InputError");
  } catch (const ledger::InputError& e) {
    REQUIRE(e.diagnostics.all().size() == 1);
    const auto& d = e.diagnostics.all().front();
    CHECK(d.file == "test posting");
    CHECK(d.message ==
          "voucher P2: payment of 600,000.00 yuan exceeds what earmark 2018/ROADS has available on "
          "2018-03-01 (500,000.00 yuan; over by 100,000.00 yuan)");
  }
  CHECK(l.repo().ledger().count_entries("disbursement") == 0);
  CHECK(l.repo().verify_chain().ok);
}

TEST_CASE("post: the refusal in Chinese, amounts as a clerk reads them", "[ledger][post][zh]") {
  PostedLedger l;
  l.basic();
  text::set_language(text::Lang::zh);
  std::string message;
  try {
    (void)l.post({PostedLedger::payment("P2", "2018-03-01", wan(80) + Money::from_fen(1))});
  } catch (const ledger::InputError& e) {
    for (const auto& d : e.diagnostics.all()) message += d.message;  // checked once English is back
  }
  text::set_language(text::Lang::en);
  CHECK(message ==
        "凭证 P2：支付 800,000.01元 超过 2018 年度专项 ROADS 截至 2018-03-01 的可用余额（80.00万元，超出 "
        "0.01元）");
}

TEST_CASE("post: the journal reads back the posted entries, typed and in order, flows included",
          "[ledger][post][journal]") {
  PostedLedger l;
  l.basic();
  auto p1 = PostedLedger::payment("P1", "2018-02-01", wan(30));
  CHECK(l.post({p1}).added == 1);
  std::vector<std::string> kinds;
  std::optional<entries::Disbursement> read_back;
  l.repo().ledger().for_each_entry([&](std::int64_t id, const entries::Entry& e) {
    CHECK(id == static_cast<std::int64_t>(kinds.size()) + 1);
    kinds.push_back(e.kind());
    if (auto* d = std::get_if<entries::Disbursement>(&e.body)) read_back = *d;
  });
  // Applied in date order, the undated (household, budget) first.
  CHECK(kinds == std::vector<std::string>{"household", "budget", "source", "allocation", "disbursement"});
  REQUIRE(read_back);
  CHECK(read_back->voucher == "P1");
  CHECK(read_back->amount == wan(30));
  CHECK(read_back->town == std::optional<std::string>("城关镇"));  // filled in when it was applied
  REQUIRE(read_back->flows.size() == 1);
  const auto& f = read_back->flows[0];
  CHECK(f.kind == "pay");
  CHECK(f.lot == "A1");
  CHECK(f.lot_date == day("2018-01-10"));
  CHECK(f.source_doc == "S1");
  CHECK(f.amount == wan(30));
  CHECK(f.payee_id == std::optional<std::string>("H1"));
}
