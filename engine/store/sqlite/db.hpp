// engine/store — the ledger's SQL connection, whatever the backend.
//
// Db is one connection to a ledger (a SQLite file, or a county's schema on a PostgreSQL server);
// Stmt a prepared statement bound by position (`?`). Each forwards to its backend's driver:
// sqlite_driver.cpp (the only file with sqlite3.h besides open.cpp and fault_vfs.cpp) and
// pg/pg_driver.cpp (libpq).
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

namespace fundledger::store {

// A column value: NULL, INTEGER or TEXT (money is INTEGER fen).
using Value = std::variant<std::monostate, std::int64_t, std::string>;

// One backend's prepared statement (sqlite_driver.cpp, pg/pg_driver.cpp): what Stmt forwards to.
class StmtDriver {
 public:
  virtual ~StmtDriver() = default;
  virtual void bind_int(int index, std::int64_t v) = 0;
  // `copy`: the driver keeps its own copy; else the caller keeps the bytes until run or reset.
  virtual void bind_text(int index, std::string_view v, bool copy) = 0;
  virtual void bind_blob(int index, std::string_view v, bool copy) = 0;
  virtual void bind_null(int index) = 0;
  virtual bool step() = 0;
  virtual void reset() = 0;
  // Runs a statement whose rows, if any, nobody reads, then resets it. A driver may send it without
  // waiting for its outcome (PostgreSQL's pipeline in a write transaction); a failure then throws
  // from a later call on the connection, always before its commit.
  virtual void run() {
    while (step()) {
    }
    reset();
  }
  [[nodiscard]] virtual int columns() const = 0;
  [[nodiscard]] virtual bool is_null(int col) const = 0;
  [[nodiscard]] virtual bool is_integer(int col) const = 0;
  [[nodiscard]] virtual std::int64_t int64(int col) const = 0;
  [[nodiscard]] virtual std::string_view text_view(int col) const = 0;
  [[nodiscard]] virtual std::string blob(int col) const = 0;
};

// Which SQL the connection speaks, for the few statements that differ (the catalogue of triggers,
// a snapshot, scratch tables).
enum class Dialect { sqlite, postgres };

// One backend's connection: what Db forwards to.
class Connection {
 public:
  virtual ~Connection() = default;
  [[nodiscard]] virtual Dialect dialect() const = 0;
  virtual void exec(std::string_view sql) = 0;
  [[nodiscard]] virtual std::unique_ptr<StmtDriver> prepare(std::string_view sql) = 0;
  // A statement that may return a whole table (read in entry order, copied): the driver hands its
  // rows over a batch at a time rather than holding them all (PostgreSQL: a cursor). SQLite steps
  // row by row anyway.
  [[nodiscard]] virtual std::unique_ptr<StmtDriver> prepare_scan(std::string_view sql) {
    return prepare(sql);
  }
  // The write transaction: takes the ledger's write lock now (waiting up to a timeout).
  virtual void begin() = 0;
  virtual void commit() = 0;
  virtual void rollback() noexcept = 0;
  [[nodiscard]] virtual int user_version() = 0;
};

class Stmt {
 public:
  Stmt() = default;
  explicit Stmt(std::unique_ptr<StmtDriver> d) : d_(std::move(d)) {}

  Stmt& bind(int index, const Value& v);  // 1-based
  Stmt& bind(int index, std::int64_t v) {
    d_->bind_int(index, v);
    return *this;
  }
  Stmt& bind(int index, std::string_view v) {
    d_->bind_text(index, v, true);
    return *this;
  }
  Stmt& bind(int index, const std::string& v) { return bind(index, std::string_view(v)); }
  Stmt& bind(int index, const char* v) { return bind(index, std::string_view(v)); }
  Stmt& bind(int index, int v) { return bind(index, static_cast<std::int64_t>(v)); }
  Stmt& bind_null(int index) {
    d_->bind_null(index);
    return *this;
  }
  // As bind(), without the driver copying the bytes: the caller keeps them alive and unchanged
  // until the statement is run or reset (the journal's inserts, millions per import).
  Stmt& bind_static(int index, const Value& v);
  Stmt& bind_static(int index, const std::string& v) {
    d_->bind_text(index, v, false);
    return *this;
  }
  Stmt& bind_static(int index, Value&&) = delete;  // a temporary would be gone before run()
  Stmt& bind_static(int index, std::string&&) = delete;
  Stmt& bind_blob_static(int index, std::string_view bytes) {
    d_->bind_blob(index, bytes, false);
    return *this;
  }
  Stmt& bind_blob(int index, std::string_view bytes) {
    d_->bind_blob(index, bytes, true);
    return *this;
  }
  // Steps once; true when a row is available. Throws StoreError on failure.
  bool step() { return d_->step(); }
  // Steps to completion of a statement that returns no rows, then resets it.
  void run();
  void reset() { d_->reset(); }

  [[nodiscard]] int columns() const { return d_->columns(); }
  [[nodiscard]] bool is_null(int col) const { return d_->is_null(col); }
  [[nodiscard]] std::int64_t int64(int col) const { return d_->int64(col); }
  [[nodiscard]] std::string text(int col) const { return std::string(d_->text_view(col)); }
  [[nodiscard]] std::optional<std::string> opt_text(int col) const;
  // The column's text without a copy: valid until the next step, reset or column call on it.
  [[nodiscard]] std::string_view text_view(int col) const { return d_->text_view(col); }
  [[nodiscard]] Value value(int col) const;
  [[nodiscard]] std::string blob(int col) const { return d_->blob(col); }

 private:
  std::unique_ptr<StmtDriver> d_;
};

class Db {
 public:
  // A SQLite ledger file. create: the file must not exist; read_write/read_only: it must, and be
  // a fundledger ledger (an empty file, another application's database or a newer schema is
  // refused unchanged). Applies pending migrations; read_only reads an older schema from a
  // migrated temporary copy (open.cpp).
  static Db open(const std::string& path, OpenMode mode);
  Db(std::unique_ptr<Connection> conn, std::string location, bool ro)
      : conn_(std::move(conn)), path_(std::move(location)), read_only_(ro) {}
  Db(Db&&) noexcept;
  Db& operator=(Db&&) noexcept;
  ~Db();

  void exec(std::string_view sql) { conn_->exec(sql); }
  [[nodiscard]] Stmt prepare(std::string_view sql) { return Stmt(conn_->prepare(sql)); }
  [[nodiscard]] Stmt prepare_scan(std::string_view sql) { return Stmt(conn_->prepare_scan(sql)); }
  [[nodiscard]] int user_version() { return conn_->user_version(); }
  [[nodiscard]] Dialect dialect() const { return conn_->dialect(); }
  // Where the ledger lives, for messages (a file path, or a server's address without password).
  [[nodiscard]] const std::string& path() const { return path_; }
  [[nodiscard]] bool read_only() const { return read_only_; }

  // The write transaction (SQLite: BEGIN IMMEDIATE, waiting up to the busy timeout).
  void begin() { conn_->begin(); }
  void commit() { conn_->commit(); }
  void rollback() noexcept {
    if (conn_) conn_->rollback();
  }

 private:
  void migrate();
  Db migrated_copy();
  void close() noexcept;
  std::unique_ptr<Connection> conn_;
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
