// duplicate_payment: found when present, not at the near miss (31 days), evidence names vouchers.
#include "ledger_fixture.hpp"

#include <catch2/catch.hpp>

using namespace fundledger::audit;
using testing::Ledger;


TEST_CASE("duplicate_payment: same payee, earmark and amount 30 days apart is found (inclusive window)") {
  Ledger l;
  l.standard();
  l.pay("D1,2018-03-01,INDUSTRY,3000,H1\nD2,2018-03-31,INDUSTRY,3000,H1\nD3,2018-03-15,INDUSTRY,3001,H1\n");
  auto f = check_duplicate_payment(l.repo(), testing::ctx("2019-03-01"));
  REQUIRE(f.size() == 1);
  CHECK(f[0].code == "duplicate_payment");
  CHECK(f[0].severity == Severity::error);
  CHECK(f[0].evidence == std::vector<std::string>{"D1", "D2"});
  CHECK(f[0].subject.at("payee") == "H1");
}

TEST_CASE("duplicate_payment: 31 days apart is not a duplicate") {
  Ledger l;
  l.standard();
  l.pay("D1,2018-03-01,INDUSTRY,3000,H1\nD2,2018-04-01,INDUSTRY,3000,H1\n");
  CHECK(check_duplicate_payment(l.repo(), testing::ctx("2019-03-01")).empty());
}

TEST_CASE("duplicate_payment: other payee or other earmark is not a duplicate — a reversed one no longer counts") {
  Ledger l;
  l.standard();
  l.pay("D1,2018-03-01,INDUSTRY,3000,H1\nD2,2018-03-02,INDUSTRY,3000,H2\nD3,2018-03-03,MEDICAL-AID,3000,H1\n"
        "D4,2018-03-04,INDUSTRY,3000,H1\n");
  CHECK(check_duplicate_payment(l.repo(), testing::ctx("2019-03-01")).size() == 1);
  l.import("corrections", "voucher,date,kind,target,amount,reason\nC1,2018-03-10,reversal,D4,,重复录入\n");
  CHECK(check_duplicate_payment(l.repo(), testing::ctx("2019-03-01")).empty());
  // As of a date before the reversal, the duplicate was there.
  CHECK(check_duplicate_payment(l.repo(), testing::ctx("2018-03-05")).size() == 1);
}

TEST_CASE("duplicate_payment: one household paid by two towns") {
  Ledger l;
  l.standard();
  l.pay("D1,2018-03-01,INDUSTRY,3000,H2,T1\nD2,2018-06-01,MEDICAL-AID,5000,H2,T9\n");
  auto f = check_duplicate_payment(l.repo(), testing::ctx("2019-03-01"));
  REQUIRE(f.size() == 1);
  CHECK(f[0].evidence == std::vector<std::string>{"D1", "D2"});
  CHECK(f[0].message.find("T9") != std::string::npos);
}

TEST_CASE("duplicate_payment: one ID number under two household ids") {
  Ledger l;
  l.standard();
  l.import("households", "household_id,head_name,id_number,town,village,registered\nH9,丁,11010519491231002x,T3,V3,是\n");
  auto f = check_duplicate_payment(l.repo(), testing::ctx("2019-03-01"));
  REQUIRE(f.size() == 1);
  CHECK(f[0].evidence == std::vector<std::string>{"H1", "H9"});
  CHECK(f[0].subject.at("id_number") == "11010519491231002X");
}

TEST_CASE("duplicate_payment: two payments both reversed are not duplicates of each other") {
  Ledger l;
  l.standard();
  l.pay("D1,2018-03-01,INDUSTRY,3000,H1\nD2,2018-03-02,INDUSTRY,3000,H1\n");
  REQUIRE(check_duplicate_payment(l.repo(), testing::ctx("2019-03-01")).size() == 1);
  l.import("corrections", "voucher,date,kind,target,amount,reason\nC1,2018-03-10,reversal,D1,,录错对象\nC2,2018-03-10,reversal,D2,,录错对象\n");
  // Both now net to 0.00: nothing was paid twice (nothing was paid at all).
  CHECK(check_duplicate_payment(l.repo(), testing::ctx("2019-03-01")).empty());
}
