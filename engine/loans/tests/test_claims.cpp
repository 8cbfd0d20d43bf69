// The subsidy held to the banks' interest claims (贴息申请, issue 21): the lower of claimed interest
// and computed subsidy is paid, nothing for a loan its bank did not claim, penalty interest never.
// Figures by hand: 50000 × 4.35% × 90 ÷ 360 = 543.75 for 2017Q1.
#include <catch2/catch.hpp>

#include "loan_fixture.hpp"
#include "loans/claims.hpp"

using namespace fundledger;
using namespace fundledger::loans;
using calendar::DayCount;

namespace {

using test::d;
using test::yuan;

Loan loan(const char* id, const char* household, const char* bank) {
  Loan l = test::five_wan(id, household, "2016-01-01", 36);
  l.bank = bank;
  return l;
}

entries::InterestClaim claim(const char* loan_id, const char* bank, const char* from, const char* to,
                             const char* interest, const char* penalty) {
  return {loan_id, bank, d(from), d(to), yuan(interest), yuan(penalty), std::string("C-") + loan_id};
}

SubsidyResult q1_2017(const std::vector<Loan>& loans) {
  const SettlementYear calendar_year;
  auto w = window_in_one_year(calendar_year, calendar::quarter_period(2017, 1), "2017Q1");
  REQUIRE(w);
  return compute_subsidy(loans, *w, calendar_year, DayCount::act360, TermsLookup{});
}

const ClaimDifference* difference_of(const ClaimCheck& c, const std::string& loan_id) {
  for (const auto& x : c.differences)
    if (x.loan_id == loan_id) return &x;
  return nullptr;
}

}  // namespace

TEST_CASE("the lower of claim and computed subsidy is paid, unclaimed loans of a claiming bank wait",
          "[claims]") {
  std::vector<Loan> loans = {loan("L1", "H1", "XYS"), loan("L2", "H2", "XYS"), loan("L3", "H3", "NSH"),
                             loan("L4", "H4", "XYS"), loan("L5", "H5", "XYS")};
  loans[4].overdue_since = d("2016-12-01");  // no subsidised day in 2017Q1
  auto r = q1_2017(loans);
  REQUIRE(r.loans.size() == 4);
  auto check = hold_to_claims(r, loans,
                              {claim("L1", "XYS", "2017-01-01", "2017-03-31", "500.00", "12.30"),
                               claim("L4", "XYS", "2017-01-01", "2017-02-15", "300.00", "0"),
                               claim("L4", "XYS", "2017-02-16", "2017-03-31", "300.00", "0"),
                               claim("L5", "XYS", "2017-01-01", "2017-03-31", "100.00", "0"),
                               claim("L3", "NSH", "2016-10-01", "2016-12-31", "550.00", "0")});
  CHECK(check.crossing.empty());
  CHECK(check.banks == std::vector<std::string>{"XYS"});  // NSH's claim is of another quarter
  // L1 claimed 500.00 < 543.75: paid 500.00; its penalty 12.30 never.
  CHECK(r.loans[0].subsidy == yuan("500.00"));
  CHECK(r.loans[0].computed == yuan("543.75"));
  REQUIRE(difference_of(check, "L1"));
  CHECK(difference_of(check, "L1")->kind == "claim_lower");
  CHECK(difference_of(check, "L1")->penalty == yuan("12.30"));
  // L2: its bank claimed, but not for it: nothing this quarter.
  CHECK(r.loans[1].subsidy == Money());
  CHECK(difference_of(check, "L2")->kind == "unclaimed");
  // L3: NSH claimed nothing in 2017Q1, so its loan is paid as computed, unchecked.
  CHECK(r.loans[2].subsidy == yuan("543.75"));
  CHECK_FALSE(r.loans[2].claim);
  CHECK_FALSE(difference_of(check, "L3"));
  // L4: two claims, 600.00 in all > 543.75: paid as computed.
  CHECK(r.loans[3].claim->interest == yuan("600.00"));
  CHECK(r.loans[3].subsidy == yuan("543.75"));
  CHECK(difference_of(check, "L4")->kind == "claim_higher");
  // L5 claimed for days that earn nothing.
  CHECK(difference_of(check, "L5")->kind == "not_subsidised");
  CHECK(difference_of(check, "L5")->paid == Money());
  // Totals over XYS's loans: computed 3 × 543.75; claimed 500 + 600 + 100; paid 500 + 0 + 543.75.
  CHECK(check.computed == yuan("1631.25"));
  CHECK(check.claimed == yuan("1200.00"));
  CHECK(check.penalty == yuan("12.30"));
  CHECK(check.paid == yuan("1043.75"));
  // The households and the total follow the loans: 500 + 0 + 543.75 + 543.75.
  CHECK(r.total == yuan("1587.50"));
  CHECK(r.households[1].subsidy == Money());
}

TEST_CASE("a claim that agrees still lists its penalty, one crossing the window is set apart", "[claims]") {
  std::vector<Loan> loans = {loan("L1", "H1", "XYS"), loan("L2", "H2", "NSH")};
  auto r = q1_2017(loans);
  auto check = hold_to_claims(r, loans,
                              {claim("L1", "XYS", "2017-01-01", "2017-03-31", "543.75", "8.00"),
                               claim("L2", "NSH", "2016-12-21", "2017-03-20", "540.00", "0")});
  REQUIRE(check.crossing.size() == 1);
  CHECK(check.crossing[0].loan_id == "L2");
  REQUIRE(check.differences.size() == 1);
  CHECK(check.differences[0].kind == "penalty_only");
  CHECK(r.loans[0].subsidy == yuan("543.75"));
  CHECK(r.total == yuan("1087.50"));
}

TEST_CASE("with no claims in the window the subsidy is as computed", "[claims]") {
  std::vector<Loan> loans = {loan("L1", "H1", "XYS")};
  auto r = q1_2017(loans);
  auto check = hold_to_claims(r, loans, {});
  CHECK(check.banks.empty());
  CHECK(check.differences.empty());
  CHECK(r.total == yuan("543.75"));
}
