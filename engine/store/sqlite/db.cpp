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

// ---- Stmt --------------------------------------------------------------------------------------

Stmt& Stmt::bind(int i, const Value& v) {
  if (std::holds_alternative<std::monostate>(v)) return bind_null(i);
  if (auto p = std::get_if<std::int64_t>(&v)) return bind(i, *p);
  return bind(i, std::string_view(std::get<std::string>(v)));
}
Stmt& Stmt::bind_static(int i, const Value& v) {
  if (auto p = std::get_if<std::string>(&v)) return bind_static(i, *p);
  return bind(i, v);
}
void Stmt::run() { d_->run(); }
std::optional<std::string> Stmt::opt_text(int c) const {
  if (is_null(c)) return std::nullopt;
  return text(c);
}
Value Stmt::value(int c) const {
  if (d_->is_null(c)) return std::monostate{};
  if (d_->is_integer(c)) return int64(c);
  return text(c);
}

// ---- Db ----------------------------------------------------------------------------------------

Db::Db(Db&& o) noexcept
    : conn_(std::move(o.conn_)),
      path_(std::move(o.path_)),
      read_only_(o.read_only_),
      temp_copy_(std::move(o.temp_copy_)) {
  o.temp_copy_.clear();
}
Db& Db::operator=(Db&& o) noexcept {
  if (this != &o) {
    close();
    conn_ = std::move(o.conn_);
    path_ = std::move(o.path_);
    read_only_ = o.read_only_;
    temp_copy_ = std::move(o.temp_copy_);
    o.temp_copy_.clear();
  }
  return *this;
}
Db::~Db() { close(); }

void Db::close() noexcept {
  conn_.reset();
  if (temp_copy_.empty()) return;
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    std::filesystem::remove(temp_copy_ + suffix, ec);
  temp_copy_.clear();
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
