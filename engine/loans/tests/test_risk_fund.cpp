// engine/loans: the risk compensation fund (风险补偿金, issue 21) — the shares of a loss at the edges of
// rounding and of the overdue days, recoveries in the compensation's proportion adding up to the fen,
// and a fund's position from its earmark's movements.
#include <catch2/catch.hpp>

#include "loans/risk_fund.hpp"

using namespace fundledger;
using calendar::Date;
using loans::Loan;

namespace {

Date day(const char* s) { return *calendar::parse_date(s).value; }
Money yuan(const char* s) { return *parse_amount(s).value; }

Loan loan(const char* id, const char* bank, const char* principal, std::optional<Date> overdue) {
  Loan l;
  l.loan_id = id;
  l.household_id = std::string("H-") + id;
  l.product = "microcredit";
  l.bank = bank;
  l.principal = yuan(principal);
  l.start_date = day("2018-01-15");
  l.term_months = 36;
  l.overdue_since = overdue;
  return l;
}

loans::FundRule rule(const char* bank, const char* fund_share) {
  loans::FundRule r;
  r.rule_id = std::string("rf-") + bank;
  r.bank = bank;
  r.earmark = "RISK";
  r.size_rate = *parse_rate("10%").value;
  r.fund_share = *parse_rate(fund_share).value;
  return r;
}

entries::LoanCompensation recorded(const char* kind, const char* loan_id, const char* date,
                                   const char* amount, const char* fund, const char* voucher) {
  entries::LoanCompensation c;
  c.comp_id = voucher;
  c.kind = kind;
  c.loan_id = loan_id;
  c.bank = "B";
  c.date = day(date);
  c.amount = yuan(amount);
  c.fund_share = yuan(fund);
  c.bank_share = c.amount - c.fund_share;
  c.voucher = voucher;
  c.rule_id = "rf-B";
  return c;
}

loans::Shares shares(const std::variant<loans::Shares, loans::Refusal>& plan) {
  REQUIRE(std::holds_alternative<loans::Shares>(plan));
  return std::get<loans::Shares>(plan);
}

std::string refusal(const std::variant<loans::Shares, loans::Refusal>& plan) {
  REQUIRE(std::holds_alternative<loans::Refusal>(plan));
  return std::get<loans::Refusal>(plan).id;
}

}  // namespace

TEST_CASE("risk fund: a loan is compensated from its 90th day overdue, the first day counted",
          "[loans][risk_fund]") {
  const Loan l = loan("Q-3", "B", "40000", day("2019-01-01"));
  CHECK(refusal(loans::plan_compensation(l, rule("B", "80%"), day("2019-03-30"), std::nullopt, {})) ==
        "compensate.too_soon");
  const auto s = shares(loans::plan_compensation(l, rule("B", "80%"), day("2019-03-31"), std::nullopt, {}));
  CHECK(s.days_overdue == 90);
  CHECK(s.amount == yuan("40000"));
  CHECK(s.fund == yuan("32000"));
  CHECK(s.bank == yuan("8000"));
}

TEST_CASE("risk fund: the fund's share rounds half-up to the fen and the bank's is the rest",
          "[loans][risk_fund]") {
  // 39999.95 × 70% = 27999.965: half-up 27999.97 (half-even would give 27999.96).
  auto s = loans::share(yuan("39999.95"), *parse_rate("70%").value);
  CHECK(s.fund == yuan("27999.97"));
  CHECK(s.bank == yuan("11999.98"));
  // 0.03 × 80% = 0.024 → 0.02; 0.01 × 50% = 0.005 → 0.01.
  CHECK(loans::share(yuan("0.03"), *parse_rate("80%").value).fund == yuan("0.02"));
  CHECK(loans::share(yuan("0.01"), *parse_rate("50%").value).fund == yuan("0.01"));
}

TEST_CASE("risk fund: refusals — another bank or product, repaid, not overdue, compensated, the loss",
          "[loans][risk_fund]") {
  const auto r = rule("B", "80%");
  Loan other = loan("X", "C", "10000", day("2018-06-01"));
  CHECK(refusal(loans::plan_compensation(other, r, day("2019-04-01"), std::nullopt, {})) ==
        "compensate.not_covered");
  Loan l5321 = loan("Y", "B", "10000", day("2018-06-01"));
  l5321.product = "5321";
  CHECK(refusal(loans::plan_compensation(l5321, r, day("2019-04-01"), std::nullopt, {})) ==
        "compensate.not_covered");
  Loan repaid = loan("Z", "B", "10000", day("2018-06-01"));
  repaid.repaid_on = day("2019-04-01");
  CHECK(refusal(loans::plan_compensation(repaid, r, day("2019-04-01"), std::nullopt, {})) ==
        "compensate.repaid");
  CHECK(shares(loans::plan_compensation(repaid, r, day("2019-03-31"), std::nullopt, {})).fund ==
        yuan("8000"));
  Loan current = loan("W", "B", "10000", std::nullopt);
  CHECK(refusal(loans::plan_compensation(current, r, day("2019-04-01"), std::nullopt, {})) ==
        "compensate.not_overdue");
  Loan q5 = loan("Q-5", "B", "50000", day("2018-09-01"));
  CHECK(refusal(loans::plan_compensation(q5, r, day("2019-04-10"), yuan("50000.01"), {})) ==
        "compensate.loss_out_of_range");
  CHECK(refusal(loans::plan_compensation(q5, r, day("2019-04-10"), Money(), {})) ==
        "compensate.loss_out_of_range");
  CHECK(shares(loans::plan_compensation(q5, r, day("2019-04-10"), yuan("50000"), {})).days_overdue == 222);
  const std::vector<entries::LoanCompensation> done = {
      recorded("compensate", "Q-5", "2019-04-10", "20000", "16000", "BC-1")};
  CHECK(refusal(loans::plan_compensation(q5, r, day("2019-05-10"), std::nullopt, done)) ==
        "compensate.already");
}

TEST_CASE("risk fund: recoveries are shared as the compensation was, and the last one makes the shares exact",
          "[loans][risk_fund]") {
  std::vector<entries::LoanCompensation> done = {
      recorded("compensate", "Q-3", "2019-03-31", "39999.95", "27999.97", "BC-1")};
  CHECK(refusal(loans::plan_recovery("Q-3", day("2019-03-30"), yuan("100"), done)) ==
        "recover.not_compensated");
  CHECK(refusal(loans::plan_recovery("Q-1", day("2019-05-01"), yuan("100"), done)) ==
        "recover.not_compensated");
  // 1000.01 × 27999.97 / 39999.95 = 700.007… → 700.01.
  const auto first = shares(loans::plan_recovery("Q-3", day("2019-05-15"), yuan("1000.01"), done));
  CHECK(first.fund == yuan("700.01"));
  CHECK(first.bank == yuan("300.00"));
  done.push_back(recorded("recover", "Q-3", "2019-05-15", "1000.01", "700.01", "ZH-1"));
  CHECK(refusal(loans::plan_recovery("Q-3", day("2019-06-01"), yuan("38999.95"), done)) ==
        "recover.beyond_loss");
  // The rest of the loss: the fund gets exactly what is left of its share.
  const auto last = shares(loans::plan_recovery("Q-3", day("2019-06-01"), yuan("38999.94"), done));
  CHECK(last.fund == yuan("27299.96"));
  CHECK(last.fund + first.fund == yuan("27999.97"));
  CHECK(last.bank + first.bank == yuan("11999.98"));
  // Rounded parts drift: 0.03 and 0.03 of a 0.10 loss at 50% each give the fund 0.015 → 0.02, so
  // the last 0.04 gives what is left of its 0.05 — 0.01, not 0.02 — and the parts add up.
  std::vector<entries::LoanCompensation> tiny = {
      recorded("compensate", "T", "2019-03-31", "0.10", "0.05", "BC-8")};
  CHECK(shares(loans::plan_recovery("T", day("2019-04-01"), yuan("0.03"), tiny)).fund == yuan("0.02"));
  tiny.push_back(recorded("recover", "T", "2019-04-01", "0.03", "0.02", "ZH-8"));
  tiny.push_back(recorded("recover", "T", "2019-04-02", "0.03", "0.02", "ZH-9"));
  const auto rest = shares(loans::plan_recovery("T", day("2019-04-03"), yuan("0.04"), tiny));
  CHECK(rest.fund == yuan("0.01"));
  CHECK(rest.bank == yuan("0.03"));
  // A fen recovered where the fund's share is 30%: 0.3 fen is no money for the fund.
  const std::vector<entries::LoanCompensation> small = {
      recorded("compensate", "S", "2019-03-31", "100", "30", "BC-9")};
  CHECK(refusal(loans::plan_recovery("S", day("2019-04-01"), yuan("0.01"), small)) == "recover.too_small");
}

TEST_CASE(
    "risk fund: a fund's position — size from the loan balance at the quarter's eve, balance from its "
    "earmark's movements",
    "[loans][risk_fund]") {
  std::vector<Loan> all = {loan("Q-1", "B", "50000", std::nullopt),
                           loan("Q-5", "B", "50000", day("2018-09-01")),
                           loan("Q-9", "B", "30000", std::nullopt), loan("O-1", "C", "90000", std::nullopt)};
  all[2].start_date = day("2019-04-01");  // lent on the quarter's first day: not in its opening balance
  Loan repaid = loan("Q-7", "B", "20000", std::nullopt);
  repaid.repaid_on = day("2019-03-31");  // repaid on the eve: not in it either
  all.push_back(repaid);
  const std::vector<entries::LoanCompensation> done = {
      recorded("compensate", "Q-5", "2019-04-10", "20000", "16000", "BC-1"),
      recorded("recover", "Q-5", "2019-06-20", "5000", "4000", "ZH-1")};
  const std::vector<store::EarmarkMovementRow> moves = {
      {"alloc", "FP-1", day("2019-01-10"), "S1", "county_self", yuan("20000")},
      {"alloc", "FP-3", day("2019-03-21"), "S2", "risk_fund", yuan("65")},
      {"pay", "BC-1", day("2019-04-10"), "S1", "county_self", yuan("16000")},
      {"pay", "ZH-1", day("2019-06-20"), "S1", "county_self", yuan("-4000")},
      {"pay", "OTHER", day("2019-06-21"), "S1", "county_self", yuan("100")}};
  const auto f = loans::fund_position(rule("B", "80%"), all, moves, done, day("2019-06-30"));
  CHECK(f.quarter_start == day("2019-04-01"));
  CHECK(f.loan_balance == yuan("100000"));
  CHECK(f.required == yuan("10000"));
  CHECK(f.deposits == yuan("20000"));
  CHECK(f.interest == yuan("65"));
  CHECK(f.compensated == yuan("16000"));
  CHECK(f.recovered == yuan("4000"));
  CHECK(f.other_paid == yuan("100"));
  CHECK(f.balance == yuan("7965"));
  CHECK(f.shortfall() == yuan("2035"));
  auto fixed = rule("B", "80%");
  fixed.size = yuan("5000");
  CHECK(loans::fund_position(fixed, all, moves, done, day("2019-06-30")).shortfall() == Money());
}

TEST_CASE("risk fund: quarters start on the first of January, April, July and October",
          "[loans][risk_fund]") {
  CHECK(loans::quarter_start(day("2019-03-31")) == day("2019-01-01"));
  CHECK(loans::quarter_start(day("2019-04-01")) == day("2019-04-01"));
  CHECK(loans::quarter_start(day("2019-09-30")) == day("2019-07-01"));
  CHECK(loans::quarter_start(day("2019-12-31")) == day("2019-10-01"));
}
