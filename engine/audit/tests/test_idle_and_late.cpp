// idle_funds (365/730 days, as of). late_allocation is a lag rule now: engine/rules/tests/test_lag_rules.cpp.
#include "ledger_fixture.hpp"

#include <catch2/catch.hpp>

using namespace fundledger::audit;
using testing::Ledger;

TEST_CASE("idle_funds: 364 days is not idle, 365 is (warn), 730 is an error") {
  Ledger l;
  l.standard();
  // A1, A2, A3 allocated 2018-01-10; A1 partly spent, A2 and A3 wholly spent.
  l.pay("D1,2018-02-01,INDUSTRY,40万,ENT-1\nD2,2018-02-01,MEDICAL-AID,50万,H1\nD3,2018-02-01,LOAN-SUBSIDY,50万,H1\n");
  CHECK(check_idle_funds(l.repo(), testing::ctx("2019-01-09")).empty());  // 364 days
  auto f = check_idle_funds(l.repo(), testing::ctx("2019-01-10"));       // 365 days
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == Severity::warn);
  CHECK(f[0].evidence == std::vector<std::string>{"A1", "COUNTY-1"});
  CHECK(f[0].subject.at("unspent") == "600000.00");
  CHECK(f[0].subject.at("days") == "365");
  auto g = check_idle_funds(l.repo(), testing::ctx("2020-01-10"));  // 730 days
  REQUIRE(g.size() == 1);
  CHECK(g[0].severity == Severity::error);
}

TEST_CASE("idle_funds: as of a date before the spending, the whole lot was idle — a rule names itself") {
  Ledger l;
  l.standard();
  l.pay("D1,2018-12-20,INDUSTRY,100万,ENT-1\nD2,2018-02-01,MEDICAL-AID,50万,H1\nD3,2018-02-01,LOAN-SUBSIDY,50万,H1\n");
  auto r = testing::rule("idle-300", "idle");
  r.days = 300;
  r.severity = Severity::warn;
  auto f = check_idle_funds(l.repo(), testing::ctx("2018-12-01", {r}));
  REQUIRE(f.size() == 1);
  CHECK(f[0].subject.at("unspent") == "1000000.00");
  CHECK(f[0].rule == std::optional<std::string>("idle-300"));
  CHECK(check_idle_funds(l.repo(), testing::ctx("2018-12-31", {r})).empty());  // spent since
}
