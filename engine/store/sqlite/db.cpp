#include "store/sqlite/db.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <vector>

namespace fundledger::store {
namespace {

// Words for the environment failures a clerk can act on; `rc` may be an extended code.
std::string explain(int rc, std::string msg) {
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return "ledger busy: another process is writing it (" + msg + ")";
    case SQLITE_FULL:
      return "disk full: the ledger could not be written (" + msg + "); nothing was recorded";
    case SQLITE_READONLY:
      return "the ledger cannot be written: the file or its folder is read-only (" + msg +
             "); nothing was recorded";
    case SQLITE_IOERR:
      return "I/O error on the ledger (" + msg + "); the transaction was not committed";
    case SQLITE_CANTOPEN:
      return "cannot open the ledger's files (" + msg + "); is its folder writable?";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return "the ledger file is corrupt or not a fundledger ledger (" + msg + ")";
    default:
      return msg;
  }
}

[[noreturn]] void fail(sqlite3* db, const std::string& what, int rc) {
  std::string msg = what + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  throw StoreError(explain(rc, msg), rc);
}

// ---- fault injection (tests only) ---------------------------------------------------------------
//
// FUNDLEDGER_FAULT=OP:N (OP = read | write | sync) makes the N-th such operation on any of the
// ledger's files (database, WAL, shared memory excluded) fail with SQLITE_IOERR, once; with
// OP:N+ that operation and every later one fails. It wraps the default VFS in a shim so tests can
// prove every I/O failure is exit 3 with the ledger intact (SQLite's own fault-injection loop).

struct FaultPlan {
  int op = -1;  // 0 read, 1 write, 2 sync
  long at = 0;
  bool sticky = false;
  long seen[3] = {0, 0, 0};
  bool fired = false;
};
FaultPlan g_fault;
sqlite3_vfs* g_real_vfs = nullptr;

struct FaultFile {
  sqlite3_file base;
  sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
};
FaultFile* ff(sqlite3_file* f) { return reinterpret_cast<FaultFile*>(f); }

bool inject(int op) {
  if (g_fault.op != op) return false;
  long n = ++g_fault.seen[op];
  bool fail_now = n == g_fault.at || (g_fault.sticky && n > g_fault.at);
  if (fail_now && !g_fault.fired) {
    static const char* names[] = {"read", "write", "sync"};
    // Tests look for this line to know the fault was reached.
    std::fprintf(stderr, "fundledger: fault injected: %s #%ld fails\n", names[op], n);
    g_fault.fired = true;
  }
  return fail_now;
}

int f_close(sqlite3_file* f) {
  int rc = ff(f)->real()->pMethods ? ff(f)->real()->pMethods->xClose(ff(f)->real()) : SQLITE_OK;
  return rc;
}
int f_read(sqlite3_file* f, void* buf, int n, sqlite3_int64 off) {
  if (inject(0)) return SQLITE_IOERR_READ;
  return ff(f)->real()->pMethods->xRead(ff(f)->real(), buf, n, off);
}
int f_write(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off) {
  if (inject(1)) return SQLITE_IOERR_WRITE;
  return ff(f)->real()->pMethods->xWrite(ff(f)->real(), buf, n, off);
}
int f_truncate(sqlite3_file* f, sqlite3_int64 size) {
  return ff(f)->real()->pMethods->xTruncate(ff(f)->real(), size);
}
int f_sync(sqlite3_file* f, int flags) {
  if (inject(2)) return SQLITE_IOERR_FSYNC;
  return ff(f)->real()->pMethods->xSync(ff(f)->real(), flags);
}
int f_size(sqlite3_file* f, sqlite3_int64* size) {
  return ff(f)->real()->pMethods->xFileSize(ff(f)->real(), size);
}
int f_lock(sqlite3_file* f, int l) { return ff(f)->real()->pMethods->xLock(ff(f)->real(), l); }
int f_unlock(sqlite3_file* f, int l) { return ff(f)->real()->pMethods->xUnlock(ff(f)->real(), l); }
int f_check(sqlite3_file* f, int* out) {
  return ff(f)->real()->pMethods->xCheckReservedLock(ff(f)->real(), out);
}
int f_control(sqlite3_file* f, int op, void* arg) {
  return ff(f)->real()->pMethods->xFileControl(ff(f)->real(), op, arg);
}
int f_sector(sqlite3_file* f) { return ff(f)->real()->pMethods->xSectorSize(ff(f)->real()); }
int f_devchar(sqlite3_file* f) { return ff(f)->real()->pMethods->xDeviceCharacteristics(ff(f)->real()); }
int f_shmmap(sqlite3_file* f, int pg, int sz, int ext, void volatile** pp) {
  return ff(f)->real()->pMethods->xShmMap(ff(f)->real(), pg, sz, ext, pp);
}
int f_shmlock(sqlite3_file* f, int off, int n, int flags) {
  return ff(f)->real()->pMethods->xShmLock(ff(f)->real(), off, n, flags);
}
void f_shmbarrier(sqlite3_file* f) { ff(f)->real()->pMethods->xShmBarrier(ff(f)->real()); }
int f_shmunmap(sqlite3_file* f, int del) { return ff(f)->real()->pMethods->xShmUnmap(ff(f)->real(), del); }
int f_fetch(sqlite3_file* f, sqlite3_int64 off, int n, void** pp) {
  *pp = nullptr;  // no memory-mapped reads: every read goes through f_read and can fail
  (void)f;
  (void)off;
  (void)n;
  return SQLITE_OK;
}
int f_unfetch(sqlite3_file* f, sqlite3_int64 off, void* p) {
  (void)f;
  (void)off;
  (void)p;
  return SQLITE_OK;
}

const sqlite3_io_methods kFaultMethods = {3,         f_close,  f_read,    f_write,      f_truncate, f_sync,
                                          f_size,    f_lock,   f_unlock,  f_check,      f_control,  f_sector,
                                          f_devchar, f_shmmap, f_shmlock, f_shmbarrier, f_shmunmap, f_fetch,
                                          f_unfetch};

int v_open(sqlite3_vfs* vfs, const char* name, sqlite3_file* f, int flags, int* out_flags) {
  (void)vfs;
  auto* file = ff(f);
  file->base.pMethods = nullptr;
  int rc = g_real_vfs->xOpen(g_real_vfs, name, file->real(), flags, out_flags);
  if (rc == SQLITE_OK) file->base.pMethods = &kFaultMethods;
  return rc;
}

// Registers the shim when FUNDLEDGER_FAULT is set; returns its name (nullptr: the default VFS).
const char* fault_vfs() {
  static bool done = false;
  static sqlite3_vfs vfs{};
  if (done) return g_fault.op >= 0 ? "fundledger-fault" : nullptr;
  done = true;
  const char* spec = std::getenv("FUNDLEDGER_FAULT");
  if (!spec || !*spec) return nullptr;
  std::string s(spec);
  auto colon = s.find(':');
  std::string op = s.substr(0, colon);
  g_fault.op = op == "read" ? 0 : op == "write" ? 1 : op == "sync" ? 2 : -1;
  if (colon == std::string::npos || g_fault.op < 0)
    throw StoreError("FUNDLEDGER_FAULT must be read:N, write:N or sync:N (N+ to keep failing)");
  std::string n = s.substr(colon + 1);
  if (!n.empty() && n.back() == '+') {
    g_fault.sticky = true;
    n.pop_back();
  }
  try {
    g_fault.at = std::stol(n);
  } catch (const std::exception&) {
    throw StoreError("FUNDLEDGER_FAULT: N must be a number: " + s);
  }
  g_real_vfs = sqlite3_vfs_find(nullptr);
  vfs = *g_real_vfs;
  vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + g_real_vfs->szOsFile;
  vfs.zName = "fundledger-fault";
  vfs.pNext = nullptr;
  vfs.xOpen = v_open;
  sqlite3_vfs_register(&vfs, 0);
  return vfs.zName;
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

Db Db::open(const std::string& path, OpenMode mode) {
  // Once per process, before SQLite initialises: no global memory statistics (they take a mutex
  // on every allocation, ~8% of an import's instructions under callgrind, bench/README.md).
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    // A multi-row INSERT keeps a statement journal (to undo itself if a later row fails); keep it
    // in memory up to 4 MiB instead of spilling to a temporary file at 64 KiB, four 16 KiB pages.
    sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, 4 * 1024 * 1024);
    return true;
  }();
  (void)configured;
  namespace fs = std::filesystem;
  std::error_code ec;
  bool exists = fs::exists(path, ec);
  if (mode == OpenMode::create && exists)
    throw LedgerPathError("ledger " + path +
                          " already exists; init creates a new ledger and never overwrites one");
  if (mode != OpenMode::create && !exists)
    throw LedgerPathError("no ledger at " + path + " (create one with `fundledger --db " + path +
                          " init`, or set --db / FUNDLEDGER_DB)");
  int flags = mode == OpenMode::read_only ? SQLITE_OPEN_READONLY
              : mode == OpenMode::create  ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                          : SQLITE_OPEN_READWRITE;
  // An auditor's copy on read-only media (a folder we cannot write, no -wal beside the file):
  // SQLite could not create the -shm it needs for WAL, so open the file as immutable instead.
  std::string target = path;
  if (mode == OpenMode::read_only) {
    fs::path dir = fs::absolute(fs::path(path), ec).parent_path();
    bool wal_exists = fs::exists(path + "-wal", ec);
    if (!wal_exists && ::access(dir.c_str(), W_OK) != 0) {
      std::string uri = "file:";
      for (char c : fs::absolute(fs::path(path), ec).string()) {
        if (c == '%' || c == '?' || c == '#') {
          static const char* hex = "0123456789ABCDEF";
          uri += '%';
          uri += hex[(static_cast<unsigned char>(c) >> 4) & 15];
          uri += hex[static_cast<unsigned char>(c) & 15];
        } else {
          uri += c;
        }
      }
      target = uri + "?immutable=1";
      flags |= SQLITE_OPEN_URI;
    }
  }
  sqlite3* h = nullptr;
  int rc = sqlite3_open_v2(target.c_str(), &h, flags | SQLITE_OPEN_NOMUTEX, fault_vfs());
  if (rc != SQLITE_OK) {
    std::string msg = "cannot open ledger " + path + ": " + (h ? sqlite3_errmsg(h) : sqlite3_errstr(rc));
    sqlite3_close(h);
    throw StoreError(explain(rc, msg), rc);
  }
  Db db(h, path, mode == OpenMode::read_only);
  sqlite3_busy_timeout(h, 5000);
  // An 8 MB page cache for the b-trees an import appends to (default is 2 MB).
  sqlite3_exec(h, "PRAGMA cache_size = -8192", nullptr, nullptr, nullptr);
  // TEMP tables (an import's spilled rows) go to a temporary file, never all into memory.
  sqlite3_exec(h, "PRAGMA temp_store = FILE", nullptr, nullptr, nullptr);
  sqlite3_extended_result_codes(h, 1);
  // A file that is not a database fails here, with SQLITE_NOTADB.
  db.exec("PRAGMA foreign_keys = ON");
  // A ledger from a newer fundledger is refused before anything (even the journal mode) is
  // written to it.
  if (int have = db.user_version(); have > schema_version())
    throw StoreError("ledger " + path + " has schema version " + std::to_string(have) +
                     ", newer than this fundledger understands (" + std::to_string(schema_version()) +
                     "); upgrade fundledger");
  // A new ledger gets 16 KiB pages (SQLite's default is 4 KiB): fewer, fuller b-tree pages for
  // tables that grow by millions of rows; storing a million payments' rows costs about a fifth
  // less (bench/README.md). The page size is fixed when the first table is created.
  if (mode == OpenMode::create) db.exec("PRAGMA page_size = 16384");
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
    throw StoreError(explain(rc, "ledger " + path_ + ": " + msg), rc);
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
                     ", newer than this fundledger understands (" + std::to_string(want) +
                     "); upgrade fundledger");
  if (have == want) return;
  if (read_only_)
    throw StoreError("ledger " + path_ + " has schema version " + std::to_string(have) +
                     " and must be migrated to " + std::to_string(want) +
                     "; open it once without --read-only");
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
