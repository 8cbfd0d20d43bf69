// A roll-up across counties' ledgers (balance --by county): each county's balance by category,
// totalled, as one row; the same columns and arithmetic as a county's own total.
#include "ledger/balance.hpp"

namespace fundledger::ledger {

CountyRollup::CountyRollup(std::optional<int> year, std::string as_of) {
  out_.by = BalanceBy::county;
  out_.year = year;
  out_.as_of = std::move(as_of);
}

void CountyRollup::add(const std::string& code, const std::string& name, store::Repository& repo) {
  Balance one = balance(repo, BalanceBy::category, out_.year, out_.as_of);
  if (out_.columns.empty()) out_.columns = one.columns;
  BalanceRow row = one.total;
  row.key = code;
  row.name = name;
  row.fiscal_year.reset();
  row.progress.reset();
  out_.rows.push_back(row);
  for (const auto& [column, amount] : row.money) out_.total.money[column] = out_.total.money[column] + amount;
}

}  // namespace fundledger::ledger
