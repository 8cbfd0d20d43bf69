// The write stage: applied entries go to the journal (store::Repository::append), and their flows
// into the running totals.
#pragma once

#include "ledger/running_totals.hpp"
#include "store/repository.hpp"

namespace fundledger::ledger {

class EntryWriter {
 public:
  explicit EntryWriter(store::Repository& repo) : repo_(repo) {}
  // Appends the entry; returns its id.
  std::int64_t write(const entries::Entry& entry);
  // Hands the remaining running totals to the store (before commit).
  void finish();
  [[nodiscard]] long written() const { return written_; }

 private:
  store::Repository& repo_;
  RunningTotals totals_;
  long written_ = 0;
};

}  // namespace fundledger::ledger
