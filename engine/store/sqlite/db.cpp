#include "store/sqlite/db.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <vector>

#include "base/assert.hpp"
#include "text/text.hpp"

namespace fundledger::store {

std::string explain(int rc, std::string msg) {
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return text::tr("store.busy", text::arg("detail", msg));
    case SQLITE_FULL:
      return text::tr("store.disk_full", text::arg("detail", msg));
    case SQLITE_READONLY:
      return text::tr("store.read_only", text::arg("detail", msg));
    case SQLITE_IOERR:
      return text::tr("store.io_error", text::arg("detail", msg));
    case SQLITE_CANTOPEN:
      return text::tr("store.cannot_open_files", text::arg("detail", msg));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return text::tr("store.corrupt", text::arg("detail", msg));
    default:
      return msg;
  }
}

namespace {

[[noreturn]] void fail(sqlite3* db, const std::string& what, int rc) {
  std::string msg = what + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  throw StoreError(explain(rc, msg), rc);
}

}  // namespace

// ---- Stmt --------------------------------------------------------------------------------------

Stmt::Stmt(sqlite3* db, std::string_view sql) : db_(db) {
  int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &st_,
                              nullptr);
  if (rc != SQLITE_OK) fail(db, "cannot prepare statement", rc);
}
Stmt::Stmt(Stmt&& o) noexcept : db_(o.db_), st_(o.st_) { o.st_ = nullptr; }
Stmt& Stmt::operator=(Stmt&& o) noexcept {
  if (this != &o) {
    sqlite3_finalize(st_);
    db_ = o.db_;
    st_ = o.st_;
    o.st_ = nullptr;
  }
  return *this;
}
Stmt::~Stmt() { sqlite3_finalize(st_); }

Stmt& Stmt::bind(int i, const Value& v) {
  if (std::holds_alternative<std::monostate>(v)) return bind_null(i);
  if (auto p = std::get_if<std::int64_t>(&v)) return bind(i, *p);
  return bind(i, std::string_view(std::get<std::string>(v)));
}
Stmt& Stmt::bind(int i, std::int64_t v) {
  int rc = sqlite3_bind_int64(st_, i, v);
  if (rc != SQLITE_OK) fail(db_, "bind", rc);
  return *this;
}
Stmt& Stmt::bind(int i, std::string_view v) {
  int rc = sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) fail(db_, "bind", rc);
  return *this;
}
Stmt& Stmt::bind_blob(int i, std::string_view v) {
  int rc = sqlite3_bind_blob(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  if (rc != SQLITE_OK) fail(db_, "bind", rc);
  return *this;
}
Stmt& Stmt::bind_static(int i, const std::string& v) {
  int rc = sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
  if (rc != SQLITE_OK) fail(db_, "bind", rc);
  return *this;
}
Stmt& Stmt::bind_static(int i, const Value& v) {
  if (auto p = std::get_if<std::string>(&v)) return bind_static(i, *p);
  return bind(i, v);
}
Stmt& Stmt::bind_blob_static(int i, std::string_view v) {
  int rc = sqlite3_bind_blob(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
  if (rc != SQLITE_OK) fail(db_, "bind", rc);
  return *this;
}
Stmt& Stmt::bind_null(int i) {
  int rc = sqlite3_bind_null(st_, i);
  if (rc != SQLITE_OK) fail(db_, "bind", rc);
  return *this;
}
bool Stmt::step() {
  int rc = sqlite3_step(st_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  sqlite3_reset(st_);
  fail(db_, "database error", rc);
}
void Stmt::run() {
  while (step()) {
  }
  reset();
}
void Stmt::reset() {
  sqlite3_reset(st_);
  sqlite3_clear_bindings(st_);
}
int Stmt::columns() const { return sqlite3_column_count(st_); }
bool Stmt::is_null(int c) const { return sqlite3_column_type(st_, c) == SQLITE_NULL; }
std::int64_t Stmt::int64(int c) const { return sqlite3_column_int64(st_, c); }
std::string Stmt::text(int c) const {
  auto p = sqlite3_column_text(st_, c);
  return p ? std::string(reinterpret_cast<const char*>(p),
                         static_cast<std::size_t>(sqlite3_column_bytes(st_, c)))
           : std::string();
}
std::string_view Stmt::text_view(int c) const {
  auto p = sqlite3_column_text(st_, c);
  return p ? std::string_view(reinterpret_cast<const char*>(p),
                              static_cast<std::size_t>(sqlite3_column_bytes(st_, c)))
           : std::string_view();
}
std::optional<std::string> Stmt::opt_text(int c) const {
  if (is_null(c)) return std::nullopt;
  return text(c);
}
std::string Stmt::blob(int c) const {
  auto p = static_cast<const char*>(sqlite3_column_blob(st_, c));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(st_, c))) : std::string();
}
Value Stmt::value(int c) const {
  switch (sqlite3_column_type(st_, c)) {
    case SQLITE_NULL:
      return std::monostate{};
    case SQLITE_INTEGER:
      return int64(c);
    default:
      return text(c);
  }
}

// ---- Db ----------------------------------------------------------------------------------------

Db::Db(Db&& o) noexcept
    : db_(o.db_), path_(std::move(o.path_)), read_only_(o.read_only_), temp_copy_(std::move(o.temp_copy_)) {
  o.db_ = nullptr;
  o.temp_copy_.clear();
}
Db& Db::operator=(Db&& o) noexcept {
  if (this != &o) {
    close();
    db_ = o.db_;
    path_ = std::move(o.path_);
    read_only_ = o.read_only_;
    temp_copy_ = std::move(o.temp_copy_);
    o.db_ = nullptr;
    o.temp_copy_.clear();
  }
  return *this;
}
Db::~Db() { close(); }

void Db::close() noexcept {
  sqlite3_close_v2(db_);
  db_ = nullptr;
  if (temp_copy_.empty()) return;
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    std::filesystem::remove(temp_copy_ + suffix, ec);
  temp_copy_.clear();
}

void Db::exec(std::string_view sql) {
  char* err = nullptr;
  std::string s(sql);
  int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    throw StoreError(
        explain(rc, text::tr("store.ledger_detail", text::arg("path", path_), text::arg("detail", msg))), rc);
  }
}

Stmt Db::prepare(std::string_view sql) { return Stmt(db_, sql); }

int Db::user_version() {
  auto st = prepare("PRAGMA user_version");
  st.step();
  return static_cast<int>(st.int64(0));
}

void Db::begin() { exec("BEGIN IMMEDIATE"); }
void Db::commit() { exec("COMMIT"); }
void Db::rollback() noexcept {
  if (db_ && !sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

void Db::migrate() {
  int have = user_version();
  int want = schema_version();
  if (have > want)
    throw StoreError(text::tr("store.newer_schema", text::arg("path", path_), text::arg("version", have),
                              text::arg("supported", want)));
  if (have == want) return;
  FL_ASSERT(!read_only_, "a read-only ledger of an older schema is read from a migrated copy (open.cpp)");
  // Temporary storage in memory while migrating. With temp_store = FILE, migration 0007 on a
  // 10^5-payment ledger failed with SQLITE_FULL right after a zero-length write to a temporary
  // file SQLite had opened (strace; disk not full; the sqlite3 shell runs the same SQL fine) —
  // the statement journal's spill, as far as could be seen. The migrations sort nothing large.
  exec("PRAGMA temp_store = MEMORY");
  begin();
  try {
    for (const auto& m : migrations()) {
      if (m.version <= have) continue;
      exec(m.sql);
      exec("PRAGMA user_version = " + std::to_string(m.version));
    }
    commit();
  } catch (...) {
    rollback();
    exec("PRAGMA temp_store = FILE");
    throw;
  }
  exec("PRAGMA temp_store = FILE");
}

}  // namespace fundledger::store
