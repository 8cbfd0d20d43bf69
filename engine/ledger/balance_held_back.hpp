// Money a balance shows apart from what is unallocated: frozen (指标冻结) or reduced (来源调减). One
// place adds such a column, so that quota = allocated + unallocated + the columns held back.
#pragma once

#include <functional>
#include <map>
#include <string>

#include "ledger/balance.hpp"

namespace fundledger::ledger {

// Inserts the money column `name` after `after` (at the end when `after` is not a column): each row
// gets by_key[key_of(row)] (zero when absent), taken out of its `unallocated`, and the total the sum.
void add_held_back(Balance& b, const char* name, const char* after,
                   const std::map<std::string, Money>& by_key,
                   const std::function<std::string(const BalanceRow&)>& key_of);

}  // namespace fundledger::ledger
