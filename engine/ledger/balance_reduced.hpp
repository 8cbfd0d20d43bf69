// Balances and reductions of sources (来源调减 / 结余收回): the money taken off a source as a column of
// the balances by source and by category, out of what they show unallocated (amount = allocated +
// unallocated + frozen + reduced). A ledger without reductions shows the balances it always did.
#pragma once

#include "ledger/balance.hpp"

namespace fundledger::ledger {

// Adds the column `reduced` (what reductions dated on or before `as_of` took) after `amount` and
// subtracts it from `unallocated`, when a reduction in the balance's scope took anything.
void add_reduced(store::Repository& repo, Balance& b, const calendar::Date& as_of);

}  // namespace fundledger::ledger
