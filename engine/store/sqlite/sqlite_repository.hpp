// The Repository on one SQLite file (WAL, foreign keys on, STRICT tables; see db.hpp).
#pragma once

#include "store/repository.hpp"
#include "store/sqlite/db.hpp"
#include "store/sqlite/sqlite_audit_reads.hpp"
#include "store/sqlite/sqlite_ledger_reads.hpp"
#include "store/sqlite/sqlite_loan_reads.hpp"
#include "store/sqlite/sqlite_report_reads.hpp"
#include "store/sqlite/sqlite_rule_reads.hpp"

namespace fundledger::store {

class SqliteRepository final : public Repository {
 public:
  explicit SqliteRepository(Db db);

  [[nodiscard]] const std::string& location() const override { return db_.path(); }
  [[nodiscard]] bool read_only() const override { return db_.read_only(); }
  [[nodiscard]] int schema_version() override { return db_.user_version(); }
  void begin() override { db_.begin(); }
  void commit() override { db_.commit(); }
  void rollback() noexcept override { db_.rollback(); }

  VerifyResult verify_chain() override;
  void snapshot_to(const std::string& path) override;

  LedgerReads& ledger() override { return ledger_; }
  RuleReads& rules() override { return rules_; }
  AuditReads& audit() override { return audit_; }
  ReportReads& reports() override { return reports_; }
  LoanReads& loans() override { return loans_; }

  Db& legacy_db() override { return db_; }

 private:
  Db db_;
  SqliteLedgerReads ledger_{db_};
  SqliteRuleReads rules_{db_};
  SqliteAuditReads audit_{db_};
  SqliteReportReads reports_{db_};
  SqliteLoanReads loans_{db_};
};

}  // namespace fundledger::store
