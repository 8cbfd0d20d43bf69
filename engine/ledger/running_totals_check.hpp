// verify's check of the running totals (derived data the reports read): summed again from every
// entry's flows during the replay of check_invariants, with the import's own keys
// (running_totals.hpp), and compared with every stored total — never trusted. Per table, the
// disagreeing total named is the one whose flows start earliest (its first entry); a stored total
// that no flow feeds is named (with no entry) only when no fed total disagrees.
#pragma once

#include <cstdint>
#include <vector>

#include "entries/entries.hpp"
#include "ledger/ledger.hpp"
#include "ledger/running_totals.hpp"
#include "store/ledger_reads.hpp"

namespace fundledger::ledger {

class RunningTotalsCheck {
 public:
  void add(std::int64_t entry_id, const entries::Entry& entry);
  // The first disagreeing total of each table, in table order.
  std::vector<InvariantViolation> finish(store::LedgerReads& reads);

 private:
  RunningTotals totals_;
};

}  // namespace fundledger::ledger
