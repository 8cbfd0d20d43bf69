// ReportReads on SQLite.
#pragma once

#include "store/report_reads.hpp"
#include "store/sqlite/db.hpp"

namespace fundledger::store {

class SqliteReportReads final : public ReportReads {
 public:
  explicit SqliteReportReads(Db& db) : db_(db) {}

 private:
  [[maybe_unused]] Db& db_;
};

}  // namespace fundledger::store
