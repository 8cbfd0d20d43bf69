// chain_broken and the trace queries.
#include "audit/trace.hpp"
#include "ledger_fixture.hpp"

#include <catch2/catch.hpp>

using namespace fundledger::audit;
using fundledger::Money;
using testing::Ledger;

TEST_CASE("chain_broken: an edit behind the engine's back is found") {
  Ledger l;
  l.standard();
  CHECK(check_chain_broken(l.repo(), testing::ctx("2019-03-01")).empty());
  l.raw_db().exec("DROP TRIGGER allocation_no_update; UPDATE allocation SET amount = amount + 1 WHERE voucher = 'A1';");
  auto f = check_chain_broken(l.repo(), testing::ctx("2019-03-01"));
  REQUIRE(f.size() == 1);
  CHECK(f[0].code == "chain_broken");
  CHECK(f[0].severity == Severity::error);
}

TEST_CASE("trace_voucher: sources sum to the payment, net of a recovery") {
  Ledger l;
  l.standard();
  l.import("allocations", "voucher,date,source_doc,earmark,amount\nA7,2018-02-01,LOAN-1,INDUSTRY,10万\n");
  // FIFO: 100万 of A1 first, then 5万 of A7.
  l.pay("D1,2018-03-01,INDUSTRY,105万,ENT-1\n");
  auto t = trace_voucher(l.repo(), "D1");
  REQUIRE(t);
  REQUIRE(t->sources.size() == 2);
  CHECK(t->sources[0].doc_no == "COUNTY-1");
  CHECK(t->sources[0].amount == Money::from_yuan(1000000));
  CHECK(t->sources[1].doc_no == "LOAN-1");
  CHECK(t->sources[1].category == "policy_loan");
  CHECK(t->sources[1].lots.at(0).lot == "A7");
  CHECK(t->amount == Money::from_yuan(1050000));
  // Recovery gives back last-drawn first: the loan's lot.
  l.import("corrections", "voucher,date,kind,target,amount,reason\nR1,2018-04-01,recovery,D1,2万,多付\n");
  t = trace_voucher(l.repo(), "D1");
  CHECK(t->gross == Money::from_yuan(1050000));
  CHECK(t->amount == Money::from_yuan(1030000));
  CHECK(t->sources[1].amount == Money::from_yuan(30000));
  REQUIRE(t->corrections.size() == 1);
  CHECK(t->corrections[0].amount == Money::from_yuan(-20000));
  CHECK(!trace_voucher(l.repo(), "NOPE"));
}

TEST_CASE("trace_source: allocated, disbursed and the summaries agree") {
  Ledger l;
  l.standard();
  l.pay("D1,2018-03-01,INDUSTRY,1000,H1\nD2,2018-03-02,MEDICAL-AID,2000,H2,T2\nD3,2018-03-03,INDUSTRY,3000,H1\n");
  auto h = source_head(l.repo(), "COUNTY-1");
  REQUIRE(h);
  CHECK(h->allocated == Money::from_yuan(2000000));
  CHECK(h->disbursed == Money::from_yuan(6000));
  Money alloc, disb;
  std::vector<std::string> vouchers;
  for_each_allocated(l.repo(), "COUNTY-1", [&](const AllocatedRow& r) { alloc += r.amount; });
  for_each_disbursed(l.repo(), "COUNTY-1", [&](const DisbursedRow& r) {
    disb += r.amount;
    vouchers.push_back(r.voucher);
  });
  CHECK(alloc == h->allocated);
  CHECK(disb == h->disbursed);
  CHECK(vouchers == std::vector<std::string>{"D1", "D2", "D3"});
  auto by_payee = summarize_source(l.repo(), "COUNTY-1", "payee");
  REQUIRE(by_payee.size() == 2);
  CHECK(by_payee[0].key == "H1");
  CHECK(by_payee[0].disbursed == Money::from_yuan(4000));
  CHECK(by_payee[0].payments == 2);
  auto by_town = summarize_source(l.repo(), "COUNTY-1", "town");
  Money sum;
  for (const auto& r : by_town) sum += r.disbursed;
  CHECK(sum == h->disbursed);
  CHECK(!source_head(l.repo(), "NOPE"));
}
