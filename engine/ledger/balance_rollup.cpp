// A roll-up across counties' ledgers (balance --by county): each county's balance by category,
// totalled, as one row; the same columns and arithmetic as a county's own total.
#include "ledger/balance.hpp"

namespace fundledger::ledger {

Balance balance_by_county(const std::vector<CountyLedger>& counties, std::optional<int> year,
                          const std::string& as_of) {
  Balance out;
  out.by = BalanceBy::county;
  out.year = year;
  out.as_of = as_of;
  for (const auto& c : counties) {
    Balance one = balance(*c.repo, BalanceBy::category, year, as_of);
    if (out.columns.empty()) out.columns = one.columns;
    BalanceRow row = one.total;
    row.key = c.code;
    row.name = c.name;
    row.fiscal_year.reset();
    row.progress.reset();
    out.rows.push_back(row);
    for (const auto& [column, amount] : row.money) out.total.money[column] = out.total.money[column] + amount;
  }
  return out;
}

}  // namespace fundledger::ledger
