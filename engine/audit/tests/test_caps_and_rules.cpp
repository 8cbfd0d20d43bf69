// cap_exceeded, payee_not_registered, forbidden_use: rule-driven checks.
#include "ledger_fixture.hpp"

#include <catch2/catch.hpp>

using namespace fundledger::audit;
using fundledger::Money;
using testing::Ledger;

namespace {
Rule cap(const std::string& max_yuan) {
  auto r = testing::rule("cap", "cap_per_payee");
  r.earmark = "LOAN-SUBSIDY";
  r.max = *fundledger::parse_amount(max_yuan).value;
  r.period = "year";
  return r;
}
}  // namespace

TEST_CASE("cap_exceeded: a cap split across three payments is found — exactly the cap is not") {
  Ledger l;
  l.standard();
  l.pay("S1,2018-03-01,LOAN-SUBSIDY,3800,H1\nS2,2018-06-01,LOAN-SUBSIDY,3500,H1\nS3,2018-09-01,LOAN-SUBSIDY,2900,H1\n"
        "S4,2018-03-01,LOAN-SUBSIDY,9999.99,H2\nS5,2018-03-01,INDUSTRY,20000,H2\n");
  auto f = check_cap_exceeded(l.repo(), testing::ctx("2019-03-01", {cap("1万")}));
  REQUIRE(f.size() == 1);
  CHECK(f[0].evidence == std::vector<std::string>{"S1", "S2", "S3"});
  CHECK(f[0].rule == std::optional<std::string>("cap"));
  CHECK(f[0].subject.at("total") == "10200.00");
  // One fen under the cap: 10199.99 allowed with the cap at 10200.00, one fen over is not.
  CHECK(check_cap_exceeded(l.repo(), testing::ctx("2019-03-01", {cap("10200")})).empty());
  CHECK(check_cap_exceeded(l.repo(), testing::ctx("2019-03-01", {cap("10199.99")})).size() == 1);
  // H2 paid 9999.99: one fen under 1万, not found.
  for (const auto& x : f) CHECK(x.subject.at("payee") != "H2");
}

TEST_CASE("cap_exceeded: a recovery brings the sum back under the cap") {
  Ledger l;
  l.standard();
  l.pay("S1,2018-03-01,LOAN-SUBSIDY,6000,H1\nS2,2018-06-01,LOAN-SUBSIDY,5000,H1\n");
  CHECK(check_cap_exceeded(l.repo(), testing::ctx("2019-03-01", {cap("1万")})).size() == 1);
  l.import("corrections", "voucher,date,kind,target,amount,reason\nR1,2018-07-01,recovery,S2,1000,超上限收回\n");
  CHECK(check_cap_exceeded(l.repo(), testing::ctx("2019-03-01", {cap("1万")})).empty());
}

TEST_CASE("payee_not_registered: only earmarks with the rule, only unregistered payees") {
  Ledger l;
  l.standard();
  l.pay("M1,2018-04-10,MEDICAL-AID,15000,H3\nM2,2018-04-10,MEDICAL-AID,15000,H1\nI1,2018-04-10,INDUSTRY,15000,H3\n");
  auto r = testing::rule("med-reg", "eligible_payees");
  r.earmark = "MEDICAL-AID";
  r.require = "registered_household";
  auto f = check_payee_not_registered(l.repo(), testing::ctx("2019-03-01", {r}));
  REQUIRE(f.size() == 1);
  CHECK(f[0].evidence == std::vector<std::string>{"M1", "H3"});
  r.from = 2019;  // not yet in effect
  CHECK(check_payee_not_registered(l.repo(), testing::ctx("2019-03-01", {r})).empty());
  CHECK(check_payee_not_registered(l.repo(), testing::ctx("2019-03-01")).empty());
}

TEST_CASE("forbidden_use: the diverting allocation and the payment attributed to it") {
  Ledger l;
  l.standard();
  l.import("allocations", "voucher,date,source_doc,earmark,amount\nA7,2018-05-01,LOAN-1,MEDICAL-AID,50万\nA8,2018-05-01,LOAN-1,INDUSTRY,10万\n");
  // FIFO: M1 is paid from the county's A2; M2 names the loan document explicitly.
  l.pay("M1,2018-05-10,MEDICAL-AID,1000,H1\nM2,2018-05-11,MEDICAL-AID,20000,H2,T1,LOAN-1\nI1,2018-05-12,INDUSTRY,500,H1,T1,LOAN-1\n");
  auto r = testing::rule("loan-not-relief", "forbidden_use");
  r.category = "policy_loan";
  r.purposes = {"medical_aid", "education_aid"};
  auto f = check_forbidden_use(l.repo(), testing::ctx("2019-03-01", {r}));
  REQUIRE(f.size() == 2);
  std::vector<std::string> ev;
  for (const auto& x : f) ev.push_back(x.evidence.at(0));
  std::sort(ev.begin(), ev.end());
  CHECK(ev == std::vector<std::string>{"A7", "M2"});
  // Reversing the payment leaves only the allocation.
  l.import("corrections", "voucher,date,kind,target,amount,reason\nC1,2018-06-01,reversal,M2,,挪用纠正\n");
  auto g = check_forbidden_use(l.repo(), testing::ctx("2019-03-01", {r}));
  REQUIRE(g.size() == 1);
  CHECK(g[0].evidence.at(0) == "A7");
}
