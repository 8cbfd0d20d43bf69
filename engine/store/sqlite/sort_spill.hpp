// SortSpill on a TEMP table (outside the ledger: SQLite's temporary file, PostgreSQL's session
// table), so memory does not grow with the rows.
#pragma once

#include "store/repository.hpp"
#include "store/sqlite/db.hpp"

namespace fundledger::store {

class SqliteSortSpill final : public SortSpill {
 public:
  explicit SqliteSortSpill(Db& db);
  ~SqliteSortSpill() override;
  void add(std::string_view sort_key, long line, std::string_view payload) override;
  void for_each(bool as_added, const std::function<void(long line, std::string_view payload)>& fn) override;

 private:
  Db& db_;
  Stmt insert_;
  std::int64_t added_ = 0;
};

}  // namespace fundledger::store
