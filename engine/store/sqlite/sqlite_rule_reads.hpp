// RuleReads on SQLite.
#pragma once

#include "store/rule_reads.hpp"
#include "store/sqlite/db.hpp"

namespace fundledger::store {

class SqliteRuleReads final : public RuleReads {
 public:
  explicit SqliteRuleReads(Db& db) : db_(db) {}

 private:
  [[maybe_unused]] Db& db_;
};

}  // namespace fundledger::store
