// What the store reports, whatever its backend: environment failures (StoreError, exit 3) and a
// ledger path that does not exist or already does (LedgerPathError, exit 2).
#pragma once

#include <stdexcept>
#include <string>

namespace fundledger::store {

class StoreError : public std::runtime_error {
 public:
  StoreError(const std::string& what, int sqlite_code = 0) : std::runtime_error(what), code(sqlite_code) {}
  int code;
};

// The ledger file does not exist (or already exists, for create): a usage error (exit 2).
class LedgerPathError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// How a ledger is opened: create (must not exist), read_write or read_only (must exist).
enum class OpenMode { create, read_write, read_only };

}  // namespace fundledger::store
