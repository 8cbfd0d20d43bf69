// ProjectReads: the project library (项目库), the contracts that commit its money and the projects'
// performance targets (绩效目标) with their results, and the assets projects leave (项目资产) with
// their income and its payouts, as the journal holds them (engine/projects and
// the ledger's apply stage judge them; the store reads).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "entries/entries.hpp"

namespace fundledger::store {

// One status step with who recorded it (its entry's header).
struct ProjectStatusRow {
  std::int64_t entry_id = 0;
  entries::ProjectStatus status;
  std::string operator_name;
};

// A contract as it stands: what its payments drew (net of their reversals and recoveries), and
// its end when it was closed or voided.
struct ContractState {
  entries::Contract contract;
  Money drawn;
  std::optional<entries::ContractEnd> end;
};

// A payment that names a project (by its id or its name, as the payment says it).
struct ProjectPayment {
  std::string voucher;
  calendar::Date date;
  int fiscal_year = 0;
  std::string project;
  Money amount;
  bool overridden = false;  // recorded with --override
};

// A payment that paid out an asset's income (its AssetPayout), net of its reversals and recoveries.
struct AssetPayoutRow {
  std::string voucher, asset_id;
  calendar::Date date;
  std::string payee_id, payee_name;
  Money amount;
};

class ProjectReads {
 public:
  virtual ~ProjectReads() = default;

  // Every version of one project, oldest first (empty: not in the library).
  virtual std::vector<entries::Project> project_versions(const std::string& project_id) = 0;
  // The latest version of every project, ordered by project_id.
  virtual std::vector<entries::Project> projects() = 0;
  // Every status step, in the order recorded.
  virtual std::vector<ProjectStatusRow> statuses() = 0;
  // Every contract, ordered by contract_id.
  virtual std::vector<ContractState> contracts() = 0;
  // The payments dated on or before `as_of` (of fiscal year `year`, or all) that name a project, by date.
  virtual std::vector<ProjectPayment> project_payments(std::optional<int> year,
                                                       const calendar::Date& as_of) = 0;
  // Every performance target, ordered by project_id and indicator_id.
  virtual std::vector<entries::Target> targets() = 0;
  // Every measured result, ordered by project_id, indicator_id and date.
  virtual std::vector<entries::TargetResult> target_results() = 0;
  // Every asset, ordered by asset_id.
  virtual std::vector<entries::Asset> assets() = 0;
  // Every income of an asset, ordered by asset_id, date and document.
  virtual std::vector<entries::AssetIncome> asset_incomes() = 0;
  // Every payout of an asset's income, ordered by date and voucher.
  virtual std::vector<AssetPayoutRow> asset_payouts() = 0;
};

}  // namespace fundledger::store
