// LoanReads on SQLite.
#pragma once

#include "store/loan_reads.hpp"
#include "store/sqlite/db.hpp"

namespace fundledger::store {

class SqliteLoanReads final : public LoanReads {
 public:
  explicit SqliteLoanReads(Db& db) : db_(db) {}

 private:
  [[maybe_unused]] Db& db_;
};

}  // namespace fundledger::store
