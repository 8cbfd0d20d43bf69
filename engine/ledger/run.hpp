// One import run, whatever it imports (ledger entries, loans, rules) and wherever its entries come
// from (a file, or ledger::post): the write transaction, the import's record in the journal, the
// diagnostics, the entries written and skipped, and the end — commit, or roll back with every
// diagnostic when any is an error, so a rejected import writes nothing.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ledger/diagnostics.hpp"
#include "ledger/lock_in_force.hpp"
#include "ledger/write.hpp"
#include "store/repository.hpp"

namespace fundledger::ledger {

struct ImportReport {
  std::string kind;
  std::string file;
  long added = 0;
  long skipped = 0;
  std::vector<Diagnostic> warnings;
};

// Who records the run and when (the engine reads no clock), and the override reason if any.
struct RunInfo {
  std::string operator_name = "unknown";
  std::string recorded_at;  // ISO 8601
  std::optional<std::string> override_reason;
};

class ImportRun {
 public:
  // `source` names the input in diagnostics (a file path); `file_name` and `content_sha256` go in
  // the import's record (for a file: its name and the SHA-256 of its bytes).
  ImportRun(store::Repository& repo, const std::string& kind, const std::string& source,
            const std::string& file_name, const std::string& content_sha256, const RunInfo& info);
  // A run of a file: its name and hash taken from the file.
  static std::string sha256_of_file(const std::string& path);

  [[nodiscard]] Diagnostics& diag() { return diag_; }
  [[nodiscard]] const std::string& source() const { return report_.file; }
  void error(long line, const std::string& msg) { diag_.error(report_.file, line, 0, msg); }
  void warn(long line, const std::string& msg) { diag_.warn(report_.file, line, 0, msg); }
  // Records an entry (skipped once the run has errors: it will be rolled back). An entry dated in a
  // closed period is refused here, for every kind the lock holds (ledger/periods.hpp), as an error
  // on `line` of the input.
  void write(const entries::Entry& entry, long line = 0);
  // Records an entry that goes with the one before and is not counted apart (a payment's draw on
  // its contract: one row of the file, one payment added).
  void write_companion(const entries::Entry& entry);
  void skipped() { ++report_.skipped; }
  // Ends the run: InputError (nothing written) if any diagnostic is an error; else commits when
  // something was added. A re-import whose entries were all recorded already is a no-op: not
  // even the import's record is kept (a record is hashed with the import's first entry, so one
  // without entries would be outside the chain), and the ledger file stays byte-for-byte the same.
  ImportReport finish();

 private:
  store::Repository& repo_;
  store::WriteTransaction tx_;
  EntryWriter writer_;
  Diagnostics diag_;
  ImportReport report_;
  // The lock in force, read on the run's first write (inside its transaction).
  std::optional<std::optional<LockInForce>> lock_;
};

}  // namespace fundledger::ledger
