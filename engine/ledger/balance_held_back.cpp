// Columns of money held back from unallocated (balance_held_back.hpp).
#include "ledger/balance_held_back.hpp"

#include <algorithm>

namespace fundledger::ledger {

void add_held_back(Balance& b, const char* name, const char* after,
                   const std::map<std::string, Money>& by_key,
                   const std::function<std::string(const BalanceRow&)>& key_of) {
  auto at = std::find(b.columns.begin(), b.columns.end(), after);
  b.columns.insert(at == b.columns.end() ? at : at + 1, name);
  b.total.money[name] = Money{};
  for (auto& r : b.rows) {
    auto it = by_key.find(key_of(r));
    const Money held = it == by_key.end() ? Money{} : it->second;
    r.money[name] = held;
    r.money["unallocated"] -= held;
    b.total.money[name] += held;
    b.total.money["unallocated"] -= held;
  }
}

}  // namespace fundledger::ledger
