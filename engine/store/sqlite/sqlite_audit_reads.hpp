// AuditReads on SQLite.
#pragma once

#include "store/audit_reads.hpp"
#include "store/sqlite/db.hpp"

namespace fundledger::store {

class SqliteAuditReads final : public AuditReads {
 public:
  explicit SqliteAuditReads(Db& db) : db_(db) {}

 private:
  [[maybe_unused]] Db& db_;
};

}  // namespace fundledger::store
