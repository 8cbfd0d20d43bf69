// The ledger's storage, behind one interface: the engine, reports and cli talk to a Repository
// and never to a database. SQL lives only in its implementations (engine/store/sqlite/ today).
//
// A Repository is one open ledger. Writes happen inside a transaction (begin .. commit; a
// Transaction rolls back unless committed). Reads are grouped by the module that asks them, each
// group an interface of its own with typed parameters and typed rows:
//   ledger()  what the write path and balances read    (store/ledger_reads.hpp)
//   rules()   what the funding rules and plans read    (store/rule_reads.hpp)
//   audit()   what the audit checks and traces read    (store/audit_reads.hpp)
//   reports() what the report tables read              (store/report_reads.hpp)
//   loans()   what the loan register and subsidy read  (store/loan_reads.hpp)
//   settings() the bureau's settings (单位, 制表人, ...)  (store/settings_reads.hpp)
//   projects() the project library and its contracts    (store/project_reads.hpp)
//   monitor()  the steps of handling warnings             (store/monitor_reads.hpp)
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "entries/entries.hpp"
#include "store/chain.hpp"
#include "store/errors.hpp"
#include "store/records.hpp"

namespace fundledger::store {

class LedgerReads;
class RuleReads;
class AuditReads;
class ReportReads;
class LoanReads;
class SettingsReads;
class ProjectReads;
class MonitorReads;

// Scratch space outside the ledger for ordering more rows than memory should hold (an import's
// rows in date order). Nothing in it is part of the ledger; it is gone when released.
class SortSpill {
 public:
  virtual ~SortSpill() = default;
  virtual void add(std::string_view sort_key, long line, std::string_view payload) = 0;
  // Every row added, ordered by (sort_key, line) or, when `as_added`, in the order added.
  virtual void for_each(bool as_added,
                        const std::function<void(long line, std::string_view payload)>& fn) = 0;
};

class Repository {
 public:
  virtual ~Repository() = default;
  Repository() = default;
  Repository(const Repository&) = delete;
  Repository& operator=(const Repository&) = delete;

  // Where the ledger lives (a file path), for messages.
  [[nodiscard]] virtual const std::string& location() const = 0;
  [[nodiscard]] virtual bool read_only() const = 0;
  [[nodiscard]] virtual int schema_version() = 0;

  // The write transaction: begin takes the write lock now (waiting up to the busy timeout).
  virtual void begin() = 0;
  virtual void commit() = 0;
  virtual void rollback() noexcept = 0;

  // ---- the journal: append-only and hash-chained; inside the write transaction ----
  // Records the import run (file, its SHA-256, operator, time); call once before append().
  virtual void begin_import(const ImportInfo& info) = 0;
  // Appends one entry and returns its id. Rows may be held and written in batches (a hint for a
  // large import: batch_appends(true)); commit() writes them, and a read by an entry's key sees it.
  virtual std::int64_t append(const entries::Entry& entry) = 0;
  virtual void batch_appends(bool on) = 0;
  // Adds amounts to the running totals (see store/records.hpp), in the order given.
  virtual void add_running_totals(const std::vector<RunningTotal>& totals) = 0;
  // A scratch area for ordering rows (see SortSpill); one at a time.
  virtual std::unique_ptr<SortSpill> sort_spill() = 0;

  // Recomputes the hash chain from the stored rows, checks every row of every journaled table is
  // covered by one entry's hash and that the append-only guards are in place. With `hash_of`, also
  // returns that entry's recomputed hash (a kept head's check). Ledger invariants are
  // engine/ledger's (check_invariants).
  virtual VerifyResult verify_chain(std::optional<std::int64_t> hash_of = std::nullopt) = 0;
  // The stored head (no recomputation): for the footers of reports.
  virtual ChainHead chain_head() = 0;
  // Writes a consistent snapshot of the whole ledger to a new file at `path` (even while others
  // write): the audit package's copy.
  virtual void snapshot_to(const std::string& path) = 0;
  // Copies every row of `source` (another ledger, of either backend) into this one, which must
  // hold no entries; inside this ledger's write transaction. Ids and hashes are kept: the copy's
  // chain verifies to the same head (`fundledger copy`).
  virtual void copy_from(Repository& source) = 0;

  virtual LedgerReads& ledger() = 0;
  virtual RuleReads& rules() = 0;
  virtual AuditReads& audit() = 0;
  virtual ReportReads& reports() = 0;
  virtual LoanReads& loans() = 0;
  virtual SettingsReads& settings() = 0;
  virtual ProjectReads& projects() = 0;
  virtual MonitorReads& monitor() = 0;
};

// Opens the ledger at `location`: a SQLite file, or a PostgreSQL server (postgresql://…, or a
// libpq connection string) and the `county` whose ledger it is there. Throws LedgerPathError for
// a missing ledger (or, with OpenMode::create, an existing one) and StoreError for environment
// failures.
std::unique_ptr<Repository> open_repository(const std::string& location, OpenMode mode,
                                            const std::string& county = {});

// The counties whose ledgers a PostgreSQL database holds (their codes, sorted); empty for a SQLite
// file (a file is one county's ledger). StoreError when the server cannot be reached.
std::vector<std::string> list_counties(const std::string& location);
// Whether `location` names a database server (PostgreSQL) rather than a SQLite file.
bool is_server_location(const std::string& location);

// RAII write transaction: rolls back unless committed.
class WriteTransaction {
 public:
  explicit WriteTransaction(Repository& repo) : repo_(repo) { repo_.begin(); }
  ~WriteTransaction() {
    if (!done_) repo_.rollback();
  }
  void commit() {
    repo_.commit();
    done_ = true;
  }
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;

 private:
  Repository& repo_;
  bool done_ = false;
};

}  // namespace fundledger::store
