#include "store/sqlite/journal.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <stdexcept>

#include "base/assert.hpp"
#include "store/sqlite/entry_codec.hpp"
#include "store/sqlite/stored_form.hpp"

namespace fundledger::store {
namespace {

const TableSpec kSource{
    "source",
    {"doc_no", "fiscal_year", "category", "name", "amount", "received_on", "level", "restricted_to", "note"},
    nullptr};
const TableSpec kHousehold{
    "household",
    {"household_id", "head_name", "id_number", "town", "village", "members", "registered", "poverty_cause"},
    nullptr};
const TableSpec kBudget{
    "budget",
    {"fiscal_year", "revision", "code", "name", "total", "funded_by", "doc_no", "reason", "attribution"},
    nullptr};
const TableSpec kBudgetLine{
    "budget_line",
    {"seq", "fiscal_year", "code", "name", "amount", "purpose", "remainder", "attribution"},
    "seq"};
const TableSpec kAllocation{
    "allocation",
    {"voucher", "date", "fiscal_year", "source_doc", "earmark", "amount", "town", "project", "note"},
    nullptr};
const TableSpec kDisbursement{
    "disbursement",
    {"voucher", "date", "fiscal_year", "earmark", "amount", "payee_id", "payee_name", "payee_kind", "town",
     "village", "project", "source_doc", "note"},
    nullptr};
const TableSpec kCorrection{
    "correction", {"voucher", "date", "kind", "target", "amount", "to_earmark", "reason"}, nullptr};
const TableSpec kRule{
    "rule",
    {"rule_id", "version", "kind", "severity", "from_year", "to_year", "note", "params", "file_name"},
    nullptr};
const TableSpec kLoan{
    "loan",
    {"loan_id", "version", "household_id", "product", "bank", "principal", "annual_rate", "start_date",
     "term_months", "purpose", "overdue_since", "repaid_on", "written_off_on"},
    nullptr};
const TableSpec kFlow{"flow",
                      {"seq", "kind", "voucher", "date", "fiscal_year", "earmark", "lot", "lot_date",
                       "source_doc", "amount", "town", "village", "project", "payee_id"},
                      "seq"};

std::map<std::string, std::vector<const TableSpec*>>& registry() {
  static std::map<std::string, std::vector<const TableSpec*>> r = {
      {"source", {&kSource}},
      {"household", {&kHousehold}},
      {"budget", {&kBudget, &kBudgetLine}},
      {"allocation", {&kAllocation, &kFlow}},
      {"disbursement", {&kDisbursement, &kFlow}},
      {"correction", {&kCorrection, &kFlow}},
      {"loan", {&kLoan}},
      {"rules", {&kRule}},
  };
  return r;
}

const std::vector<const TableSpec*>& all_specs() {
  static std::vector<const TableSpec*> v = {&kSource,     &kHousehold,    &kBudget,     &kBudgetLine,
                                            &kAllocation, &kDisbursement, &kCorrection, &kFlow,
                                            &kRule,       &kLoan};
  return v;
}

template <class Int>
void put_int(std::string& out, Int n) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
  out.append(buf, end);
}

void put_len(std::string& out, std::size_t n) {
  put_int(out, n);
  out.push_back(':');
}

void append_value(std::string& out, const Value& v) {
  if (std::holds_alternative<std::monostate>(v)) {
    out += "n;";
  } else if (auto p = std::get_if<std::int64_t>(&v)) {
    out.push_back('i');
    put_int(out, *p);
    out.push_back(';');
  } else {
    const auto& s = std::get<std::string>(v);
    out.push_back('t');
    put_len(out, s.size());
    out += s;
    out.push_back(';');
  }
}

void append_text(std::string& out, std::string_view s) {
  out.push_back('t');
  put_len(out, s.size());
  out += s;
  out.push_back(';');
}

void append_int(std::string& out, std::int64_t i) {
  out.push_back('i');
  put_int(out, i);
  out.push_back(';');
}

void header_canonical(std::string& out, std::int64_t id, std::string_view kind, std::string_view key,
                      std::string_view date, std::string_view recorded_at, std::string_view op,
                      std::int64_t import_id, const std::optional<std::string>& override_reason) {
  out += "entry|";
  append_int(out, id);
  append_text(out, kind);
  append_text(out, key);
  append_text(out, date);
  append_text(out, recorded_at);
  append_text(out, op);
  append_int(out, import_id);
  if (override_reason)
    append_text(out, *override_reason);
  else
    out += "n;";
}

// Reads the canonical rows from what is stored (stored_form.hpp).
std::string select_sql(const TableSpec& spec) {
  std::string cols;
  for (std::size_t i = 0; i < spec.columns.size(); ++i)
    cols += (i ? ", " : "") + std::string(spec.columns[i]);
  return select_by_entry_sql(spec, cols);
}

}  // namespace

const std::vector<const TableSpec*>& tables_for_kind(const std::string& kind) {
  auto it = registry().find(kind);
  if (it == registry().end()) throw std::invalid_argument("unknown journal entry kind: " + kind);
  return it->second;
}

const TableSpec& table_spec(const std::string& table) {
  for (auto* s : all_specs())
    if (table == s->table) return *s;
  throw std::invalid_argument("unknown journal table: " + table);
}

void append_canonical(std::string& out, const TableSpec& spec, const std::vector<Value>& row) {
  out += spec.table;
  out.push_back('|');
  for (std::size_t i = 0; i < spec.columns.size(); ++i) {
    out += spec.columns[i];
    out.push_back('=');
    append_value(out, i < row.size() ? row[i] : Value{});
  }
  out.push_back('\n');
}

Journal::Journal(Db& db) : db_(db), head_(32, '\0'), lots_(db) { load_head(); }

void Journal::load_head() {
  head_.assign(32, '\0');
  next_id_ = 1;
  // The last entry's header is in entry_row or, for a payment, in its disbursement row (schema 7).
  for (const char* sql : {"SELECT id, hash FROM entry_row ORDER BY id DESC LIMIT 1",
                          "SELECT entry_id, hash FROM disbursement ORDER BY entry_id DESC LIMIT 1"}) {
    auto st = db_.prepare(sql);
    if (st.step() && st.int64(0) + 1 > next_id_) {
      next_id_ = st.int64(0) + 1;
      head_ = st.blob(1);
    }
  }
}

std::int64_t Journal::begin_import(const ImportInfo& info) {
  // Read the chain's head again now that the import holds the write lock: another clerk's import
  // may have committed since this Journal was made.
  load_head();
  lots_.clear();
  auto st = db_.prepare(
      "INSERT INTO import_batch (kind, file_name, file_sha256, operator, recorded_at, override_reason) "
      "VALUES (?,?,?,?,?,?) RETURNING id");
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
  return import_id_;
}

std::int64_t Journal::append(const entries::Entry& entry) { return append(header_of(entry), rows_of(entry)); }

std::int64_t Journal::append(const EntryHeader& h, std::vector<TableRows> tables) {
  FL_ASSERT(import_id_ != 0, "Journal::append after begin_import");
  std::int64_t id = next_id_;
  Value ovr = h.override_reason ? Value(*h.override_reason) : Value{};
  std::string& canon = canon_;  // reused: no allocation per entry once it has grown
  canon.assign(head_);
  header_canonical(canon, id, h.kind, h.key, h.effective_date, recorded_at_, operator_, import_id_,
                   h.override_reason);
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

namespace {

// Chains the entries in id order; stops at the first that does not verify.
void verify_entries(Db& db, VerifyResult& r, std::string& prev) {
  auto entries = db.prepare(entry_headers_sql(
      "id, kind, key, effective_date, recorded_at, operator, import_id, override_reason, prev_hash, hash"));
  std::map<const TableSpec*, Stmt> selects;
  auto bad = [&](std::int64_t id, std::string why) {
    r.ok = false;
    r.first_bad_entry = id;
    r.reason = std::move(why);
  };
  std::int64_t expected_id = 1;
  while (entries.step()) {
    std::int64_t id = entries.int64(0);
    ++r.entries;
    if (!r.ok) continue;
    std::string kind = entries.text(1);
    if (id != expected_id) {
      bad(id, "entry ids are not consecutive: expected " + std::to_string(expected_id) +
                  " (an entry was deleted or moved)");
      continue;
    }
    ++expected_id;
    // A payment's prev_hash is not stored: it is the hash of the entry before it (schema 7).
    if (!entries.is_null(8) && entries.blob(8) != prev) {
      bad(id, "prev_hash does not match the hash of entry " + std::to_string(id - 1));
      continue;
    }
    std::string canon = prev;
    header_canonical(canon, id, kind, entries.text(2), entries.text(3), entries.text(4), entries.text(5),
                     entries.int64(6), entries.opt_text(7));
    const std::vector<const TableSpec*>* specs = nullptr;
    try {
      specs = &tables_for_kind(kind);
    } catch (const std::invalid_argument&) {
      bad(id, "unknown entry kind '" + kind + "'");
      continue;
    }
    for (auto* spec : *specs) {
      auto it = selects.find(spec);
      if (it == selects.end()) it = selects.emplace(spec, db.prepare(select_sql(*spec))).first;
      Stmt& st = it->second;
      st.bind(1, id);
      while (st.step()) {
        std::vector<Value> row;
        for (int c = 0; c < static_cast<int>(spec->columns.size()); ++c) row.push_back(st.value(c));
        append_canonical(canon, *spec, row);
      }
      st.reset();
    }
    std::string h = sha256(canon);
    if (h != entries.blob(9)) {
      // A payment stores no prev_hash: its hash covers the previous entry's, so either was changed.
      if (entries.is_null(8) && id > 1)
        bad(id, "the entry's content does not match its hash, chained to prev_hash = the hash of entry " +
                    std::to_string(id - 1) +
                    " (this entry or the one before it was edited after it was recorded)");
      else
        bad(id, "the entry's content does not match its hash (edited after it was recorded)");
      continue;
    }
    prev = h;
  }
}

// Rows that belong to no entry (inserted behind the engine's back). A payment's row is its own
// entry; every other stored row must name one in entry_row or a payment's.
void verify_no_orphans(Db& db, VerifyResult& r) {
  for (auto* spec : all_specs()) {
    std::string table = stored_spec(*spec).table;
    if (header_in_row(spec->table)) continue;
    auto st = db.prepare("SELECT MIN(entry_id) FROM " + table +
                         " t WHERE NOT EXISTS (SELECT 1 FROM entry_row e WHERE e.id = t.entry_id)"
                         " AND NOT EXISTS (SELECT 1 FROM disbursement d WHERE d.entry_id = t.entry_id)");
    if (st.step() && !st.is_null(0)) {
      r.ok = false;
      r.first_bad_entry = st.int64(0);
      r.reason = std::string("rows in table ") + spec->table + " belong to no journal entry";
      return;
    }
  }
}

// The append-only triggers must all be there, each named after its canonical table and on the
// table that stores it (entry's on entry_row, flow's on flow_row).
void verify_triggers(Db& db, VerifyResult& r) {
  std::set<std::pair<std::string, std::string>> have;
  auto tr = db.prepare("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger'");
  while (tr.step()) have.emplace(tr.text(0), tr.text(1));
  std::vector<std::pair<std::string, std::string>> tables = {
      {"import_batch", "import_batch"}, {"entry", "entry_row"}, {"flow_lot", "flow_lot"}};
  for (auto* spec : all_specs()) tables.emplace_back(spec->table, stored_spec(*spec).table);
  for (const auto& [t, stored] : tables)
    for (const char* op : {"update", "delete"})
      if (!have.count({t + "_no_" + op, stored})) {
        r.ok = false;
        r.reason =
            "append-only trigger " + t + "_no_" + op + " is missing (dropped behind the engine's back)";
        return;
      }
}

}  // namespace

VerifyResult verify_chain(Db& db) {
  VerifyResult r;
  std::string prev(32, '\0');
  verify_entries(db, r, prev);
  r.head_hex = to_hex(prev);
  if (r.ok) verify_no_orphans(db, r);
  if (r.ok) verify_triggers(db, r);
  return r;
}

}  // namespace fundledger::store
