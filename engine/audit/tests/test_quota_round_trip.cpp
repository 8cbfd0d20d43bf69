// quota_round_trip: a transfer of quota out of a line and back within 31 days (as of the audit's
// date) is listed once, with both revisions and what came back; 32 days apart, or one way, is not.
#include <catch2/catch.hpp>

#include "ledger_fixture.hpp"

using namespace fundledger;
using namespace fundledger::audit;
using testing::Ledger;

namespace {

entries::Budget transfer(const char* from, const char* to, const char* amount, const char* date,
                         const char* doc) {
  entries::Budget b;
  b.fiscal_year = 2018;
  b.doc_no = doc;
  b.reason = "调剂";
  b.set_quota(
      {"transfer", from, std::string(to), *parse_amount(amount).value, *calendar::parse_date(date).value});
  return b;
}

void post(Ledger& l, const entries::Budget& b) {
  ledger::ImportOptions opt;
  opt.operator_name = "test";
  opt.recorded_at = "2026-01-01T00:00:00Z";
  REQUIRE(ledger::post(l.repo(), "transfer", {b}, opt).added == 1);
}

}  // namespace

TEST_CASE("quota_round_trip: out and back within 31 days is listed, with the amount that came back") {
  Ledger l;
  l.standard();  // INDUSTRY 200万 (100万 allocated), MEDICAL-AID 100万 (50万), LOAN-SUBSIDY 100万 (50万)
  post(l, transfer("LOAN-SUBSIDY", "INDUSTRY", "30万", "2018-03-01", "文1"));   // r2
  post(l, transfer("INDUSTRY", "LOAN-SUBSIDY", "20万", "2018-04-01", "文2"));   // r3, 31 days on
  post(l, transfer("MEDICAL-AID", "INDUSTRY", "10万", "2018-05-01", "文3"));    // r4, one way
  CHECK(check_quota_round_trip(l.repo(), testing::ctx("2018-03-31")).empty());  // not back yet
  auto f = check_quota_round_trip(l.repo(), testing::ctx("2018-12-31"));
  REQUIRE(f.size() == 1);
  CHECK(f[0].code == "quota_round_trip");
  CHECK(f[0].severity == Severity::warn);
  CHECK(f[0].subject.at("line") == "2018/LOAN-SUBSIDY");
  CHECK(f[0].subject.at("returned") == "200000.00");
  CHECK(f[0].subject.at("days") == "31");
  CHECK(f[0].evidence == std::vector<std::string>{"2018/r2", "2018/r3"});
}

TEST_CASE("quota_round_trip: back after 32 days is not a round trip") {
  Ledger l;
  l.standard();
  post(l, transfer("LOAN-SUBSIDY", "INDUSTRY", "30万", "2018-03-01", "文1"));
  post(l, transfer("INDUSTRY", "LOAN-SUBSIDY", "30万", "2018-04-02", "文2"));  // 32 days on
  CHECK(check_quota_round_trip(l.repo(), testing::ctx("2018-12-31")).empty());
}
