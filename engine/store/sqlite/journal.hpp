// The append-only, hash-chained journal: the writer (verify_chain.cpp checks it).
//
// Every recorded fact is one entry: a header plus its rows in the domain tables (a disbursement
// row and its flow rows, say), hashed in the canonical form of canonical.hpp.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "entries/entries.hpp"
#include "store/chain.hpp"
#include "store/records.hpp"
#include "store/sqlite/canonical.hpp"
#include "store/sqlite/db.hpp"
#include "store/sqlite/lot_ids.hpp"

namespace fundledger::store {

struct EntryHeader {
  std::string kind;
  std::string key;             // doc_no, voucher, household_id, "2017/r2", ...
  std::string effective_date;  // YYYY-MM-DD
  std::optional<std::string> override_reason;
};

// Rows of one table for one entry, values in the order of the spec's columns.
struct TableRows {
  const TableSpec* spec;
  std::vector<std::vector<Value>> rows;
};

struct StoredRows;  // stored_form.hpp

class Journal {
 public:
  explicit Journal(Db& db);
  // Records the import run; call inside the import's transaction before append().
  std::int64_t begin_import(const ImportInfo& info);
  // Appends one entry and its rows; returns the entry id.
  std::int64_t append(const EntryHeader& header, std::vector<TableRows> tables);
  // Appends a typed entry (entry_codec.hpp maps it to its rows).
  std::int64_t append(const entries::Entry& entry);
  // Deferred mode (a large import's hot path): appended entries are hashed and numbered at once
  // but their rows are inserted kBatchEntries at a time, with one multi-row INSERT per table — one
  // statement execution for many rows. The caller must flush_pending() before it reads anything
  // those rows could change (pending_key() says whether an entry key is still pending), and
  // before commit.
  void set_deferred(bool on) { deferred_ = on; }
  [[nodiscard]] bool pending_key(const std::string& key) const { return pending_keys_.count(key) > 0; }
  void flush_pending();
  [[nodiscard]] const std::string& head() const { return head_; }

 private:
  void load_head();
  Db& db_;
  std::string head_;  // hash of the last entry (32 zero bytes for an empty journal)
  std::int64_t next_id_ = 1;
  std::int64_t import_id_ = 0;
  std::string recorded_at_, operator_;
  ImportRecord import_;         // hashed with the import's first entry (canonical.hpp)
  bool import_hashed_ = false;  // whether an entry of this import has covered it
  std::string canon_;           // the canonical bytes of the entry being appended
  // Deferred rows (see set_deferred). Entries keep their own record (two columns are blobs).
  static constexpr std::size_t kBatchEntries = 256;
  struct PendingEntry {
    std::int64_t id;
    std::string kind, key, date, prev_hash, hash;
    Value override_reason;
  };
  bool deferred_ = false;
  std::vector<PendingEntry> pending_entries_;  // headers bound for entry_row
  std::size_t pending_count_ = 0;              // entries appended since the last flush
  struct PendingRow {
    std::int64_t entry_id;
    std::vector<Value> values;  // in the stored spec's column order
  };
  std::vector<std::pair<const TableSpec*, std::vector<PendingRow>>> pending_rows_;
  std::unordered_set<std::string> pending_keys_;
  // INSERT of `rows` rows into the table of `spec` (nullptr: entry); prepared once, then reused.
  std::map<std::pair<const TableSpec*, std::size_t>, Stmt> inserts_;
  Stmt& insert_stmt(const TableSpec* spec, std::size_t rows);
  void defer_rows(std::int64_t id, std::vector<StoredRows>& stored);
  void insert_header(std::int64_t id, const EntryHeader& h, const Value& override_reason,
                     const std::string& hash);
  LotIds lots_;  // the lots of lean payments (stored_form.hpp)
};

// Recomputes the chain from the stored rows, checks that every row of every journaled table is
// covered by exactly one entry's hash and that the append-only triggers are in place
// (verify_chain.cpp). Does not check ledger invariants or running totals (engine/ledger does).
// With `hash_of`, the result also holds that entry's recomputed hash.
VerifyResult verify_chain(Db& db, std::optional<std::int64_t> hash_of = std::nullopt);
// The stored head: the last entry's id and hash.
ChainHead chain_head(Db& db);

}  // namespace fundledger::store
