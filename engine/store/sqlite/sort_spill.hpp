// SortSpill on SQLite: a TEMP table (outside the ledger file), so memory does not grow with the rows.
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
};

}  // namespace fundledger::store
