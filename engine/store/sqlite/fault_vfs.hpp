// Fault injection for tests (SQLite's own fault-injection loop, from the outside):
// FUNDLEDGER_FAULT=OP:N (OP = read | write | sync) makes the N-th such operation on any of the
// ledger's files (database, WAL; shared memory excluded) fail with SQLITE_IOERR, once; with OP:N+
// that operation and every later one fails. Tests prove every I/O failure is exit 3 with the
// ledger intact.
#pragma once

namespace fundledger::store {

// Registers the shim when FUNDLEDGER_FAULT is set; returns its name (nullptr: the default VFS).
const char* fault_vfs();

}  // namespace fundledger::store
