// MonitorReads on SQL (SQLite and PostgreSQL drivers).
#pragma once

#include "store/monitor_reads.hpp"
#include "store/sqlite/db.hpp"

namespace fundledger::store {

class SqlMonitorReads final : public MonitorReads {
 public:
  explicit SqlMonitorReads(Db& db) : db_(db) {}

  std::vector<WarningActionRow> warning_actions() override;
  std::map<std::string, calendar::Date> latest_dates_of_keys(const std::vector<std::string>& keys) override;
  std::optional<EntryRef> first_entry_touching(const std::vector<std::string>& keys,
                                               std::int64_t after_entry_id) override;

 private:
  Db& db_;
};

}  // namespace fundledger::store
