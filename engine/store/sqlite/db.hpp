// engine/store — the only module that includes sqlite3.h.
//
// Db is one connection to a ledger file; Stmt a prepared statement bound by position.
// Failures of the environment (I/O, busy, corrupt, a newer schema) throw StoreError, which the CLI
// maps to exit 3. SQL is always bound parameters, never spliced text.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "store/errors.hpp"
#include "store/hash.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace fundledger::store {

// A column value: NULL, INTEGER or TEXT (money is INTEGER fen).
using Value = std::variant<std::monostate, std::int64_t, std::string>;

class Stmt {
 public:
  Stmt() = default;
  Stmt(sqlite3* db, std::string_view sql);
  Stmt(Stmt&&) noexcept;
  Stmt& operator=(Stmt&&) noexcept;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt();

  Stmt& bind(int index, const Value& v);  // 1-based
  Stmt& bind(int index, std::int64_t v);
  Stmt& bind(int index, std::string_view v);
  Stmt& bind(int index, const std::string& v) { return bind(index, std::string_view(v)); }
  Stmt& bind(int index, const char* v) { return bind(index, std::string_view(v)); }
  Stmt& bind(int index, int v) { return bind(index, static_cast<std::int64_t>(v)); }
  Stmt& bind_null(int index);
  // As bind(), without SQLite copying the bytes: the caller keeps them alive and unchanged until
  // the statement is run or reset (the journal's inserts, millions per import).
  Stmt& bind_static(int index, const Value& v);
  Stmt& bind_static(int index, const std::string& v);
  Stmt& bind_static(int index, Value&&) = delete;  // a temporary would be gone before run()
  Stmt& bind_static(int index, std::string&&) = delete;
  Stmt& bind_blob_static(int index, std::string_view bytes);
  // Steps once; true when a row is available. Throws StoreError on failure.
  bool step();
  // Steps to completion of a statement that returns no rows, then resets it.
  void run();
  void reset();

  [[nodiscard]] int columns() const;
  [[nodiscard]] bool is_null(int col) const;
  [[nodiscard]] std::int64_t int64(int col) const;
  [[nodiscard]] std::string text(int col) const;
  [[nodiscard]] std::optional<std::string> opt_text(int col) const;
  // The column's text without a copy: valid until the next step, reset or column call on it.
  [[nodiscard]] std::string_view text_view(int col) const;
  [[nodiscard]] Value value(int col) const;
  [[nodiscard]] std::string blob(int col) const;
  Stmt& bind_blob(int index, std::string_view bytes);

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* st_ = nullptr;
};

class Db {
 public:
  // create: the file must not exist; read_write/read_only: it must, and be a fundledger ledger
  // (an empty file, another application's database or a newer schema is refused unchanged).
  // Applies pending migrations; read_only reads an older schema from a migrated temporary copy
  // (open.cpp).
  static Db open(const std::string& path, OpenMode mode);
  Db(Db&&) noexcept;
  Db& operator=(Db&&) noexcept;
  ~Db();

  void exec(std::string_view sql);
  [[nodiscard]] Stmt prepare(std::string_view sql);
  [[nodiscard]] int user_version();
  [[nodiscard]] const std::string& path() const { return path_; }
  [[nodiscard]] bool read_only() const { return read_only_; }
  [[nodiscard]] sqlite3* handle() { return db_; }

  // BEGIN IMMEDIATE (takes the write lock now, waiting up to the busy timeout).
  void begin();
  void commit();
  void rollback() noexcept;

 private:
  Db(sqlite3* db, std::string path, bool ro) : db_(db), path_(std::move(path)), read_only_(ro) {}
  void migrate();
  Db migrated_copy();
  void close() noexcept;
  sqlite3* db_ = nullptr;
  std::string path_;
  bool read_only_ = false;
  std::string temp_copy_;  // a migrated copy this Db reads (removed on close), else empty
};

// Words for the environment failures a clerk can act on; `rc` may be an extended code.
std::string explain(int rc, std::string msg);

// RAII transaction: rolls back unless committed.
class Transaction {
 public:
  explicit Transaction(Db& db) : db_(db) { db_.begin(); }
  ~Transaction() {
    if (!done_) db_.rollback();
  }
  void commit() {
    db_.commit();
    done_ = true;
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

 private:
  Db& db_;
  bool done_ = false;
};

// The migrations compiled in from schemas/*.sql, in order; version i+1 is migrations()[i].
struct Migration {
  int version;
  const char* name;
  const char* sql;
};
const std::vector<Migration>& migrations();
int schema_version();  // the newest version this build knows

}  // namespace fundledger::store
