// The monitoring checks (issue 17): year_end_rush, paid_to_government, project_execution_low,
// dormant_balance — each on its edge.
#include <catch2/catch.hpp>

#include "ledger_fixture.hpp"

using namespace fundledger;
using namespace fundledger::audit;
using testing::Ledger;

namespace {

Rule rush(Rational share_max, int from_month = 11) {
  auto r = testing::rule("rush", "year_end_rush");
  r.share_max = share_max;
  r.from_month = from_month;
  r.severity = Severity::warn;
  return r;
}

}  // namespace

TEST_CASE(
    "year_end_rush: a share exactly at share_max is not a finding, above it is, once the year is closed") {
  Ledger l;
  l.standard();
  // 2018: 70万 paid in March, 30万 in November: 30% of the year dated from November on.
  l.pay("D1,2018-03-01,INDUSTRY,70万,ENT-1\nD2,2018-11-01,INDUSTRY,30万,ENT-1\n");
  CHECK(check_year_end_rush(l.repo(), testing::ctx("2018-12-31", {rush(Rational(3, 10))})).empty());
  auto f = check_year_end_rush(l.repo(), testing::ctx("2018-12-31", {rush(Rational(29, 100))}));
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == std::optional<std::string>("rush"));
  CHECK(f[0].severity == Severity::warn);
  CHECK(f[0].subject.at("share") == "30%");
  CHECK(f[0].subject.at("late") == "300000.00");
  CHECK(f[0].subject.at("total") == "1000000.00");
  CHECK(f[0].evidence == std::vector<std::string>{"D2"});
  // Not yet judged on 30 December; from December on nothing was paid.
  CHECK(check_year_end_rush(l.repo(), testing::ctx("2018-12-30", {rush(Rational(29, 100))})).empty());
  CHECK(check_year_end_rush(l.repo(), testing::ctx("2018-12-31", {rush(Rational(29, 100), 12)})).empty());
  // No rule, no check.
  CHECK(check_year_end_rush(l.repo(), testing::ctx("2018-12-31")).empty());
}

TEST_CASE(
    "paid_to_government: one finding per government payee, net, a wholly reversed payment not counted") {
  Ledger l;
  l.standard();
  l.import("disbursements",
           "voucher,date,earmark,amount,payee_id,payee_name,payee_kind\n"
           "G1,2018-02-01,MEDICAL-AID,10万,G-1,城关镇财政所,government\n"
           "G2,2018-02-02,MEDICAL-AID,5万,G-2,老县镇财政所,government\n"
           "D1,2018-02-03,MEDICAL-AID,1万,H1,甲,household\n"
           "G3,2018-04-01,MEDICAL-AID,2万,G-1,城关镇财政所,government\n");
  l.import("corrections",
           "voucher,date,kind,target,amount,to_earmark,reason\nC1,2018-03-01,reversal,G2,,,错付\n");
  auto f = check_paid_to_government(l.repo(), testing::ctx("2018-12-31"));
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == Severity::warn);
  CHECK(f[0].subject.at("payee") == "G-1");
  CHECK(f[0].subject.at("total") == "120000.00");
  CHECK(f[0].evidence == std::vector<std::string>{"G1", "G3"});
  // Before the reversal, G-2 was paid.
  CHECK(check_paid_to_government(l.repo(), testing::ctx("2018-02-28")).size() == 2);
}

TEST_CASE("project_execution_low: paid ÷ allocated of the year, exactly min_rate is not low") {
  Ledger l;
  l.standard();
  l.import_projects(
      "project_id,name,category,town,responsible_unit,investment\nP1,测试项目,industry,T1,县农业局,100万\n");
  l.import(
      "allocations",
      "voucher,date,source_doc,earmark,amount,town,project\nA4,2018-02-01,COUNTY-1,MEDICAL-AID,10万,,P1\n");
  l.import("disbursements",
           "voucher,date,earmark,amount,payee_id,payee_name,payee_kind,project\n"
           "D1,2018-03-01,MEDICAL-AID,5万,H1,甲,household,测试项目\n");
  auto r = testing::rule("exec", "execution_min");
  r.years = 1;
  r.min_rate = Rational(1, 2);  // 5万 of 10万 is exactly 50%
  CHECK(check_project_execution_low(l.repo(), testing::ctx("2018-12-31", {r})).empty());
  r.min_rate = Rational(500001, 1000000);
  auto f = check_project_execution_low(l.repo(), testing::ctx("2018-12-31", {r}));
  REQUIRE(f.size() == 1);
  CHECK(f[0].evidence == std::vector<std::string>{"P1"});
  CHECK(f[0].subject.at("years") == "2018-2018");
  CHECK(f[0].severity == Severity::error);
  // 2018 is not closed on 30 December: the run would end with 2017, when nothing was allocated.
  CHECK(check_project_execution_low(l.repo(), testing::ctx("2018-12-30", {r})).empty());
  // Two years: 2017 has no allocation to P1, so no rate, no run.
  r.years = 2;
  CHECK(check_project_execution_low(l.repo(), testing::ctx("2018-12-31", {r})).empty());
}

TEST_CASE("dormant_balance: 730 days without any flow, per fiscal year, earmark and town, not idle_funds") {
  Ledger l;
  l.standard();  // A1 (INDUSTRY, T1), A2 (MEDICAL-AID), A3 (LOAN-SUBSIDY) allocated 2018-01-10
  l.pay("D1,2018-02-01,INDUSTRY,40万,ENT-1\n");
  CHECK(check_dormant_balance(l.repo(), testing::ctx("2020-01-09")).empty());  // 729 days
  auto f = check_dormant_balance(l.repo(), testing::ctx("2020-01-10"));        // 730 days
  REQUIRE(f.size() == 2);
  CHECK(f[0].subject.at("earmark") == "2018/LOAN-SUBSIDY");
  CHECK(f[1].subject.at("earmark") == "2018/MEDICAL-AID");
  CHECK(f[1].subject.at("balance") == "500000.00");
  CHECK(f[1].subject.at("last_moved") == "2018-01-10");
  CHECK(f[1].evidence == std::vector<std::string>{"A2", "COUNTY-1"});
  CHECK(f[1].severity == Severity::warn);
  // A1's lot is as old, and idle; its balance moved on 2018-02-01, so it is not dormant.
  CHECK(check_idle_funds(l.repo(), testing::ctx("2020-01-10")).size() == 3);
  // A rule replaces the 730 days: none reached, none found; reached, its id and severity.
  auto r = testing::rule("dormant-800", "dormant");
  r.days = 800;
  CHECK(check_dormant_balance(l.repo(), testing::ctx("2020-01-10", {r})).empty());
  r.days = 700;
  auto g = check_dormant_balance(l.repo(), testing::ctx("2020-01-10", {r}));
  REQUIRE(g.size() == 3);
  CHECK(g[0].rule == std::optional<std::string>("dormant-800"));
  CHECK(g[0].severity == Severity::error);
}
