// Balances and reductions of sources (来源调减 / 结余收回) and settlements of advances (核销预拨): the
// money taken off a source, or given by it to settle advances, as columns of the balances by source
// and by category, out of what they show unallocated (amount = allocated + unallocated + frozen +
// reduced + settled). A ledger without either shows the balances it always did.
#pragma once

#include "ledger/balance.hpp"

namespace fundledger::ledger {

// Adds the column `reduced` (what reductions dated on or before `as_of` took) after `amount` and
// subtracts it from `unallocated`, when a reduction in the balance's scope took anything.
void add_reduced(store::Repository& repo, Balance& b, const calendar::Date& as_of);
// Adds the column `settled` (what the source gave to settle advances by `as_of`) after `amount`,
// the same way, when any settlement in the balance's scope is dated by then.
void add_settled(store::Repository& repo, Balance& b, const calendar::Date& as_of);

}  // namespace fundledger::ledger
