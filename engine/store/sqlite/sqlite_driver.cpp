#include "store/sqlite/sqlite_driver.hpp"

#include <sqlite3.h>

#include "text/text.hpp"

namespace fundledger::store {

namespace {

[[noreturn]] void fail(sqlite3* db, const std::string& what, int rc) {
  std::string msg = what + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  throw StoreError(explain(rc, msg), rc);
}

class SqliteStmt final : public StmtDriver {
 public:
  SqliteStmt(sqlite3* db, std::string_view sql) : db_(db) {
    int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &st_,
                                nullptr);
    if (rc != SQLITE_OK) fail(db, "cannot prepare statement", rc);
  }
  ~SqliteStmt() override { sqlite3_finalize(st_); }
  SqliteStmt(const SqliteStmt&) = delete;
  SqliteStmt& operator=(const SqliteStmt&) = delete;

  void bind_int(int i, std::int64_t v) override { check(sqlite3_bind_int64(st_, i, v)); }
  void bind_text(int i, std::string_view v, bool copy) override {
    check(sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()),
                            copy ? SQLITE_TRANSIENT : SQLITE_STATIC));
  }
  void bind_blob(int i, std::string_view v, bool copy) override {
    check(sqlite3_bind_blob(st_, i, v.data(), static_cast<int>(v.size()),
                            copy ? SQLITE_TRANSIENT : SQLITE_STATIC));
  }
  void bind_null(int i) override { check(sqlite3_bind_null(st_, i)); }
  bool step() override {
    int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3_reset(st_);
    fail(db_, "database error", rc);
  }
  void reset() override {
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
  }
  [[nodiscard]] int columns() const override { return sqlite3_column_count(st_); }
  [[nodiscard]] bool is_null(int c) const override { return sqlite3_column_type(st_, c) == SQLITE_NULL; }
  [[nodiscard]] bool is_integer(int c) const override {
    return sqlite3_column_type(st_, c) == SQLITE_INTEGER;
  }
  [[nodiscard]] std::int64_t int64(int c) const override { return sqlite3_column_int64(st_, c); }
  [[nodiscard]] std::string_view text_view(int c) const override {
    auto p = sqlite3_column_text(st_, c);
    return p ? std::string_view(reinterpret_cast<const char*>(p),
                                static_cast<std::size_t>(sqlite3_column_bytes(st_, c)))
             : std::string_view();
  }
  [[nodiscard]] std::string blob(int c) const override {
    auto p = static_cast<const char*>(sqlite3_column_blob(st_, c));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(st_, c))) : std::string();
  }

 private:
  void check(int rc) const {
    if (rc != SQLITE_OK) fail(db_, "bind", rc);
  }
  sqlite3* db_;
  sqlite3_stmt* st_ = nullptr;
};

class SqliteConnection final : public Connection {
 public:
  SqliteConnection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~SqliteConnection() override { sqlite3_close_v2(db_); }
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  [[nodiscard]] Dialect dialect() const override { return Dialect::sqlite; }
  void exec(std::string_view sql) override {
    char* err = nullptr;
    std::string s(sql);
    int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
    if (rc == SQLITE_OK) return;
    std::string msg = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    throw StoreError(
        explain(rc, text::tr("store.ledger_detail", text::arg("path", path_), text::arg("detail", msg))), rc);
  }
  [[nodiscard]] std::unique_ptr<StmtDriver> prepare(std::string_view sql) override {
    return std::make_unique<SqliteStmt>(db_, sql);
  }
  void begin() override { exec("BEGIN IMMEDIATE"); }
  void commit() override { exec("COMMIT"); }
  void rollback() noexcept override {
    if (db_ && !sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  [[nodiscard]] int user_version() override {
    SqliteStmt st(db_, "PRAGMA user_version");
    st.step();
    return static_cast<int>(st.int64(0));
  }

 private:
  sqlite3* db_;
  std::string path_;
};

}  // namespace

std::unique_ptr<Connection> sqlite_connection(sqlite3* db, std::string path) {
  return std::make_unique<SqliteConnection>(db, std::move(path));
}

}  // namespace fundledger::store
