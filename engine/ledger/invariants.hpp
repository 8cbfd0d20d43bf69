// The ledger's invariants, each one function, named once. The apply stage calls them before an
// entry is recorded; `verify` (check_invariants) calls the same functions while it replays the
// whole journal in order, so it re-checks "as of the entry's own date" too. A violation is a value
// (which invariant, the entry it names, the facts its message needs); its words come from one
// catalogue (describe()), not from the call site.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "entries/entries.hpp"
#include "ledger/attribute.hpp"

namespace fundledger::ledger {

enum class Invariant {
  lot_overspent,           // a lot paid out more than it held (as of each entry's date)
  source_over_allocated,   // a source allocated more than its amount (as of each allocation's date)
  payment_misattributed,   // a payment's flows do not add up to it
  allocation_unmatched,    // an allocation's flow is not the allocation
  budget_unbalanced,       // a budget's lines do not add up to its total
  line_over_allocated,     // an earmark allocated more than its budget line (control by line), unless
                           // the line is open-ended or the entry was recorded with an override
  entry_in_closed_period,  // an entry recorded, after a lock, dated on or before it (ledger/periods.hpp
                           // closed_by says which entries a lock holds back)
  advance_over_settled,    // an advance (预拨) settled beyond its amount, or by what is not an advance
};

struct Violation {
  Invariant invariant;
  std::optional<std::int64_t> entry_id;  // the first entry at which it is broken
  std::vector<std::string> facts;        // in the order the catalogue's message takes them
};

// The message of a violation (the catalogue: ledger/invariant_messages.cpp).
std::string describe(const Violation& v);

// ---- the invariants, one function each (nullopt: it holds) ----

// What a lot has available on `date` (its changes recorded so far, as of that date) covers `spend`.
std::optional<Violation> lot_covers(const std::string& lot, const DatedBalance& changes, const Date& date,
                                    const Money& spend);
// What a source has not yet allocated on `date`, as the invariant below counts it.
Money source_unallocated(const entries::Source& source, const DatedBalance& changes, const Date& date);
// What a source has not yet allocated on `date` covers `amount`; `changes` are its allocations
// (negative) and their reversals (positive), as recorded so far.
std::optional<Violation> source_covers(const entries::Source& source, const DatedBalance& changes,
                                       const Date& date, const Money& amount);
std::optional<Violation> payment_attributed(const entries::Disbursement& d);
std::optional<Violation> allocation_matches_flow(const entries::Allocation& a);
std::optional<Violation> budget_balanced(const entries::Budget& b);

// Control by line (issue 19): the budget line an earmark's allocations are held to — the line of
// the year's latest budget revision (budgets carry no date: a revision is in force from when it is
// recorded). An open-ended line holds nothing back.
struct LineLimit {
  int fiscal_year = 0;
  std::string code, name;
  Money amount;
  bool open_ended = false;
};
// The line covers `amount` more on top of what its earmark has been allocated (net: reversals and
// 调剂 counted, every date — the line is the year's, not a day's).
// `frozen`: what is frozen of the line's quota (指标冻结), held back as if allocated.
std::optional<Violation> line_covers(const LineLimit& line, const Money& allocated, const Money& amount,
                                     const Money& frozen = Money());
// A revised line still covers what its earmark has already been allocated, and what is frozen of it.
std::optional<Violation> line_holds(const LineLimit& line, const Money& allocated,
                                    const Money& frozen = Money());

}  // namespace fundledger::ledger
