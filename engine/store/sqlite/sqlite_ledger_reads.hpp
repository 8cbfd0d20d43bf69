// LedgerReads on SQLite.
#pragma once

#include "store/ledger_reads.hpp"
#include "store/sqlite/db.hpp"

namespace fundledger::store {

class SqliteLedgerReads final : public LedgerReads {
 public:
  explicit SqliteLedgerReads(Db& db) : db_(db) {}

 private:
  [[maybe_unused]] Db& db_;
};

}  // namespace fundledger::store
