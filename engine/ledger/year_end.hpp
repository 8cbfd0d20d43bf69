// The year end (年终结转, issue 19). Closing fiscal year Y carries into Y+1 every fiscal year's money,
// up to Y, still unspent on Y's last day — of a source, what it has not allocated (its amount less
// what was reduced and allocated), and of each earmark's lots, what was allocated and not paid —
// each kept with its own fiscal year and source, never re-dated. Money carried through more than two
// year-ends is marked for recall (结余收回). The close reads the books as of Y-12-31, so the year
// must be locked through that day first (closed periods, periods.hpp): what it carried cannot change
// under it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "entries/entries.hpp"
#include "store/ledger_reads.hpp"

namespace fundledger::ledger {

constexpr int kRecallAfterYears = 2;  // carried through more than this many year-ends: recall it

// What closing `year` carries, ordered by fiscal year, source and earmark (money at a source first).
std::vector<entries::Carryover> carried_at_year_end(store::LedgerReads& reads, int year);

// One carry-over row of a close, as of a month's end: used since the close — paid out of the
// earmark's lots, or allocated from the source for money carried at the source — recalled (结余收回,
// returned to the level above by `recall`), and what is left.
struct CarryoverState {
  entries::Carryover row;
  Money used, recalled;
  [[nodiscard]] Money left() const { return row.amount - used - recalled; }
};
std::vector<CarryoverState> carryover_as_of(store::LedgerReads& reads, const entries::YearClose& close,
                                            const std::string& through_month);

// A recall of the close of `year` (结余收回) is one source reduction of kind "recall" per source it
// returns money to, known as "recall/<year>/<source document>".
std::string recall_prefix(int year);
std::string recall_id(int year, const std::string& source_doc);

// The close of `year`, if it was recorded.
std::optional<store::YearCloseRow> year_closed(store::LedgerReads& reads, int year);

}  // namespace fundledger::ledger
