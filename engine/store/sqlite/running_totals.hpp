// The running totals on SQLite: upserts into the agg_* tables (schemas/0002_aggregates.sql).
#pragma once

#include <array>
#include <vector>

#include "store/records.hpp"
#include "store/sqlite/db.hpp"

namespace fundledger::store {

class RunningTotalsWriter {
 public:
  explicit RunningTotalsWriter(Db& db) : db_(db) {}
  // Adds each total to its row (creating it), in the order given: callers sort by key so the
  // upserts walk each table's B-tree forwards.
  void add(const std::vector<RunningTotal>& totals);

 private:
  Stmt& upsert(TotalTable t);
  Db& db_;
  std::array<Stmt, 5> upserts_;
  std::array<bool, 5> prepared_{};
};

}  // namespace fundledger::store
