// CachedStmt: a read's prepared statement kept for reuse (reads asked once per imported row would
// otherwise prepare their SQL millions of times), prepared on first use.
//
//   auto st = cache_.use(db_, "SELECT ... WHERE x = ?");
//   st->bind(1, x);
//   if (st->step()) ...;   // the statement is reset (bindings cleared) when `st` goes out of scope
#pragma once

#include <optional>
#include <string_view>

#include "store/sqlite/db.hpp"

namespace fundledger::store {

class CachedStmt {
 public:
  // The statement in use: resets it when done (also on an exception), so it holds no read lock.
  class Use {
   public:
    explicit Use(Stmt& st) : st_(st) {}
    ~Use() { st_.reset(); }
    Use(const Use&) = delete;
    Use& operator=(const Use&) = delete;
    Stmt* operator->() { return &st_; }
    Stmt& operator*() { return st_; }

   private:
    Stmt& st_;
  };

  [[nodiscard]] bool prepared() const { return st_.has_value(); }
  // Prepares `sql` the first time (the same text every time), then hands out the statement.
  [[nodiscard]] Use use(Db& db, std::string_view sql) {
    if (!st_) st_.emplace(db.prepare(sql));
    return Use(*st_);
  }

 private:
  std::optional<Stmt> st_;
};

}  // namespace fundledger::store
