// LoanReads: what the loan register and the interest subsidy read.
// Typed parameters in, typed rows out; implemented by each storage backend (engine/store/sqlite/).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.hpp"
#include "entries/entries.hpp"
#include "money/money.hpp"

namespace fundledger::store {

// One recorded version of a loan: its terms (the same in every version) and its status dates.
// A stored date that is not a date is a StoreError when read.
struct LoanVersion {
  std::string loan_id;
  int version = 0;
  std::string household_id, product;  // product: microcredit | 5321 | policy
  std::optional<std::string> bank;
  Money principal;
  std::string annual_rate;  // exact decimal text as stored: "0.0435"
  calendar::Date start_date;
  int term_months = 0;
  std::optional<std::string> purpose;
  std::optional<calendar::Date> overdue_since, repaid_on, written_off_on;
  std::optional<calendar::Date> extended_to;  // 展期至 (schema 23)
};

// A loan's highest version with its household's names from the register ("" when not registered).
struct CurrentLoan {
  LoanVersion loan;
  std::string town, village, head_name;
};

class LoanReads {
 public:
  virtual ~LoanReads() = default;

  // Every recorded version of the loan, oldest first (empty for a new loan).
  virtual std::vector<LoanVersion> loan_versions(const std::string& loan_id) = 0;
  // Whether the household is in the household register.
  virtual bool household_exists(const std::string& household_id) = 0;
  // The current state (highest version) of every loan, ordered by loan_id.
  virtual std::vector<CurrentLoan> current_loans() = 0;
  // The banks' interest claims recorded (贴息申请), by loan and period.
  virtual std::vector<entries::InterestClaim> interest_claims() = 0;
};

}  // namespace fundledger::store
