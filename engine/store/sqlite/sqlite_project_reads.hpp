// ProjectReads on SQL (SQLite and PostgreSQL alike).
#pragma once

#include "store/project_reads.hpp"
#include "store/sqlite/db.hpp"

namespace fundledger::store {

class SqlProjectReads final : public ProjectReads {
 public:
  explicit SqlProjectReads(Db& db) : db_(db) {}

  std::vector<entries::Project> project_versions(const std::string& project_id) override;
  std::vector<entries::Project> projects() override;
  std::vector<ProjectStatusRow> statuses() override;
  std::vector<ContractState> contracts() override;
  std::vector<ProjectPayment> project_payments(std::optional<int> year, const calendar::Date& as_of) override;
  std::vector<entries::Target> targets() override;
  std::vector<entries::TargetResult> target_results() override;
  std::vector<entries::Asset> assets() override;
  std::vector<entries::AssetIncome> asset_incomes() override;
  std::vector<AssetPayoutRow> asset_payouts() override;

 private:
  Db& db_;
};

}  // namespace fundledger::store
