// LoanReads on SQLite. The reads asked once per imported row keep their prepared statements.
#pragma once

#include "store/loan_reads.hpp"
#include "store/sqlite/cached_stmt.hpp"
#include "store/sqlite/db.hpp"

namespace fundledger::store {

class SqliteLoanReads final : public LoanReads {
 public:
  explicit SqliteLoanReads(Db& db) : db_(db) {}

  std::vector<LoanVersion> loan_versions(const std::string& loan_id) override;
  bool household_exists(const std::string& household_id) override;
  std::vector<CurrentLoan> current_loans() override;
  std::vector<entries::InterestClaim> interest_claims() override;

 private:
  Db& db_;
  CachedStmt versions_, household_;  // asked once per imported row
};

}  // namespace fundledger::store
