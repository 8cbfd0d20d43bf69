// Hand-computed interest subsidies (贴息). Every expected figure below was worked out by hand:
// principal × rate × days ÷ basis, then rounded once, half-up, to the fen.
#include <catch2/catch.hpp>

#include "loans/loans.hpp"

using namespace fundledger;
using namespace fundledger::loans;
using calendar::DayCount;

namespace {

Date d(const char* s) { return *calendar::parse_date(s).value; }
Money yuan(const char* s) { return *parse_amount(s).value; }

Loan loan(const char* id, const char* household, const char* product, const char* principal, const char* rate,
          const char* start, int months) {
  Loan l;
  l.loan_id = id;
  l.household_id = household;
  l.product = product;
  l.principal = yuan(principal);
  l.annual_rate = *parse_rate(rate).value;
  l.annual_rate_text = rate_text(l.annual_rate);
  l.start_date = d(start);
  l.term_months = months;
  return l;
}

const TermsLookup kNoTerms;

}  // namespace

TEST_CASE("a loan spanning the whole year earns 365 days", "[subsidy]") {
  auto l = loan("L1", "H1", "microcredit", "50000", "4.35%", "2016-03-15", 36);
  CHECK(subsidy_period(l, 2017).days() == 365);
  // 50000 × 0.0435 × 365 / 360 = 2205.2083… → 2205.21
  CHECK(interest(l.principal, l.annual_rate, 365, DayCount::act360) == yuan("2205.21"));
  // 50000 × 0.0435 × 365 / 365 = 2175
  CHECK(interest(l.principal, l.annual_rate, 365, DayCount::act365) == yuan("2175"));
  auto r = compute_subsidy({l}, 2017, DayCount::act360, kNoTerms);
  REQUIRE(r.loans.size() == 1);
  CHECK(r.loans[0].subsidy == yuan("2205.21"));
  CHECK(r.total == yuan("2205.21"));
}

TEST_CASE("a loan starting mid-year counts from its start date", "[subsidy]") {
  auto l = loan("L2", "H1", "microcredit", "50000", "4.35%", "2017-07-01", 36);
  // [2017-07-01, 2018-01-01) = 184 days; 50000 × 0.0435 × 184 / 360 = 1111.666… → 1111.67
  CHECK(subsidy_period(l, 2017).days() == 184);
  auto r = compute_subsidy({l}, 2017, DayCount::act360, kNoTerms);
  CHECK(r.loans.at(0).subsidy == yuan("1111.67"));
  // Nothing in the year before it started.
  CHECK(compute_subsidy({l}, 2016, DayCount::act360, kNoTerms).loans.empty());
}

TEST_CASE("a loan repaid early stops the day it is repaid — exact half a fen rounds up",
          "[subsidy][rounding]") {
  auto l = loan("L3", "H2", "microcredit", "30000", "4.75%", "2016-01-10", 36);
  l.repaid_on = d("2017-04-10");
  // [2017-01-01, 2017-04-10) = 31 + 28 + 31 + 9 = 99 days; 30000 × 0.0475 × 99 / 360 = 391.875 exactly
  CHECK(subsidy_period(l, 2017).days() == 99);
  auto r = compute_subsidy({l}, 2017, DayCount::act360, kNoTerms);
  CHECK(r.loans.at(0).subsidy == yuan("391.88"));  // half-up: 391.875 -> 391.88, not 391.87
}

// The case above ends in an odd fen digit (391.87|5), where half-up and half-even agree: it cannot
// tell them apart. loans.hpp documents one rounding, half-up, of the exact principal × rate × days
// ÷ basis. Each case below holds exact half fen ties after an even fen digit (half-up 18.13,
// half-even and truncation 18.12) and after an odd one (half-up and half-even 54.38, truncation
// 54.37), so each fails if half-up becomes half-even or truncation. Interest is never negative
// (interest() asserts days >= 0 and rate >= 0), so there is no negative tie to test here.

TEST_CASE("interest: an exact half fen rounds up after an even and after an odd fen digit",
          "[subsidy][rounding]") {
  const Rational rate = *parse_rate("4.35%").value;
  // Even last fen digit. act360: 50000 × 0.0435 × 3 / 360 = 18.125 exactly → 18.13 (not 18.12).
  CHECK(interest(yuan("50000"), rate, 3, DayCount::act360) == yuan("18.13"));
  // act365: 30150 × 0.0435 × 73 / 365 = 262.305 exactly → 262.31 (not 262.30).
  CHECK(interest(yuan("30150"), rate, 73, DayCount::act365) == yuan("262.31"));
  // Odd last fen digit. act360: 50000 × 0.0435 × 9 / 360 = 54.375 exactly → 54.38 (not 54.37).
  CHECK(interest(yuan("50000"), rate, 9, DayCount::act360) == yuan("54.38"));
  // act365: 30050 × 0.0435 × 73 / 365 = 261.435 exactly → 261.44 (not 261.43).
  CHECK(interest(yuan("30050"), rate, 73, DayCount::act365) == yuan("261.44"));
  // Just either side of the 18.125 tie: 50000.01 gives 18.12500362… → 18.13 and 49999.99 gives
  // 18.12499637… → 18.12. Only an exact tie is a tie, and "always up" is not half-up.
  CHECK(interest(yuan("50000.01"), rate, 3, DayCount::act360) == yuan("18.13"));
  CHECK(interest(yuan("49999.99"), rate, 3, DayCount::act360) == yuan("18.12"));
  // No days, no subsidy.
  CHECK(interest(yuan("50000"), rate, 0, DayCount::act360) == Money());
}

TEST_CASE("compute_subsidy: an exact half fen rounds up after an even and after an odd fen digit",
          "[subsidy][rounding]") {
  // Even: [2017-12-29, 2018-01-01) = 3 days of 50000 at 4.35%, act360 = 18.125 → 18.13.
  auto late = loan("LT1", "H9", "microcredit", "50000", "4.35%", "2017-12-29", 36);
  CHECK(subsidy_period(late, 2017).days() == 3);
  auto r = compute_subsidy({late}, 2017, DayCount::act360, kNoTerms);
  REQUIRE(r.loans.size() == 1);
  CHECK(r.loans[0].uncapped == yuan("18.13"));
  CHECK(r.loans[0].subsidy == yuan("18.13"));
  CHECK(r.total == yuan("18.13"));
  // Even, act365: [2017-10-20, 2018-01-01) = 12 + 30 + 31 = 73 days of 30150 = 262.305 → 262.31.
  auto autumn = loan("LT2", "H10", "microcredit", "30150", "4.35%", "2017-10-20", 36);
  CHECK(subsidy_period(autumn, 2017).days() == 73);
  CHECK(compute_subsidy({autumn}, 2017, DayCount::act365, kNoTerms).total == yuan("262.31"));
  // Odd: repaid on 2017-01-10, so [2017-01-01, 2017-01-10) = 9 days of 50000 = 54.375 → 54.38.
  auto repaid = loan("LT3", "H11", "microcredit", "50000", "4.35%", "2016-05-01", 36);
  repaid.repaid_on = d("2017-01-10");
  CHECK(subsidy_period(repaid, 2017).days() == 9);
  CHECK(compute_subsidy({repaid}, 2017, DayCount::act360, kNoTerms).total == yuan("54.38"));
  // All three together: each loan rounded once on its own, then summed: 18.13 + 54.38 = 72.51
  // under act360 (rounding the sum 72.50 exactly once would give 72.50).
  auto both = compute_subsidy({late, repaid}, 2017, DayCount::act360, kNoTerms);
  CHECK(both.total == yuan("72.51"));
}

TEST_CASE("an overdue loan earns until the day before it went overdue", "[subsidy]") {
  auto l = loan("L4", "H3", "5321", "50000", "4.35%", "2017-02-01", 36);
  l.overdue_since = d("2017-08-01");
  // [2017-02-01, 2017-08-01) = 28 + 31 + 30 + 31 + 30 + 31 = 181 days (2017-07-31 is the last)
  auto p = subsidy_period(l, 2017);
  CHECK(p.days() == 181);
  CHECK(p.end == d("2017-08-01"));
  // 50000 × 0.0435 × 181 / 360 = 1093.541… → 1093.54
  CHECK(compute_subsidy({l}, 2017, DayCount::act360, kNoTerms).loans.at(0).subsidy == yuan("1093.54"));
  // The following year it earns nothing.
  CHECK(compute_subsidy({l}, 2018, DayCount::act360, kNoTerms).loans.empty());
}

TEST_CASE("a leap year has 366 days under both bases", "[subsidy][leap]") {
  auto l = loan("L5", "H4", "policy", "50000", "4.35%", "2015-06-01", 60);
  CHECK(subsidy_period(l, 2016).days() == 366);
  // act360: 50000 × 0.0435 × 366 / 360 = 2211.25; act365: 2175 × 366 / 365 = 2180.958… → 2180.96
  CHECK(compute_subsidy({l}, 2016, DayCount::act360, kNoTerms).total == yuan("2211.25"));
  CHECK(compute_subsidy({l}, 2016, DayCount::act365, kNoTerms).total == yuan("2180.96"));
}

TEST_CASE("maturity is start + term months, clamped to the month's end", "[subsidy]") {
  auto l = loan("L6", "H4", "microcredit", "20000", "5%", "2016-08-31", 6);
  CHECK(l.maturity() == d("2017-02-28"));
  // [2017-01-01, 2017-02-28) = 58 days; 20000 × 0.05 × 58 / 360 = 161.111… → 161.11
  CHECK(compute_subsidy({l}, 2017, DayCount::act360, kNoTerms).total == yuan("161.11"));
}

TEST_CASE("principal above the subsidised maximum earns nothing — the rate is capped", "[subsidy][caps]") {
  ProductTerms t;
  t.rule_id = "test-5321";
  t.subsidised_principal_max = yuan("5万");
  t.subsidy_rate_max = *parse_rate("4%").value;
  TermsLookup terms = [&](const std::string& product, int) -> std::optional<ProductTerms> {
    if (product == "5321") return t;
    return std::nullopt;
  };
  auto above = loan("L7", "H5", "5321", "60000", "4.35%", "2016-01-01", 36);
  auto at_cap = loan("L8", "H6", "5321", "50000", "4.35%", "2016-01-01", 36);
  auto r = compute_subsidy({above, at_cap}, 2017, DayCount::act365, terms);
  REQUIRE(r.loans.size() == 2);
  // 60000 > 50000: nothing at all (not 50000's worth).
  CHECK(r.loans[0].uncapped == yuan("2610"));  // 60000 × 0.0435
  CHECK(r.loans[0].subsidy == Money());
  CHECK_FALSE(r.loans[0].reasons.empty());
  // At the cap: rate capped at 4%: 50000 × 0.04 × 365 / 365 = 2000; uncapped 2175.
  CHECK(r.loans[1].uncapped == yuan("2175"));
  CHECK(r.loans[1].subsidy == yuan("2000"));
  CHECK(r.total == yuan("2000"));
}

TEST_CASE("several loans of one household hit the per-household cap", "[subsidy][caps]") {
  ProductTerms t;
  t.rule_id = "cap";
  t.subsidy_max_per_household = yuan("3000");
  TermsLookup terms = [&](const std::string& product, int) -> std::optional<ProductTerms> {
    if (product == "5321") return t;
    return std::nullopt;
  };
  // Two 5321 loans of 2175 each (50000 × 4.35% × 365/365) = 4350 > 3000; a microcredit loan of the
  // same household is another product and not capped.
  auto a = loan("LA", "H7", "5321", "50000", "4.35%", "2016-01-01", 36);
  auto b = loan("LB", "H7", "5321", "50000", "4.35%", "2016-06-01", 36);
  auto c = loan("LC", "H7", "microcredit", "20000", "4.35%", "2016-06-01", 36);  // 870
  auto other = loan("LD", "H8", "5321", "50000", "4.35%", "2016-06-01", 36);     // 2175, under the cap
  auto r = compute_subsidy({a, b, c, other}, 2017, DayCount::act365, terms);
  REQUIRE(r.households.size() == 2);
  CHECK(r.households[0].household_id == "H7");
  CHECK(r.households[0].uncapped == yuan("5220"));  // 2175 + 2175 + 870
  CHECK(r.households[0].subsidy == yuan("3870"));   // 3000 + 870
  CHECK(r.households[1].subsidy == yuan("2175"));
  // The cap is split back over the capped loans exactly: 1500 + 1500.
  CHECK(r.loans[0].subsidy == yuan("1500"));
  CHECK(r.loans[1].subsidy == yuan("1500"));
  CHECK(r.loans[2].subsidy == yuan("870"));
  CHECK(r.total == yuan("6045"));
}

TEST_CASE("an uneven cap split adds up to the fen", "[subsidy][caps]") {
  ProductTerms t;
  t.subsidy_max_per_household = yuan("1000.01");
  TermsLookup terms = [&](const std::string&, int) -> std::optional<ProductTerms> { return t; };
  auto a = loan("LA", "H7", "5321", "50000", "4.35%", "2016-01-01", 36);
  auto b = loan("LB", "H7", "5321", "50000", "4.35%", "2016-01-01", 36);
  auto r = compute_subsidy({a, b}, 2017, DayCount::act365, terms);
  // Equal weights: 500.005 each; the odd fen goes to the lower loan_id.
  CHECK(r.loans[0].subsidy == yuan("500.01"));
  CHECK(r.loans[1].subsidy == yuan("500.00"));
  CHECK(r.total == yuan("1000.01"));
}

TEST_CASE("stored rates are exact decimal text", "[rate]") {
  CHECK(rate_text(*parse_rate("4.35%").value) == "0.0435");
  CHECK(rate_text(*parse_rate("5%").value) == "0.05");
  CHECK(rate_text(*parse_rate("0.04875").value) == "0.04875");
  CHECK(parse_stored_rate("0.0435") == *parse_rate("4.35%").value);
}
