// advance_unsettled: an advance (预拨) still outstanding 90 days after it was made is listed with
// what is outstanding; 89 days, or one settled in full, is not.
#include <catch2/catch.hpp>

#include "ledger/advances.hpp"
#include "ledger_fixture.hpp"

using namespace fundledger;
using namespace fundledger::audit;
using testing::Ledger;

namespace {

void advance(Ledger& l, const char* id, const char* amount, const char* date) {
  entries::Source s;
  s.doc_no = id;
  s.amount = *parse_amount(amount).value;
  s.received_on = *calendar::parse_date(date).value;
  s.fiscal_year = 2018;
  s.category = ledger::kAdvanceCategory;
  s.name = "春耕预拨";
  s.level = "county";
  ledger::ImportOptions opt;
  opt.operator_name = "test";
  opt.recorded_at = "2026-01-01T00:00:00Z";
  REQUIRE(ledger::post(l.repo(), std::string("advance ") + id, {s}, opt).added == 1);
}

}  // namespace

TEST_CASE("advance_unsettled: outstanding for 90 days is listed, 89 days is not") {
  Ledger l;
  l.standard();
  advance(l, "YB-1", "10万", "2018-01-10");
  CHECK(check_advance_unsettled(l.repo(), testing::ctx("2018-04-09")).empty());  // 89 days
  auto f = check_advance_unsettled(l.repo(), testing::ctx("2018-04-10"));       // 90 days
  REQUIRE(f.size() == 1);
  CHECK(f[0].code == "advance_unsettled");
  CHECK(f[0].severity == Severity::warn);
  CHECK(f[0].subject.at("advance") == "YB-1");
  CHECK(f[0].subject.at("outstanding") == "100000.00");
  CHECK(f[0].subject.at("days") == "90");
  CHECK(f[0].evidence == std::vector<std::string>{"YB-1"});
}

TEST_CASE("advance_unsettled: an advance made after the audit's date is not listed") {
  Ledger l;
  l.standard();
  advance(l, "YB-2", "5万", "2018-06-01");
  CHECK(check_advance_unsettled(l.repo(), testing::ctx("2018-05-31")).empty());
  CHECK(check_advance_unsettled(l.repo(), testing::ctx("2018-12-31")).size() == 1);
}

TEST_CASE("advance_unsettled: an advance settled in full is not listed, one settled in part is") {
  Ledger l;
  l.standard();  // COUNTY-1 500万, of which 200万 allocated
  advance(l, "YB-3", "10万", "2018-01-10");
  advance(l, "YB-4", "10万", "2018-01-10");
  auto settle = [&](const char* id, const char* adv, const char* amount) {
    entries::AdvanceSettlement a;
    a.settle_id = id;
    a.advance_doc = adv;
    a.source_doc = "COUNTY-1";
    a.amount = *parse_amount(amount).value;
    a.date = *calendar::parse_date("2018-03-01").value;
    a.doc_no = "核销文";
    a.reason = "指标到位";
    ledger::ImportOptions opt;
    opt.operator_name = "test";
    opt.recorded_at = "2026-01-01T00:00:00Z";
    REQUIRE(ledger::post(l.repo(), std::string("settle ") + adv, {a}, opt).added == 1);
  };
  settle("HX-1", "YB-3", "10万");
  settle("HX-2", "YB-4", "4万");
  auto f = check_advance_unsettled(l.repo(), testing::ctx("2018-06-30"));
  REQUIRE(f.size() == 1);
  CHECK(f[0].subject.at("advance") == "YB-4");
  CHECK(f[0].subject.at("outstanding") == "60000.00");
}
