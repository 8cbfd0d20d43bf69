// Balances and freezes of quota (指标冻结): the money frozen as a column of the balances by source,
// by category and by earmark, taken out of what they show unallocated (quota = allocated +
// unallocated + frozen). A ledger without freezes shows the balances it always did.
#pragma once

#include "ledger/balance.hpp"

namespace fundledger::ledger {

// Adds the column `frozen` (what freezes recorded by `as_of` still hold) after `allocated` and
// subtracts it from `unallocated`, when a freeze in the balance's scope holds anything.
void add_frozen(store::Repository& repo, Balance& b, const calendar::Date& as_of);

}  // namespace fundledger::ledger
