// Advances and their settlement (预拨 / 核销, issue 19): money the treasury fronted before the quota
// arrived — a source of category "advance", allocated and paid like any other — and the sources
// that settled it. One row per advance, as of a day.
#pragma once

#include <string>
#include <vector>

#include "calendar/calendar.hpp"
#include "money/money.hpp"
#include "store/ledger_reads.hpp"

namespace fundledger::ledger {

constexpr const char* kAdvanceCategory = "advance";

struct AdvanceRow {
  std::string doc_no, name;
  int fiscal_year = 0;
  calendar::Date date;
  Money amount, allocated, paid, settled;
  long days = 0;                        // since the advance, while any of it is outstanding; else 0
  std::vector<std::string> settled_by;  // the settling sources, in the order they settled
  [[nodiscard]] Money outstanding() const { return amount - settled; }
};

// Every advance received by `as_of`, in document order, with what was settled of it by then.
std::vector<AdvanceRow> advances_as_of(store::LedgerReads& reads, const calendar::Date& as_of);

}  // namespace fundledger::ledger
