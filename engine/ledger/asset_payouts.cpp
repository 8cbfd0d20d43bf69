// An asset's income and what was paid out of it (ledger/asset_payouts.hpp).
#include "ledger/asset_payouts.hpp"

namespace fundledger::ledger {

void AssetPayouts::load() {
  if (loaded_) return;
  loaded_ = true;
  for (const auto& a : reads_.assets()) assets_.insert(a.asset_id);
  for (auto& i : reads_.asset_incomes()) incomes_[i.asset_id].push_back(std::move(i));
  for (const auto& p : reads_.asset_payouts()) paid_[p.asset_id] += p.amount;
}

bool AssetPayouts::known(const std::string& asset_id) {
  load();
  return assets_.count(asset_id) > 0;
}

Money AssetPayouts::earned(const std::string& asset_id, const calendar::Date& on) {
  load();
  Money sum;
  if (auto it = incomes_.find(asset_id); it != incomes_.end())
    for (const auto& i : it->second)
      if (i.date <= on) sum += i.amount;
  return sum;
}

Money AssetPayouts::paid_out(const std::string& asset_id) {
  load();
  auto it = paid_.find(asset_id);
  return it == paid_.end() ? Money{} : it->second;
}

void AssetPayouts::pay(const std::string& asset_id, const Money& amount) {
  load();
  paid_[asset_id] += amount;
}

}  // namespace fundledger::ledger
