// idle_funds (365/730 days, as of) and late_allocation.
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

TEST_CASE("late_allocation: not fully allocated by received + days") {
  Ledger l;
  l.standard();  // COUNTY-1 received 2018-01-05, 200万 of 500万 allocated 2018-01-10; LOAN-1 none
  auto r = testing::rule("deadline", "allocation_deadline");
  r.category = "county_self";
  r.days = 30;
  CHECK(check_late_allocation(l.repo(), testing::ctx("2018-02-03", {r})).empty());  // deadline 2018-02-04 not reached
  auto f = check_late_allocation(l.repo(), testing::ctx("2018-02-04", {r}));
  REQUIRE(f.size() == 1);
  CHECK(f[0].evidence == std::vector<std::string>{"COUNTY-1"});
  CHECK(f[0].subject.at("unallocated") == "3000000.00");
  // Allocating the rest on the deadline day itself is in time.
  l.import("allocations", "voucher,date,source_doc,earmark,amount\nA9,2018-02-04,COUNTY-1,INDUSTRY,300万\n");
  CHECK(check_late_allocation(l.repo(), testing::ctx("2019-03-01", {r})).empty());
}
