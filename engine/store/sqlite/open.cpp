// Opening a ledger file. Before anything is written to it, the file is identified: an empty file,
// another application's SQLite database or one from a newer fundledger is refused and left
// byte-identical (issue 18). Then the journal mode and the migrations. Two fallbacks let a reader
// read what it could not otherwise: on a full disk (no room for the WAL's shared-memory file) the
// index is kept in memory instead; and an older-schema ledger opened --read-only is read from a
// migrated temporary copy, the evidence file never changed.
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>

#include "store/sqlite/db.hpp"
#include "store/sqlite/fault_vfs.hpp"
#include "store/sqlite/sqlite_driver.hpp"
#include "text/text.hpp"

namespace fundledger::store {
namespace {

namespace fs = std::filesystem;

constexpr std::int64_t kApplicationId = 0x464C4447;  // "FLDG", set by schemas/0008_provenance.sql

void configure_once() {
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
}

void check_path(const std::string& path, OpenMode mode) {
  std::error_code ec;
  bool exists = fs::exists(path, ec);
  if (mode == OpenMode::create && exists)
    throw LedgerPathError(text::tr("store.ledger_exists", text::arg("path", path)));
  if (mode != OpenMode::create && !exists)
    throw LedgerPathError(text::tr("store.no_ledger", text::arg("path", path)));
  if (mode != OpenMode::create && fs::is_regular_file(path, ec) && fs::file_size(path, ec) == 0)
    throw LedgerPathError(text::tr("store.empty_file", text::arg("path", path)));
}

// An auditor's copy on read-only media (a folder we cannot write, no -wal beside the file):
// SQLite could not create the -shm it needs for WAL, so open the file as immutable instead.
std::string read_only_target(const std::string& path, int& flags) {
  std::error_code ec;
  fs::path dir = fs::absolute(fs::path(path), ec).parent_path();
  if (fs::exists(path + "-wal", ec) || ::access(dir.c_str(), W_OK) == 0) return path;
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
  flags |= SQLITE_OPEN_URI;
  return uri + "?immutable=1";
}

// heap_wal_index: SQLite's exclusive locking mode, set before anything reads the file (even
// PRAGMA temp_store does), so the WAL index lives in this process's memory and no -shm is needed.
sqlite3* connect(const std::string& path, OpenMode mode, bool heap_wal_index = false) {
  int flags = mode == OpenMode::read_only ? SQLITE_OPEN_READONLY
              : mode == OpenMode::create  ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                          : SQLITE_OPEN_READWRITE;
  std::string target = mode == OpenMode::read_only ? read_only_target(path, flags) : path;
  sqlite3* h = nullptr;
  int rc = sqlite3_open_v2(target.c_str(), &h, flags | SQLITE_OPEN_NOMUTEX, fault_vfs());
  if (rc != SQLITE_OK) {
    std::string msg = text::tr("store.cannot_open", text::arg("path", path),
                               text::arg("detail", h ? sqlite3_errmsg(h) : sqlite3_errstr(rc)));
    sqlite3_close(h);
    throw StoreError(explain(rc, msg), rc);
  }
  if (heap_wal_index) sqlite3_exec(h, "PRAGMA locking_mode = EXCLUSIVE", nullptr, nullptr, nullptr);
  sqlite3_busy_timeout(h, 5000);
  // A 64 MB page cache (SQLite's default is 2 MB): check and audit scan the payments several times
  // (a 10^6-payment ledger is about 290 MB), and an import appends to several b-trees. Measured at
  // 10^6 against 8 MB: check 2.3 -> 1.9 s CPU, audit 14.1 -> 12.7 s; peak RSS +60 to +90 MB.
  sqlite3_exec(h, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
  // TEMP tables (an import's spilled rows) go to a temporary file, never all into memory.
  sqlite3_exec(h, "PRAGMA temp_store = FILE", nullptr, nullptr, nullptr);
  sqlite3_extended_result_codes(h, 1);
  return h;
}

std::int64_t pragma(Db& db, const char* name) {
  auto st = db.prepare(std::string("PRAGMA ") + name);
  st.step();
  return st.int64(0);
}

// What the file is, read before anything is written: a fundledger ledger (from its application
// id, or before schema 8 its user_version and journal tables) or not. The first read of a ledger
// in WAL mode maps its shared-memory file, which fails on a full disk (StoreError, I/O).
void identify(Db& db, const std::string& path) {
  const std::int64_t app = pragma(db, "application_id");
  const std::int64_t version = pragma(db, "user_version");
  auto st = db.prepare(
      "SELECT COUNT(*), COUNT(*) FILTER (WHERE type = 'table' AND name = 'import_batch') "
      "FROM sqlite_master");
  st.step();
  const std::int64_t objects = st.int64(0);
  const bool journal = st.int64(1) > 0;
  if (app == 0 && version == 0 && objects == 0)
    throw LedgerPathError(text::tr("store.empty_database", text::arg("path", path)));
  if (!(app == kApplicationId || (app == 0 && version >= 1 && journal)))
    throw StoreError(text::tr("store.foreign_database", text::arg("path", path), text::arg("app", app),
                              text::arg("version", version), text::arg("objects", objects)));
  if (version > schema_version())
    throw StoreError(text::tr("store.newer_schema", text::arg("path", path), text::arg("version", version),
                              text::arg("supported", schema_version())));
}

bool io_failure(const StoreError& e) {
  int primary = e.code & 0xff;
  return primary == SQLITE_IOERR || primary == SQLITE_FULL || primary == SQLITE_CANTOPEN;
}

std::string temp_copy_path() {
  static std::atomic<int> n{0};
  return (fs::temp_directory_path() /
          ("fundledger-read-only-" + std::to_string(::getpid()) + "-" + std::to_string(n++) + ".db"))
      .string();
}

}  // namespace

Db Db::open(const std::string& path, OpenMode mode) {
  configure_once();
  check_path(path, mode);
  Db db(sqlite_connection(connect(path, mode), path), path, mode == OpenMode::read_only);
  if (mode != OpenMode::create) {
    try {
      identify(db, path);
    } catch (const StoreError& e) {
      if ((e.code & 0xff) == SQLITE_NOTADB)
        throw StoreError(text::tr("store.not_a_database", text::arg("path", path)), e.code);
      if (!io_failure(e)) throw;
      // A full disk: no room for the -shm. Keep the WAL index in this process's memory instead
      // (SQLite's exclusive locking mode: the ledger is held while the verb runs).
      db.close();  // first: a second connection would share the first's shared-memory mapping
      db = Db(sqlite_connection(connect(path, mode, true), path), path, mode == OpenMode::read_only);
      identify(db, path);
    }
  }
  // A file that is not a database fails here, with SQLITE_NOTADB.
  db.exec("PRAGMA foreign_keys = ON");
  // A new ledger gets 16 KiB pages (SQLite's default is 4 KiB): fewer, fuller b-tree pages for
  // tables that grow by millions of rows; storing a million payments' rows costs about a fifth
  // less (bench/README.md). The page size is fixed when the first table is created.
  if (mode == OpenMode::create) db.exec("PRAGMA page_size = 16384");
  if (mode != OpenMode::read_only) {
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
  }
  if (mode == OpenMode::read_only && db.user_version() < schema_version()) return db.migrated_copy();
  db.migrate();
  return db;
}

// An older ledger opened read-only: a consistent copy (VACUUM INTO reads one transaction) in the
// temporary folder, migrated and read instead; removed when closed. The ledger is not changed.
Db Db::migrated_copy() {
  std::string copy = temp_copy_path();
  auto st = prepare("VACUUM INTO ?");
  st.bind(1, copy);
  st.run();
  Db migrated(sqlite_connection(connect(copy, OpenMode::read_write), copy), copy, false);
  migrated.temp_copy_ = copy;
  migrated.exec("PRAGMA foreign_keys = ON");
  migrated.migrate();
  migrated.read_only_ = true;
  return migrated;
}

}  // namespace fundledger::store
