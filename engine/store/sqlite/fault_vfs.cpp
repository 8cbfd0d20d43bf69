// FUNDLEDGER_FAULT=OP:N: a VFS shim that fails the N-th read, write or sync (tests only).
#include "store/sqlite/fault_vfs.hpp"

#include <sqlite3.h>

#include <cstdlib>
#include <string>

#include "store/errors.hpp"

namespace fundledger::store {
namespace {

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

}  // namespace

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

}  // namespace fundledger::store
