// The apply stage's view of the assets projects leave (项目资产) and their income: what each asset
// earned by a day, and what payments naming it have paid out (net of reversals and recoveries).
// Loaded from the store on first use, kept up to date as payouts are applied.
//
// The invariant (one place: Applier::asset_allows calls it): an asset's income is paid out to
// households, and what was paid out never exceeds what the asset had earned by the payment's date.
#pragma once

#include <map>
#include <set>
#include <string>

#include "store/project_reads.hpp"

namespace fundledger::ledger {

class AssetPayouts {
 public:
  explicit AssetPayouts(store::ProjectReads& reads) : reads_(reads) {}

  [[nodiscard]] bool known(const std::string& asset_id);
  // What the asset earned on or before `on`.
  Money earned(const std::string& asset_id, const calendar::Date& on);
  // What payments naming the asset paid out, net, whatever their date.
  Money paid_out(const std::string& asset_id);
  void pay(const std::string& asset_id, const Money& amount);

 private:
  void load();
  store::ProjectReads& reads_;
  bool loaded_ = false;
  std::map<std::string, std::vector<entries::AssetIncome>> incomes_;  // by asset, in date order
  std::map<std::string, Money> paid_;
  std::set<std::string> assets_;
};

}  // namespace fundledger::ledger
