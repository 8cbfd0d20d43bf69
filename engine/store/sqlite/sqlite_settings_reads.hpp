// SettingsReads on SQLite.
#pragma once

#include "store/settings_reads.hpp"
#include "store/sqlite/db.hpp"

namespace fundledger::store {

class SqliteSettingsReads final : public SettingsReads {
 public:
  explicit SqliteSettingsReads(Db& db) : db_(db) {}

  std::vector<SettingRow> settings_latest() override;
  std::vector<SettingRow> settings_history() override;

 private:
  std::vector<SettingRow> rows(const std::string& where_order);
  Db& db_;
};

}  // namespace fundledger::store
