// engine/loans — loan quality (贷款质量, issue 21): the loans outstanding on a day, their overdue
// principal by age band and the non-performing ratio (不良率), by bank, town or product.
//
// A loan is outstanding on day D when it started on or before D and was neither repaid (结清) nor
// written off (核销) by D; its balance is its principal (the register records no instalments). It
// is overdue on D when its overdue_since is on or before D, for (D − overdue_since) + 1 days: the
// first day overdue counts as day 1. Bands: 1–30, 31–90, 91–180 and more than 180 days. Overdue
// more than 90 days is non-performing (不良, the 次级 class and below of 五级分类); the ratio is
// non-performing ÷ outstanding, exact. Grouped by product, bank, town, village or household.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "entries/entries.hpp"
#include "loans/loans.hpp"

namespace fundledger::loans {

inline constexpr std::size_t kBands = 4;  // 1–30, 31–90, 91–180, >180 days
inline constexpr long kNonPerformingDays = 90;

// Days overdue on `as_of` (0: not overdue, or not outstanding).
long days_overdue(const Loan& loan, const Date& as_of);
// The band of a positive number of days overdue (0 … kBands−1).
std::size_t band_of(long days);

struct QualityRow {
  std::string key;
  long loans = 0;                       // outstanding loans
  Money outstanding;                    // 在贷余额
  std::array<Money, kBands> overdue{};  // overdue principal by band
  Money written_off;                    // written off by the day (not outstanding)
  Money compensated, recovered;         // 风险补偿 by the day: losses compensated, money recovered since

  [[nodiscard]] Money overdue_total() const;
  [[nodiscard]] Money non_performing() const;               // overdue more than 90 days
  [[nodiscard]] std::optional<Rational> npl_ratio() const;  // none when nothing is outstanding
};

struct Quality {
  std::string by;  // product | bank | town | village | household
  Date as_of;
  std::vector<QualityRow> rows;  // by key
  QualityRow total;
};

// Pure: the quality of `loans` on `as_of`, grouped by `by` (product, bank, town, village — keyed
// "town/village" — or household).
Quality loan_quality(const std::vector<Loan>& loans, const std::string& by, const Date& as_of);
// Adds the risk compensations dated by q.as_of (engine/loans/risk_fund.hpp) to the rows of their
// loans and to the total: each compensation's loss (fund's and bank's shares) and each recovery.
void add_compensations(Quality& q, const std::vector<Loan>& loans,
                       const std::vector<entries::LoanCompensation>& compensations);

}  // namespace fundledger::loans
