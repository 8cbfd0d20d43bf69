#include "store/db.hpp"

#include <openssl/evp.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>

namespace fundledger::store {
namespace {

[[noreturn]] void fail(sqlite3* db, const std::string& what, int rc) {
  std::string msg = what + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) msg = "ledger busy: another process is writing it (" + msg + ")";
  throw StoreError(msg, rc);
}

}  // namespace

// ---- Stmt --------------------------------------------------------------------------------------

Stmt::Stmt(sqlite3* db, std::string_view sql) : db_(db) {
  int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &st_, nullptr);
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
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(st_, c))) : std::string();
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
    case SQLITE_NULL: return std::monostate{};
    case SQLITE_INTEGER: return int64(c);
    default: return text(c);
  }
}

// ---- Db ----------------------------------------------------------------------------------------

Db Db::open(const std::string& path, OpenMode mode) {
  namespace fs = std::filesystem;
  std::error_code ec;
  bool exists = fs::exists(path, ec);
  if (mode == OpenMode::create && exists)
    throw LedgerPathError("ledger " + path + " already exists; init creates a new ledger and never overwrites one");
  if (mode != OpenMode::create && !exists)
    throw LedgerPathError("no ledger at " + path + " (create one with `fundledger --db " + path + " init`, or set --db / FUNDLEDGER_DB)");
  int flags = mode == OpenMode::read_only ? SQLITE_OPEN_READONLY
            : mode == OpenMode::create    ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                          : SQLITE_OPEN_READWRITE;
  sqlite3* h = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &h, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = "cannot open ledger " + path + ": " + (h ? sqlite3_errmsg(h) : sqlite3_errstr(rc));
    sqlite3_close(h);
    throw StoreError(msg, rc);
  }
  Db db(h, path, mode == OpenMode::read_only);
  sqlite3_busy_timeout(h, 5000);
  sqlite3_extended_result_codes(h, 1);
  // A file that is not a database fails here, with SQLITE_NOTADB.
  db.exec("PRAGMA foreign_keys = ON");
  if (mode != OpenMode::read_only) {
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
  }
  db.migrate();
  return db;
}

Db::Db(Db&& o) noexcept : db_(o.db_), path_(std::move(o.path_)), read_only_(o.read_only_) { o.db_ = nullptr; }
Db& Db::operator=(Db&& o) noexcept {
  if (this != &o) {
    sqlite3_close_v2(db_);
    db_ = o.db_;
    path_ = std::move(o.path_);
    read_only_ = o.read_only_;
    o.db_ = nullptr;
  }
  return *this;
}
Db::~Db() { sqlite3_close_v2(db_); }

void Db::exec(std::string_view sql) {
  char* err = nullptr;
  std::string s(sql);
  int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    if (rc == SQLITE_BUSY || (rc & 0xff) == SQLITE_BUSY) msg = "ledger busy: another process is writing it (" + msg + ")";
    throw StoreError("ledger " + path_ + ": " + msg, rc);
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
    throw StoreError("ledger " + path_ + " has schema version " + std::to_string(have) +
                     ", newer than this fundledger understands (" + std::to_string(want) + "); upgrade fundledger");
  if (have == want) return;
  if (read_only_)
    throw StoreError("ledger " + path_ + " has schema version " + std::to_string(have) +
                     " and must be migrated to " + std::to_string(want) + "; open it once without --read-only");
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
    throw;
  }
}

// ---- hashing -----------------------------------------------------------------------------------

std::string sha256(std::string_view bytes) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), out, &len, EVP_sha256(), nullptr) != 1)
    throw StoreError("SHA-256 failed (OpenSSL)");
  return std::string(reinterpret_cast<char*>(out), len);
}

std::string to_hex(std::string_view bytes) {
  static const char* d = "0123456789abcdef";
  std::string s;
  s.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    s.push_back(d[c >> 4]);
    s.push_back(d[c & 15]);
  }
  return s;
}

}  // namespace fundledger::store
