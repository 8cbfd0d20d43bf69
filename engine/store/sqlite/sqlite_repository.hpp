// The Repository on one SQL connection (db.hpp): a SQLite file (WAL, foreign keys on, STRICT
// tables) or a county's schema on a PostgreSQL server; the same SQL on both.
#pragma once

#include "store/repository.hpp"
#include "store/sqlite/db.hpp"
#include "store/sqlite/journal.hpp"
#include "store/sqlite/running_totals.hpp"
#include "store/sqlite/sqlite_audit_reads.hpp"
#include "store/sqlite/sqlite_ledger_reads.hpp"
#include "store/sqlite/sqlite_loan_reads.hpp"
#include "store/sqlite/sqlite_monitor_reads.hpp"
#include "store/sqlite/sqlite_project_reads.hpp"
#include "store/sqlite/sqlite_report_reads.hpp"
#include "store/sqlite/sqlite_rule_reads.hpp"
#include "store/sqlite/sqlite_settings_reads.hpp"

namespace fundledger::store {

class SqliteRepository final : public Repository {
 public:
  explicit SqliteRepository(Db db);

  [[nodiscard]] const std::string& location() const override { return db_.path(); }
  [[nodiscard]] bool read_only() const override { return db_.read_only(); }
  [[nodiscard]] int schema_version() override { return db_.user_version(); }
  void begin() override { db_.begin(); }
  void commit() override;
  void rollback() noexcept override;

  void begin_import(const ImportInfo& info) override;
  std::int64_t append(const entries::Entry& entry) override;
  void batch_appends(bool on) override;
  void add_running_totals(const std::vector<RunningTotal>& totals) override { totals_.add(totals); }
  std::unique_ptr<SortSpill> sort_spill() override;

  VerifyResult verify_chain(std::optional<std::int64_t> hash_of) override;
  ChainHead chain_head() override;
  void snapshot_to(const std::string& path) override;
  void copy_from(Repository& source) override;

  LedgerReads& ledger() override { return ledger_; }
  RuleReads& rules() override { return rules_; }
  AuditReads& audit() override { return audit_; }
  ReportReads& reports() override { return reports_; }
  LoanReads& loans() override { return loans_; }
  SettingsReads& settings() override { return settings_; }
  ProjectReads& projects() override { return projects_; }
  MonitorReads& monitor() override { return monitor_; }

  // Writes the rows of batched entries now (before a read that could see them).
  void flush_pending_key(const std::string& key);

 private:
  Db db_;
  std::unique_ptr<Journal> journal_;  // from begin_import to commit or rollback
  RunningTotalsWriter totals_{db_};
  SqliteLedgerReads ledger_{db_, [this](const std::string& key) { flush_pending_key(key); }};
  SqliteRuleReads rules_{db_};
  SqliteAuditReads audit_{db_};
  SqliteReportReads reports_{db_};
  SqliteLoanReads loans_{db_};
  SqliteSettingsReads settings_{db_};
  SqlProjectReads projects_{db_};
  SqlMonitorReads monitor_{db_};
};

}  // namespace fundledger::store
