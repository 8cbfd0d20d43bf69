// verify: the hash chain recomputed from the stored rows (canonical.hpp), every row of every
// journaled table covered by exactly one entry's hash, and the append-only triggers in place.
// No trigger and no stored total is trusted: an attacker with the file can drop triggers, insert
// rows and re-hash. What this cannot see alone (history re-hashed to the end, the last entries
// deleted) a chain head kept elsewhere shows: `verify --head N:HEX` (docs/reliability.md).
#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

#include "store/hash.hpp"
#include "store/sqlite/journal.hpp"
#include "store/sqlite/stored_form.hpp"
#include "text/text.hpp"

namespace fundledger::store {
namespace {

void fail(VerifyResult& r, std::optional<std::int64_t> entry, std::string why) {
  r.ok = false;
  r.first_bad_entry = entry;
  r.reason = std::move(why);
}

// The import runs' records by id (import_batch: one row per import, a few thousand at most).
std::map<std::int64_t, ImportRecord> import_records(Db& db) {
  std::map<std::int64_t, ImportRecord> out;
  auto st = db.prepare(
      "SELECT id, kind, file_name, file_sha256, operator, recorded_at, override_reason FROM import_batch");
  while (st.step())
    out.emplace(st.int64(0), ImportRecord{st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4),
                                          st.text(5), st.opt_text(6)});
  return out;
}

// Where the chain's coverage of import records starts (schema 8, table chain_form: one row).
// Entries recorded before the migration to schema 8 cover their import id, time and operator
// only; import records kept before it may have no entry (a rules or loans run that added nothing).
struct ChainForm {
  std::int64_t provenance_from = 1;  // the first entry hashed with its import's record
  std::int64_t import_from = 1;      // the first import record that must record an entry
};

std::optional<ChainForm> chain_form(Db& db, VerifyResult& r) {
  auto st = db.prepare("SELECT COUNT(*), MIN(provenance_from), MIN(import_from) FROM chain_form");
  st.step();
  if (st.int64(0) != 1) {
    fail(r, std::nullopt, text::tr("verify.chain_form_rows", text::arg("rows", st.int64(0))));
    return std::nullopt;
  }
  return ChainForm{st.int64(1), st.int64(2)};
}

// One table's rows read once, in entry order (stream_sql): the walk takes the rows of each entry
// as it reaches it. Rows of an id the walk never asks for are passed over here; verify_rows_covered
// finds them.
class TableStream {
 public:
  TableStream(Db& db, const std::string& sql, std::size_t columns)
      : st_(db.prepare_scan(sql)), columns_(columns) {
    advance();
  }
  // Appends the rows of entry `id` to `rows`.
  void take(std::int64_t id, std::vector<std::vector<Value>>& rows) {
    while (has_ && entry_ < id) advance();
    while (has_ && entry_ == id) {
      auto& row = rows.emplace_back();
      row.reserve(columns_);
      for (int c = 1; c <= static_cast<int>(columns_); ++c) row.push_back(st_.value(c));
      advance();
    }
  }

 private:
  void advance() {
    has_ = st_.step();
    if (has_) entry_ = st_.int64(0);
  }
  Stmt st_;
  std::size_t columns_;
  bool has_ = false;
  std::int64_t entry_ = 0;
};

// The streams of every journaled table; the canonical rows of one entry of one table, merged in
// seq order when the table is stored in two halves (flow).
class RowStreams {
 public:
  explicit RowStreams(Db& db) : db_(db) {}
  const std::vector<std::vector<Value>>& rows(const TableSpec& spec, std::int64_t id) {
    auto it = streams_.find(&spec);
    if (it == streams_.end()) {
      std::vector<TableStream> s;
      for (const auto& sql : stream_sql(spec)) s.emplace_back(db_, sql, spec.columns.size());
      it = streams_.emplace(&spec, std::move(s)).first;
    }
    rows_.clear();
    for (auto& s : it->second) s.take(id, rows_);
    if (it->second.size() > 1 && rows_.size() > 1)  // the seq column is the first (canonical.cpp)
      std::stable_sort(rows_.begin(), rows_.end(), [](const auto& a, const auto& b) { return a[0] < b[0]; });
    return rows_;
  }

 private:
  Db& db_;
  std::map<const TableSpec*, std::vector<TableStream>> streams_;
  std::vector<std::vector<Value>> rows_;
};

class ChainWalk {
 public:
  ChainWalk(Db& db, VerifyResult& r, std::int64_t provenance_from, std::optional<std::int64_t> hash_of)
      : db_(db), r_(r), provenance_from_(provenance_from), hash_of_(hash_of), imports_(import_records(db)) {}

  // Chains the entries in id order; stops judging at the first that does not verify.
  void run() {
    auto entries = db_.prepare_scan(entry_headers_sql(
        "id, kind, key, effective_date, recorded_at, operator, import_id, override_reason, prev_hash, hash"));
    while (entries.step()) {
      ++r_.entries;
      if (r_.ok) check(entries);
    }
  }
  [[nodiscard]] const std::string& head() const { return prev_; }
  [[nodiscard]] const std::set<std::int64_t>& imports_used() const { return imports_used_; }

 private:
  void check(Stmt& e) {
    std::int64_t id = e.int64(0);
    if (id != expected_id_)
      return fail(r_, id, text::tr("verify.ids_not_consecutive", text::arg("expected", expected_id_)));
    ++expected_id_;
    // A payment's prev_hash is not stored: it is the hash of the entry before it (schema 7).
    if (!e.is_null(8) && e.blob(8) != prev_)
      return fail(r_, id, text::tr("verify.prev_hash", text::arg("entry", id - 1)));
    std::string kind = e.text(1);
    std::int64_t import_id = e.int64(6);
    std::string canon = prev_;
    append_header(canon, {id, kind, e.text(2), e.text(3), e.text(4), e.text(5), import_id, e.opt_text(7)});
    if (import_id != last_import_ && id >= provenance_from_) {
      auto rec = imports_.find(import_id);
      if (rec == imports_.end())
        return fail(r_, id, text::tr("verify.import_record_missing", text::arg("import", import_id)));
      append_import_record(canon, rec->second);
    }
    if (import_id != last_import_) imports_used_.insert(import_id);  // an import's entries are consecutive
    last_import_ = import_id;
    const std::vector<const TableSpec*>* specs = nullptr;
    try {
      specs = &tables_for_kind(kind);
    } catch (const std::invalid_argument&) {
      return fail(r_, id, text::tr("verify.unknown_kind", text::arg("kind", kind)));
    }
    for (auto* spec : *specs) append_rows(canon, *spec, id);
    std::string h = sha256(canon);
    if (h != e.blob(9)) return mismatch(id, e.is_null(8));
    if (hash_of_ == id) r_.hash_of_entry_hex = to_hex(h);
    prev_ = std::move(h);
  }

  void append_rows(std::string& canon, const TableSpec& spec, std::int64_t id) {
    for (const auto& row : streams_.rows(spec, id)) append_canonical(canon, spec, row);
  }

  void mismatch(std::int64_t id, bool prev_hash_implied) {
    // A payment stores no prev_hash: its hash covers the previous entry's, so either was changed.
    if (prev_hash_implied && id > 1)
      fail(r_, id, text::tr("verify.hash_mismatch_chained", text::arg("entry", id - 1)));
    else
      fail(r_, id, text::tr("verify.hash_mismatch"));
  }

  Db& db_;
  VerifyResult& r_;
  std::int64_t provenance_from_;
  std::optional<std::int64_t> hash_of_;
  std::map<std::int64_t, ImportRecord> imports_;
  RowStreams streams_{db_};
  std::set<std::int64_t> imports_used_;
  std::string prev_ = std::string(32, '\0');
  std::int64_t expected_id_ = 1;
  std::int64_t last_import_ = 0;
};

std::string quoted_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& k : items) out += (out.empty() ? "'" : ", '") + k + "'";
  return out;
}

// The first entry id among the rows of `spec`'s table that no entry of a kind writing that table
// covers (none when all are covered). A payment's row is its own entry (its header is in the row).
std::optional<std::int64_t> first_uncovered_row(Db& db, const TableSpec& spec) {
  const std::string table = stored_spec(spec).table;
  std::string sql;
  if (header_in_row(spec.table)) {
    sql = "SELECT MIN(t.entry_id) FROM " + table + " t JOIN entry_row e ON e.id = t.entry_id";
  } else {
    std::vector<std::string> in_entry_row;
    bool payments = false;
    for (const auto& k : kinds_writing(spec)) {
      if (header_in_row(k))
        payments = true;
      else
        in_entry_row.push_back(k);
    }
    sql = "SELECT MIN(t.entry_id) FROM " + table +
          " t WHERE NOT EXISTS (SELECT 1 FROM entry_row e WHERE e.id = t.entry_id AND e.kind IN (" +
          quoted_list(in_entry_row) + "))";
    if (payments) sql += " AND NOT EXISTS (SELECT 1 FROM disbursement d WHERE d.entry_id = t.entry_id)";
  }
  auto st = db.prepare(sql);
  if (st.step() && !st.is_null(0)) return st.int64(0);
  return std::nullopt;
}

bool entry_exists(Db& db, std::int64_t id) {
  auto st = db.prepare(
      "SELECT 1 FROM entry_row WHERE id = ?1 UNION ALL SELECT 1 FROM disbursement WHERE entry_id = ?1");
  st.bind(1, id);
  return st.step();
}

// Every row of every journaled table is covered by exactly one entry's hash: it carries the id of
// an entry whose kind writes that table (so the entry's canonical bytes read it). A row carrying
// no entry's id, or the id of an entry of another kind, was added outside the chain.
void verify_rows_covered(Db& db, VerifyResult& r) {
  for (auto* spec : all_specs()) {
    if (header_in_row(spec->table)) continue;  // a payment's rows: checked before the walk (verify_chain)
    auto id = first_uncovered_row(db, *spec);
    if (!id) continue;
    if (!entry_exists(db, *id))
      return fail(r, id, text::tr("verify.rows_of_no_entry", text::arg("table", spec->table)));
    return fail(
        r, id,
        text::tr("verify.rows_of_other_kind", text::arg("table", spec->table), text::arg("entry", *id)));
  }
}

// The stored lots and import records are covered through the entries that name them: one that no
// entry names was added outside the chain.
void verify_named(Db& db, VerifyResult& r, const std::set<std::int64_t>& imports_used,
                  std::int64_t import_from) {
  auto lot = db.prepare(
      "SELECT MIN(l.id) FROM flow_lot l WHERE NOT EXISTS (SELECT 1 FROM disbursement d WHERE d.lot_id = "
      "l.id)");
  if (lot.step() && !lot.is_null(0))
    return fail(r, std::nullopt, text::tr("verify.lot_unnamed", text::arg("row", lot.int64(0))));
  auto batch = db.prepare("SELECT id, file_name FROM import_batch WHERE id >= ? ORDER BY id");
  batch.bind(1, import_from);
  while (batch.step())
    if (!imports_used.count(batch.int64(0)))
      return fail(r, std::nullopt,
                  text::tr("verify.import_without_entry", text::arg("import", batch.int64(0)),
                           text::arg("file", batch.text(1))));
}

// The append-only triggers must all be there, each named after its canonical table and on the
// table that stores it (entry's on entry_row, flow's on flow_row).
void verify_triggers(Db& db, VerifyResult& r) {
  std::set<std::pair<std::string, std::string>> have;
  auto tr =
      db.prepare(db.dialect() == Dialect::postgres
                     ? "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                       "WHERE c.relnamespace = current_schema()::regnamespace AND t.tgenabled <> 'D'"
                     : "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'");
  while (tr.step()) have.emplace(tr.text(0), tr.text(1));
  std::vector<std::pair<std::string, std::string>> tables = {{"import_batch", "import_batch"},
                                                             {"entry", "entry_row"},
                                                             {"flow_lot", "flow_lot"},
                                                             {"chain_form", "chain_form"}};
  for (auto* spec : all_specs()) tables.emplace_back(spec->table, stored_spec(*spec).table);
  for (const auto& [t, stored] : tables)
    for (const char* op : {"update", "delete"})
      if (!have.count({t + "_no_" + op, stored}))
        return fail(r, std::nullopt,
                    text::tr("verify.trigger_missing", text::arg("trigger", t + "_no_" + op)));
}

}  // namespace

VerifyResult verify_chain(Db& db, std::optional<std::int64_t> hash_of) {
  VerifyResult r;
  auto form = chain_form(db, r);
  // A payment's row carrying another entry's id would make two headers of one id: named first.
  if (auto id = first_uncovered_row(db, table_spec("disbursement")); id && r.ok)
    fail(r, id, text::tr("verify.payment_row_other_kind", text::arg("entry", *id)));
  ChainWalk walk(db, r, form.value_or(ChainForm{}).provenance_from, hash_of);  // r not ok: counts only
  walk.run();
  r.head_hex = to_hex(walk.head());
  if (r.ok) verify_rows_covered(db, r);
  if (r.ok) verify_named(db, r, walk.imports_used(), form->import_from);
  if (r.ok) verify_triggers(db, r);
  return r;
}

}  // namespace fundledger::store
