#include "store/sqlite/journal.hpp"

#include <algorithm>

#include "base/assert.hpp"
#include "store/hash.hpp"
#include "store/sqlite/entry_codec.hpp"
#include "store/sqlite/stored_form.hpp"

namespace fundledger::store {

Journal::Journal(Db& db) : db_(db), head_(32, '\0'), lots_(db) { load_head(); }

namespace {

// The last entry's id and hash (0 and 32 zero bytes for an empty journal). Its header is in
// entry_row or, for a payment, in its disbursement row (schema 7).
std::pair<std::int64_t, std::string> last_entry(Db& db) {
  std::pair<std::int64_t, std::string> last{0, std::string(32, '\0')};
  for (const char* sql : {"SELECT id, hash FROM entry_row ORDER BY id DESC LIMIT 1",
                          "SELECT entry_id, hash FROM disbursement ORDER BY entry_id DESC LIMIT 1"}) {
    auto st = db.prepare(sql);
    if (st.step() && st.int64(0) > last.first) last = {st.int64(0), st.blob(1)};
  }
  return last;
}

}  // namespace

ChainHead chain_head(Db& db) {
  auto [id, hash] = last_entry(db);
  return {id, to_hex(hash)};
}

void Journal::load_head() {
  auto [id, hash] = last_entry(db_);
  next_id_ = id + 1;
  head_ = std::move(hash);
}

std::int64_t Journal::begin_import(const ImportInfo& info) {
  // Read the chain's head again now that the import holds the write lock: another clerk's import
  // may have committed since this Journal was made.
  load_head();
  lots_.clear();
  auto st = db_.prepare(
      // The next id spelled out (SQLite's rowid rule, max + 1) so that both backends number alike:
      // a sequence would skip the ids of imports rolled back. The write lock is held.
      "INSERT INTO import_batch (id, kind, file_name, file_sha256, operator, recorded_at, override_reason) "
      "VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM import_batch), ?,?,?,?,?,?) RETURNING id");
  st.bind(1, info.kind)
      .bind(2, info.file_name)
      .bind(3, info.file_sha256)
      .bind(4, info.operator_name)
      .bind(5, info.recorded_at);
  if (info.override_reason)
    st.bind(6, *info.override_reason);
  else
    st.bind_null(6);
  st.step();
  import_id_ = st.int64(0);
  recorded_at_ = info.recorded_at;
  operator_ = info.operator_name;
  import_ = {import_id_,         info.kind,        info.file_name,      info.file_sha256,
             info.operator_name, info.recorded_at, info.override_reason};
  import_hashed_ = false;
  return import_id_;
}

std::int64_t Journal::append(const entries::Entry& entry) { return append(header_of(entry), rows_of(entry)); }

std::int64_t Journal::append(const EntryHeader& h, std::vector<TableRows> tables) {
  FL_ASSERT(import_id_ != 0, "Journal::append after begin_import");
  std::int64_t id = next_id_;
  Value ovr = h.override_reason ? Value(*h.override_reason) : Value{};
  std::string& canon = canon_;  // reused: no allocation per entry once it has grown
  canon.assign(head_);
  append_header(
      canon, {id, h.kind, h.key, h.effective_date, recorded_at_, operator_, import_id_, h.override_reason});
  if (!import_hashed_) append_import_record(canon, import_);  // the import's first entry
  import_hashed_ = true;
  for (const auto& t : tables)
    for (const auto& row : t.rows) append_canonical(canon, *t.spec, row);
  std::string hash = sha256(canon);

  PaymentHeader payment{import_id_, ovr, hash};
  bool in_row = header_in_row(h.kind);
  std::vector<StoredRows> stored = stored_rows(tables, lots_, in_row ? &payment : nullptr);
  if (deferred_) {
    if (!in_row) pending_entries_.push_back({id, h.kind, h.key, h.effective_date, head_, hash, ovr});
    pending_keys_.insert(h.key);
    defer_rows(id, stored);
    head_ = std::move(hash);
    ++next_id_;
    if (++pending_count_ >= kBatchEntries) flush_pending();
    return id;
  }

  if (!in_row) insert_header(id, h, ovr, hash);
  for (const auto& t : stored) {
    Stmt& ins = insert_stmt(t.spec, 1);
    for (const auto* row : t.rows) {
      ins.bind(1, id);
      bind_stored(ins, 2, *t.spec, *row);
      ins.run();
    }
  }
  head_ = hash;
  ++next_id_;
  return id;
}

// Bound without copies: everything bound here outlives run(), which resets the statement.
void Journal::insert_header(std::int64_t id, const EntryHeader& h, const Value& override_reason,
                            const std::string& hash) {
  Stmt& insert_entry = insert_stmt(nullptr, 1);
  insert_entry.bind(1, id)
      .bind_static(2, h.kind)
      .bind_static(3, h.key)
      .bind_static(4, h.effective_date)
      .bind_static(5, recorded_at_);
  insert_entry.bind_static(6, operator_)
      .bind(7, import_id_)
      .bind_static(8, override_reason)
      .bind_blob_static(9, head_);
  insert_entry.bind_blob_static(10, hash);
  insert_entry.run();
}

void Journal::defer_rows(std::int64_t id, std::vector<StoredRows>& stored) {
  for (auto& t : stored) {
    auto it = std::find_if(pending_rows_.begin(), pending_rows_.end(),
                           [&](const auto& p) { return p.first == t.spec; });
    if (it == pending_rows_.end()) it = pending_rows_.insert(pending_rows_.end(), {t.spec, {}});
    for (auto* row : t.rows) it->second.push_back({id, std::move(*row)});  // the rows are append()'s own
  }
}

Stmt& Journal::insert_stmt(const TableSpec* spec, std::size_t rows) {
  auto key = std::make_pair(spec, rows);
  auto it = inserts_.find(key);
  if (it != inserts_.end()) return it->second;
  std::string cols = spec ? "entry_id"
                          : "id, kind, key, effective_date, recorded_at, operator, import_id, "
                            "override_reason, prev_hash, hash";
  std::size_t n = 10;
  if (spec) {
    for (auto c : spec->columns) cols += std::string(", ") + c;
    n = spec->columns.size() + 1;
  }
  std::string one = "(?";
  for (std::size_t i = 1; i < n; ++i) one += ",?";
  one += ")";
  std::string sql =
      "INSERT INTO " + std::string(spec ? spec->table : "entry_row") + " (" + cols + ") VALUES " + one;
  for (std::size_t r = 1; r < rows; ++r) sql += "," + one;
  return inserts_.emplace(key, db_.prepare(sql)).first->second;
}

void Journal::flush_pending() {
  if (pending_count_ == 0) return;
  // Entries first: the tables' rows refer to them.
  for (std::size_t at = 0; at < pending_entries_.size(); at += kBatchEntries) {
    std::size_t n = std::min(kBatchEntries, pending_entries_.size() - at);
    Stmt& st = insert_stmt(nullptr, n);
    int p = 1;
    for (std::size_t k = at; k < at + n; ++k) {
      const auto& e = pending_entries_[k];
      st.bind(p, e.id)
          .bind_static(p + 1, e.kind)
          .bind_static(p + 2, e.key)
          .bind_static(p + 3, e.date)
          .bind_static(p + 4, recorded_at_);
      st.bind_static(p + 5, operator_).bind(p + 6, import_id_).bind_static(p + 7, e.override_reason);
      st.bind_blob_static(p + 8, e.prev_hash).bind_blob_static(p + 9, e.hash);
      p += 10;
    }
    st.run();
  }
  for (auto& [spec, rows] : pending_rows_) {
    for (std::size_t at = 0; at < rows.size(); at += kBatchEntries) {
      std::size_t n = std::min(kBatchEntries, rows.size() - at);
      Stmt& st = insert_stmt(spec, n);
      int p = 1;
      for (std::size_t k = at; k < at + n; ++k) {
        st.bind(p++, rows[k].entry_id);
        bind_stored(st, p, *spec, rows[k].values);
        p += static_cast<int>(rows[k].values.size());
      }
      st.run();
    }
    rows.clear();
  }
  pending_entries_.clear();
  pending_keys_.clear();
  pending_count_ = 0;
}

}  // namespace fundledger::store
