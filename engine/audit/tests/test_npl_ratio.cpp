// npl_ratio_exceeded: a bank whose non-performing ratio of the rule's product is above max_rate on
// the audit's date is listed, its non-performing loans and the loans it made in the 90 days before
// as evidence; loans of another product count nowhere; a ratio exactly at the limit is not listed.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "ledger_fixture.hpp"
#include "loans/loans.hpp"

using namespace fundledger;
using namespace fundledger::audit;
using testing::Ledger;

namespace {

// As of 2019-03-31: N-1 overdue 121 days (non-performing), N-2 current, N-3 lent 58 days before
// (new), all micro-credit of 信用社, 5万 each; N-4, a 5321 loan of 10万, overdue 182 days.
void loans_of_one_bank(Ledger& l) {
  l.standard();
  const auto file = std::filesystem::path(l.path()).parent_path() / "loans.csv";
  std::ofstream(file)
      << "loan_id,household_id,product,bank,principal,annual_rate,start_date,term_months,overdue_since\n"
         "N-1,H1,microcredit,信用社,5万,4.35%,2018-01-15,36,2018-12-01\n"
         "N-2,H2,microcredit,信用社,5万,4.35%,2018-01-15,36,\n"
         "N-3,H3,microcredit,信用社,5万,4.35%,2019-02-01,36,\n"
         "N-4,H1,5321,信用社,10万,4.35%,2018-01-15,60,2018-10-01\n";
  loans::ImportOptions opt;
  opt.operator_name = "test";
  opt.recorded_at = "2026-01-01T00:00:00Z";
  REQUIRE(loans::import_loans(l.repo(), file.string(), opt).added == 4);
}

Rule npl_rule(const char* max_rate) {
  Rule r = testing::rule("npl", "npl_ratio_max");
  r.max_rate = *parse_rate(max_rate).value;
  r.product = "microcredit";
  r.severity = Severity::warn;
  return r;
}

}  // namespace

TEST_CASE("npl_ratio_exceeded: the bank over its limit, its bad loans and its new loans as evidence") {
  Ledger l;
  loans_of_one_bank(l);
  auto f = check_npl_ratio(l.repo(), testing::ctx("2019-03-31", {npl_rule("2%")}));
  REQUIRE(f.size() == 1);
  CHECK(f[0].code == "npl_ratio_exceeded");
  CHECK(f[0].severity == Severity::warn);
  CHECK(f[0].subject.at("bank") == "信用社");
  CHECK(f[0].subject.at("npl_ratio") == "0.3333");  // 5万 of 15万: the 5321 loan counts nowhere
  CHECK(f[0].subject.at("new_loans") == "1");
  CHECK(f[0].evidence == std::vector<std::string>{"N-1", "N-3"});
}

TEST_CASE("npl_ratio_exceeded: exactly at the limit is not listed, nor a bank before its loans go bad") {
  Ledger l;
  loans_of_one_bank(l);
  Rule at = npl_rule("2%");
  at.max_rate = Rational(1, 3);
  CHECK(check_npl_ratio(l.repo(), testing::ctx("2019-03-31", {at})).empty());
  CHECK(check_npl_ratio(l.repo(), testing::ctx("2019-02-28", {npl_rule("2%")})).empty());  // N-1: 89 days overdue
}
