// What the subsidy tests share: dates and amounts from text, and the 5万 micro-credit loan at 4.35%
// whose figures they work out by hand (50000 × 4.35% ÷ 360 = 6.041666… a day).
#pragma once

#include "loans/loans.hpp"

namespace fundledger::loans::test {

inline Date d(const char* s) { return *calendar::parse_date(s).value; }
inline Money yuan(const char* s) { return *parse_amount(s).value; }

inline Loan five_wan(const char* id, const char* household, const char* start, int months) {
  Loan l;
  l.loan_id = id;
  l.household_id = household;
  l.product = "microcredit";
  l.principal = yuan("50000");
  l.annual_rate = *parse_rate("4.35%").value;
  l.annual_rate_text = rate_text(l.annual_rate);
  l.start_date = d(start);
  l.term_months = months;
  return l;
}

}  // namespace fundledger::loans::test
