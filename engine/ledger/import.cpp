#include "store/sqlite/db.hpp"
#include "ledger/fields.hpp"
#include "ledger/ledger.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <unordered_map>

namespace fundledger::ledger {
namespace {

using store::Value;
using Row = std::vector<Value>;

std::string fmt_money(const Money& m) { return format_yuan(m, false); }

std::string date_str(const Date& d) { return calendar::format_date(d); }

// ---- file identity -----------------------------------------------------------------------------


// ---- column definitions (CONTRACT.md "Input files") ---------------------------------------------

const std::vector<ColumnDef> kSourceCols = {
    {"doc_no", "文号", true}, {"fiscal_year", "年度", true}, {"category", "类别", true},
    {"name", "名称", true}, {"amount", "金额", true}, {"received_on", "到账日期", true},
    {"level", "级次", false}, {"restricted_to", "限定用途", false}, {"note", "备注", false}};
enum { S_DOC, S_FY, S_CAT, S_NAME, S_AMOUNT, S_RECEIVED, S_LEVEL, S_RESTRICTED, S_NOTE };

const std::vector<ColumnDef> kHouseholdCols = {
    {"household_id", "户编号", true}, {"head_name", "户主姓名", true}, {"id_number", "身份证号", false},
    {"town", "镇", true}, {"village", "村", true}, {"members", "人口", false},
    {"registered", "建档立卡", true}, {"poverty_cause", "致贫原因", false}};
enum { H_ID, H_HEAD, H_IDNO, H_TOWN, H_VILLAGE, H_MEMBERS, H_REGISTERED, H_CAUSE };

const std::vector<ColumnDef> kAllocationCols = {
    {"voucher", "凭证号", true}, {"date", "日期", true}, {"source_doc", "来源文号", true},
    {"earmark", "用途代码", true}, {"amount", "金额", true}, {"fiscal_year", "年度", false},
    {"town", "镇", false}, {"project", "项目", false}, {"note", "备注", false}};
enum { A_VOUCHER, A_DATE, A_SOURCE, A_EARMARK, A_AMOUNT, A_FY, A_TOWN, A_PROJECT, A_NOTE };

const std::vector<ColumnDef> kDisbursementCols = {
    {"voucher", "凭证号", true}, {"date", "日期", true}, {"earmark", "用途代码", true},
    {"amount", "金额", true}, {"payee_id", "收款人编号", true}, {"payee_name", "收款人", true},
    {"payee_kind", "收款人类型", true}, {"fiscal_year", "年度", false}, {"town", "镇", false},
    {"village", "村", false}, {"project", "项目", false}, {"source_doc", "来源文号", false},
    {"note", "备注", false}};
enum { D_VOUCHER, D_DATE, D_EARMARK, D_AMOUNT, D_PAYEE_ID, D_PAYEE_NAME, D_PAYEE_KIND, D_FY, D_TOWN, D_VILLAGE, D_PROJECT, D_SOURCE, D_NOTE };

const std::vector<ColumnDef> kCorrectionCols = {
    {"voucher", "凭证号", true}, {"date", "日期", true}, {"kind", "类型", true},
    {"target", "原凭证号", true}, {"amount", "金额", false}, {"to_earmark", "调入用途代码", false},
    {"reason", "原因", true}};
enum { C_VOUCHER, C_DATE, C_KIND, C_TARGET, C_AMOUNT, C_TO_EARMARK, C_REASON };

const std::vector<std::pair<const char*, const char*>> kLevels = {
    {"central", "中央"}, {"provincial", "省级"}, {"city", "市级"}, {"county", "县级"}, {"other", "其他"}};
const std::vector<std::pair<const char*, const char*>> kPayeeKinds = {
    {"household", "农户"}, {"enterprise", "企业"}, {"cooperative", "合作社"}, {"individual", "个人"}, {"government", "政府"}};
const std::vector<std::pair<const char*, const char*>> kCorrectionKinds = {
    {"reversal", "冲销"}, {"recovery", "收回"}, {"transfer", "调剂"}};

// ---- the import context ------------------------------------------------------------------------

struct SourceInfo {
  int fiscal_year = 0;
  std::string category, received_on;
  std::vector<std::string> restricted_to;
  Money amount, allocated;
};

struct EarmarkState {
  EarmarkLine line;
  std::vector<LotState> lots;  // FIFO order: (date, lot)
};

struct HouseholdInfo {
  std::string town, village;
};

// The household register held compactly, for imports that look up many payees: the ids in one
// sorted arena, each pointing at its (town, village) among the distinct places. About 17 bytes a
// household (250,000 households: 4 MB). Looking payees up in SQLite instead reads a random page of
// the register per payment, and the import's own writes keep evicting those pages from the cache.
class HouseholdRegister {
 public:
  // Loads the register unless it has more than max_rows households (then returns false).
  bool load(store::Db& db, std::size_t max_rows) {
    auto n = db.prepare("SELECT COUNT(*), COALESCE(SUM(LENGTH(CAST(household_id AS BLOB))), 0) FROM household");
    n.step();
    auto rows = static_cast<std::size_t>(n.int64(0));
    if (rows > max_rows) return false;
    arena_.reserve(static_cast<std::size_t>(n.int64(1)));  // exact sizes: no doubling on the way
    start_.reserve(rows + 1);
    place_.reserve(rows);
    std::unordered_map<std::string, std::uint32_t> place_of;
    auto st = db.prepare("SELECT household_id, town, village FROM household ORDER BY household_id");
    while (st.step()) {
      auto id = st.text(0);
      auto town = st.text(1), village = st.text(2);
      auto [it, added] = place_of.try_emplace(town + '\x1f' + village, static_cast<std::uint32_t>(places_.size()));
      if (added) places_.push_back({town, village});
      start_.push_back(static_cast<std::uint32_t>(arena_.size()));
      arena_ += id;
      place_.push_back(it->second);
    }
    start_.push_back(static_cast<std::uint32_t>(arena_.size()));
    return true;
  }
  [[nodiscard]] const HouseholdInfo* find(std::string_view id) const {
    std::size_t lo = 0, hi = place_.size();  // binary search over ids in byte order (SQLite's BINARY)
    while (lo < hi) {
      std::size_t mid = (lo + hi) / 2;
      int c = this->id(mid).compare(id);
      if (c == 0) return &places_[place_[mid]];
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return nullptr;
  }

 private:
  [[nodiscard]] std::string_view id(std::size_t k) const { return std::string_view(arena_).substr(start_[k], start_[k + 1] - start_[k]); }
  std::string arena_;
  std::vector<std::uint32_t> start_;  // offset of id k in arena_, and one past the last
  std::vector<std::uint32_t> place_;  // id k -> places_
  std::vector<HouseholdInfo> places_;
};

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    std::size_t a = cur.find_first_not_of(' '), b = cur.find_last_not_of(' ');
    if (a != std::string::npos) out.push_back(cur.substr(a, b - a + 1));
    cur.clear();
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ';' || s[i] == ',') { flush(); continue; }
    if (s.compare(i, 3, "；") == 0 || s.compare(i, 3, "，") == 0) { flush(); i += 2; continue; }
    cur.push_back(s[i]);
  }
  flush();
  return out;
}

// A dated change to a balance (a lot's money, or a source's unallocated amount).
using Events = std::vector<std::pair<std::string, Money>>;

// What can be taken from a balance on date `d` without making it negative on `d` or on any later
// date already recorded: min over t in {d} and the event dates after d of base + sum(events <= t).
// "Available" is as of the entry's own date, and a later-recorded refill (a recovery dated
// 20 March) must not pay a voucher dated 5 March.
Money available_from(const Events& events, const std::string& d, const Money& base) {
  Events sorted = events;
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  Money bal = base;
  std::size_t i = 0;
  for (; i < sorted.size() && sorted[i].first <= d; ++i) bal += sorted[i].second;
  Money low = bal;
  while (i < sorted.size()) {
    const std::string& t = sorted[i].first;
    for (; i < sorted.size() && sorted[i].first == t; ++i) bal += sorted[i].second;
    low = std::min(low, bal);
  }
  return low;
}

// ---- the rows of one file, in date order, in bounded memory ----------------------------------

struct Rec {
  long line;
  std::string date;
  Row row;
};

// Hands a file's parsed rows to `apply` in date order (ties: file order).
//
// Direct (the file is known to be in date order already, the usual export): each row is applied
// as soon as it is parsed, and nothing is held. Otherwise the rows are held until finish(), which
// applies them sorted: small files in memory; past kSpillRows the rows go to a TEMP table
// (outside the ledger file), so memory does not grow with the file.
class RowBuffer {
 public:
  static constexpr std::size_t kSpillRows = 10000;
  using Apply = std::function<void(Rec&)>;
  RowBuffer(store::Db& db, bool direct, Apply apply, Diagnostics& diag, const std::string& path)
      : db_(db), direct_(direct), apply_(std::move(apply)), diag_(diag), path_(path) {}

  void push(Rec r) {
    if (direct_) {
      // The pre-scan saw the dates in order; a row out of order now means the file was changed
      // between the two reads. Applying it would break "available as of the entry's own date".
      if (r.date < last_date_) {
        diag_.error(path_, r.line, 0, "the file changed while it was being imported (this row is dated before the row above it, "
                                      "which it was not a moment ago); nothing was recorded — import it again");
        return;
      }
      last_date_ = r.date;
      apply_(r);
      return;
    }
    if (!recs_.empty() || spilled_) in_order_ = in_order_ && !(r.date < last_date_);
    last_date_ = r.date;
    recs_.push_back(std::move(r));
    if (recs_.size() >= kSpillRows) spill();
  }

  // Applies the held rows, sorted by date (nothing to do in direct mode).
  void finish() {
    if (direct_) return;
    for (Cursor cur(*this); cur.next();) apply_(cur.rec());
  }

 private:
  class Cursor {
   public:
    explicit Cursor(RowBuffer& b) : b_(b) {
      if (b_.spilled_) {
        b_.spill();
        // A file already in date order (the usual export) is read back as written, without a sort.
        sel_ = b_.db_.prepare(b_.in_order_ ? "SELECT line, date, row FROM temp.fl_stage ORDER BY rowid"
                                           : "SELECT line, date, row FROM temp.fl_stage ORDER BY date, line");
      } else {
        std::stable_sort(b_.recs_.begin(), b_.recs_.end(), [](const Rec& a, const Rec& c) { return a.date < c.date; });
      }
    }
    bool next() {
      if (!b_.spilled_) return ++i_ <= b_.recs_.size();
      if (!sel_.step()) return false;
      cur_.line = static_cast<long>(sel_.int64(0));
      cur_.date = sel_.text(1);
      cur_.row = decode(sel_.blob(2));
      return true;
    }
    Rec& rec() { return b_.spilled_ ? cur_ : b_.recs_[i_ - 1]; }

   private:
    RowBuffer& b_;
    store::Stmt sel_;
    Rec cur_;
    std::size_t i_ = 0;
  };

  static void put_u32(std::string& out, std::uint32_t n) {
    for (int k = 0; k < 4; ++k) out.push_back(static_cast<char>((n >> (8 * k)) & 0xFF));
  }
  static std::uint64_t get_n(const std::string& s, std::size_t& p, int bytes) {
    std::uint64_t v = 0;
    for (int k = 0; k < bytes; ++k) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[p++])) << (8 * k);
    return v;
  }
  static std::string encode(const Row& row) {
    std::string out;
    for (const auto& v : row) {
      if (std::holds_alternative<std::monostate>(v)) {
        out.push_back('n');
      } else if (auto i = std::get_if<std::int64_t>(&v)) {
        out.push_back('i');
        auto u = static_cast<std::uint64_t>(*i);
        for (int k = 0; k < 8; ++k) out.push_back(static_cast<char>((u >> (8 * k)) & 0xFF));
      } else {
        const auto& t = std::get<std::string>(v);
        out.push_back('t');
        put_u32(out, static_cast<std::uint32_t>(t.size()));
        out += t;
      }
    }
    return out;
  }
  static Row decode(const std::string& s) {
    Row row;
    std::size_t p = 0;
    while (p < s.size()) {
      char tag = s[p++];
      if (tag == 'n') {
        row.emplace_back();
      } else if (tag == 'i') {
        row.emplace_back(static_cast<std::int64_t>(get_n(s, p, 8)));
      } else {
        auto n = static_cast<std::size_t>(get_n(s, p, 4));
        row.emplace_back(s.substr(p, n));
        p += n;
      }
    }
    return row;
  }
  void spill() {
    if (!spilled_) {
      db_.exec("CREATE TEMP TABLE IF NOT EXISTS fl_stage (line INTEGER NOT NULL, date TEXT NOT NULL, row BLOB NOT NULL)");
      db_.exec("DELETE FROM temp.fl_stage");
      ins_ = db_.prepare("INSERT INTO temp.fl_stage (line, date, row) VALUES (?, ?, ?)");
      spilled_ = true;
    }
    for (const auto& r : recs_) {
      ins_.bind(1, static_cast<std::int64_t>(r.line)).bind(2, r.date).bind_blob(3, encode(r.row));
      ins_.run();
    }
    recs_.clear();
    recs_.shrink_to_fit();
  }

  store::Db& db_;
  bool direct_;
  Apply apply_;
  Diagnostics& diag_;
  const std::string& path_;
  std::vector<Rec> recs_;
  bool spilled_ = false;
  bool in_order_ = true;  // every row so far dated on or after the one before
  std::string last_date_;
  store::Stmt ins_;
};

class Importer {
 public:
  Importer(store::Repository& repo, const std::string& path, const ImportOptions& opt, ImportKind kind)
      : repo_(repo), db_(repo.legacy_db()), path_(path), opt_(opt), kind_(kind), journal_(db_) {}

  ImportReport run();

 private:
  // phases
  void import_sources();
  void import_households();
  void import_budget();
  void import_allocations();
  void import_disbursements();
  void import_corrections();

  // helpers
  std::optional<Row> existing(const char* table, const char* key_col, const std::string& key);
  bool same_or_conflict(const char* table, const char* key_col, const std::string& key, const Row& row, long line, const char* what);
  SourceInfo* source(const std::string& doc);
  EarmarkState* earmark(int fy, const std::string& code);
  const HouseholdInfo* household(const std::string& id);
  std::string known_earmarks(int fy);
  bool gate(const std::vector<GateFinding>& findings, long line, std::optional<std::string>& override_out);
  void append(const std::string& kind, const std::string& key, const std::string& date, const std::vector<store::TableRows>& rows,
              const std::optional<std::string>& override_reason);
  void add_lot(int fy, const std::string& earmark, LotState lot);
  // The lots of an earmark with `remaining` cut to what is available on `date` (see available_from).
  // Returns e.lots itself when nothing later is recorded (the common, in-order case), else a copy
  // in `scratch` with each lot cut to what is available on `date`.
  const std::vector<LotState>& lots_as_of(const EarmarkState& e, const std::string& date, std::vector<LotState>& scratch) const;
  Money source_unallocated_as_of(const std::string& doc, const SourceInfo& s, const std::string& date);
  Events& source_events(const std::string& doc);  // loaded from the ledger on first use
  void error(long line, const std::string& msg) { diag_.error(path_, line, 0, msg); }
  // Whether every row's date (column `date_col`) is on or after the one before: then the rows
  // can be applied as they are read (RowBuffer's direct mode). A first, cheap pass with the real
  // parser; problems are left to the real pass to report.
  bool file_in_date_order(const std::vector<ColumnDef>& cols, std::size_t date_col);

  store::Repository& repo_;
  store::Db& db_;
  std::string path_;
  const ImportOptions& opt_;
  ImportKind kind_;
  store::Journal journal_;
  Diagnostics diag_;
  ImportReport report_;
  std::unordered_map<std::string, std::optional<SourceInfo>> sources_;
  std::map<std::pair<int, std::string>, std::optional<EarmarkState>> earmarks_;
  std::unordered_map<std::string, std::optional<HouseholdInfo>> households_;
  static constexpr std::size_t kHouseholdCacheMax = 20000;
  // After this many register lookups an import loads the register (if it has at most
  // kHouseholdRegisterMax households: about 51 MB, a province) instead of querying it per payment.
  static constexpr std::size_t kHouseholdLookupsBeforeLoad = 5000;
  static constexpr std::size_t kHouseholdRegisterMax = 3'000'000;
  std::size_t household_lookups_ = 0;
  std::optional<HouseholdRegister> register_;  // loaded; nullopt: not (yet)
  bool register_tried_ = false;
  std::unique_ptr<store::Stmt> household_stmt_;
  std::unordered_map<std::string, Events> lot_events_;     // lot -> dated changes of its money
  std::unordered_map<std::string, std::string> lot_last_;  // lot -> date of its latest change
  void note_lot(const std::string& lot, const std::string& date, const Money& delta) {
    auto& ev = lot_events_[lot];
    if (!ev.empty() && ev.back().first == date) ev.back().second += delta;  // one event per lot and day
    else ev.emplace_back(date, delta);
    auto& last = lot_last_[lot];
    if (date > last) last = date;
  }
  // (table, key column) -> prepared lookup by key; the names are string literals of this file.
  std::map<std::pair<std::string_view, std::string_view>, std::unique_ptr<store::Stmt>> existing_stmts_;
  std::unordered_map<std::string, Events> source_events_;  // doc_no -> dated changes of its allocated amount
};

const std::vector<LotState>& Importer::lots_as_of(const EarmarkState& e, const std::string& date, std::vector<LotState>& scratch) const {
  // Fast path (rows applied in date order): no lot has a change after `date`, so what remains in
  // each lot now is what is available on `date`.
  bool any_later = false;
  for (const auto& l : e.lots) {
    // An empty lot stays empty as of any date (what is available is cut, never raised), and a
    // lot dated later is not available at all: neither needs its history looked at.
    if (!l.remaining.is_positive() || l.date > date) continue;
    auto it = lot_last_.find(l.lot);
    if (it != lot_last_.end() && it->second > date) { any_later = true; break; }
  }
  if (!any_later) return e.lots;
  scratch = e.lots;
  for (auto& l : scratch) {
    auto it = lot_events_.find(l.lot);
    if (it == lot_events_.end() || l.date > date) continue;
    bool later = std::any_of(it->second.begin(), it->second.end(), [&](const auto& ev) { return ev.first > date; });
    if (later) l.remaining = std::min(l.remaining, std::max(Money(), available_from(it->second, date, Money())));
  }
  return scratch;
}

Events& Importer::source_events(const std::string& doc) {
  auto it = source_events_.find(doc);
  if (it == source_events_.end()) {
    Events ev;
    auto st = db_.prepare("SELECT date, SUM(amount) FROM flow WHERE kind = 'alloc' AND source_doc = ? GROUP BY date");
    st.bind(1, doc);
    while (st.step()) ev.emplace_back(st.text(0), Money::from_fen(st.int64(1)).negated());
    it = source_events_.emplace(doc, std::move(ev)).first;
  }
  return it->second;
}

Money Importer::source_unallocated_as_of(const std::string& doc, const SourceInfo& s, const std::string& date) {
  return std::min(s.amount - s.allocated, available_from(source_events(doc), date, s.amount));
}

ImportReport Importer::run() {
  report_.kind = to_string(kind_);
  report_.file = path_;
  store::Transaction tx(db_);
  store::ImportInfo info{to_string(kind_), std::filesystem::path(path_).filename().string(), store::file_sha256_hex(path_),
                         opt_.operator_name, opt_.recorded_at, opt_.override_reason};
  journal_.begin_import(info);
  switch (kind_) {
    case ImportKind::sources: import_sources(); break;
    case ImportKind::households: import_households(); break;
    case ImportKind::budget: import_budget(); break;
    case ImportKind::allocations: import_allocations(); break;
    case ImportKind::disbursements: import_disbursements(); break;
    case ImportKind::corrections: import_corrections(); break;
  }
  if (diag_.has_errors()) throw InputError(std::move(diag_));  // tx rolls back
  // A re-import whose rows were all recorded already is a no-op: not even the import run is
  // kept (the transaction rolls back), so the ledger file stays byte-for-byte the same.
  if (report_.added > 0) {
    journal_.flush_aggregates();
    tx.commit();
  }
  for (const auto& d : diag_.all())
    if (d.warning) report_.warnings.push_back(d);
  return report_;
}

std::optional<Row> Importer::existing(const char* table, const char* key_col, const std::string& key) {
  if (journal_.pending_key(key)) journal_.flush_pending();  // the same voucher twice in a batch: look at the first
  // One prepared statement per (table, key column), its SQL built only the first time (this runs
  // once per row of an import).
  auto& slot = existing_stmts_[{table, key_col}];
  if (!slot) {
    const auto& spec = store::table_spec(table);
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < spec.columns.size(); ++i) sql += (i ? ", " : "") + std::string(spec.columns[i]);
    sql += " FROM " + std::string(table) + " WHERE " + key_col + " = ?";
    slot = std::make_unique<store::Stmt>(db_.prepare(sql));
  }
  auto& st = *slot;
  st.bind(1, key);
  if (!st.step()) {
    st.reset();
    return std::nullopt;
  }
  Row r;
  for (int c = 0; c < st.columns(); ++c) r.push_back(st.value(c));
  st.reset();
  return r;
}

std::string value_text(const Value& v) {
  if (std::holds_alternative<std::monostate>(v)) return "(empty)";
  if (auto p = std::get_if<std::int64_t>(&v)) return std::to_string(*p);
  return std::get<std::string>(v);
}

// true: the key exists with identical content (skip). false: new key. Conflict: error, returns true.
bool Importer::same_or_conflict(const char* table, const char* key_col, const std::string& key, const Row& row, long line, const char* what) {
  auto old = existing(table, key_col, key);
  if (!old) return false;
  if (*old == row) {
    ++report_.skipped;
    return true;
  }
  const auto& spec = store::table_spec(table);
  std::string diff;
  for (std::size_t i = 0; i < row.size() && i < old->size(); ++i)
    if (row[i] != (*old)[i]) {
      std::string a = value_text((*old)[i]), b = value_text(row[i]);
      if (std::string(spec.columns[i]) == "amount" || std::string(spec.columns[i]) == "total") {
        if (auto p = std::get_if<std::int64_t>(&(*old)[i])) a = fmt_money(Money::from_fen(*p));
        if (auto p = std::get_if<std::int64_t>(&row[i])) b = fmt_money(Money::from_fen(*p));
      }
      diff += std::string(diff.empty() ? "" : ", ") + spec.columns[i] + " " + a + " recorded, " + b + " here";
    }
  error(line, std::string(what) + " '" + key + "' is already in the ledger with different content (" + diff +
                  "); a recorded entry is never changed — use a correction");
  return true;
}

SourceInfo* Importer::source(const std::string& doc) {
  auto it = sources_.find(doc);
  if (it == sources_.end()) {
    auto st = db_.prepare(
        "SELECT fiscal_year, category, amount, received_on, restricted_to, "
        "(SELECT COALESCE(SUM(amount), 0) FROM flow WHERE kind = 'alloc' AND source_doc = s.doc_no) "
        "FROM source s WHERE doc_no = ?");
    st.bind(1, doc);
    std::optional<SourceInfo> info;
    if (st.step()) {
      SourceInfo s;
      s.fiscal_year = static_cast<int>(st.int64(0));
      s.category = st.text(1);
      s.amount = Money::from_fen(st.int64(2));
      s.received_on = st.text(3);
      if (auto r = st.opt_text(4)) s.restricted_to = split_list(*r);
      s.allocated = Money::from_fen(st.int64(5));
      info = s;
    }
    it = sources_.emplace(doc, info).first;
  }
  return it->second ? &*it->second : nullptr;
}

EarmarkState* Importer::earmark(int fy, const std::string& code) {
  auto key = std::make_pair(fy, code);
  auto it = earmarks_.find(key);
  if (it == earmarks_.end()) {
    std::optional<EarmarkState> state;
    for (auto& l : earmark_lines(repo_, fy))
      if (l.code == code) {
        EarmarkState s;
        s.line = l;
        auto st = db_.prepare(
            "SELECT lot, source_doc, lot_date, SUM(CASE kind WHEN 'alloc' THEN amount ELSE -amount END) "
            "FROM flow WHERE fiscal_year = ? AND earmark = ? GROUP BY lot ORDER BY lot_date, lot");
        st.bind(1, fy).bind(2, code);
        while (st.step()) s.lots.push_back({st.text(0), st.text(1), st.text(2), Money::from_fen(st.int64(3))});
        auto ev = db_.prepare(
            "SELECT lot, date, SUM(CASE kind WHEN 'alloc' THEN amount ELSE -amount END) "
            "FROM flow WHERE fiscal_year = ? AND earmark = ? GROUP BY lot, date");
        ev.bind(1, fy).bind(2, code);
        while (ev.step()) note_lot(ev.text(0), ev.text(1), Money::from_fen(ev.int64(2)));
        state = std::move(s);
        break;
      }
    it = earmarks_.emplace(key, std::move(state)).first;
  }
  return it->second ? &*it->second : nullptr;
}

const HouseholdInfo* Importer::household(const std::string& id) {
  if (register_) return register_->find(id);
  if (++household_lookups_ > kHouseholdLookupsBeforeLoad && !register_tried_) {
    register_tried_ = true;
    HouseholdRegister r;
    if (r.load(db_, kHouseholdRegisterMax)) {
      register_ = std::move(r);
      households_.clear();
      return register_->find(id);
    }
  }
  auto it = households_.find(id);
  if (it == households_.end()) {
    // A bounded cache: a province's register does not have to fit in memory.
    if (households_.size() >= kHouseholdCacheMax) households_.clear();
    if (!household_stmt_) household_stmt_ = std::make_unique<store::Stmt>(db_.prepare("SELECT town, village FROM household WHERE household_id = ?"));
    auto& st = *household_stmt_;
    st.bind(1, id);
    std::optional<HouseholdInfo> h;
    if (st.step()) h = HouseholdInfo{st.text(0), st.text(1)};
    st.reset();
    it = households_.emplace(id, h).first;
  }
  return it->second ? &*it->second : nullptr;
}

std::string Importer::known_earmarks(int fy) {
  std::string s;
  for (auto& l : earmark_lines(repo_, fy)) s += (s.empty() ? "" : ", ") + l.code;
  return s.empty() ? "no budget is recorded for " + std::to_string(fy) + "; import one first" : "known: " + s;
}

bool Importer::gate(const std::vector<GateFinding>& findings, long line, std::optional<std::string>& override_out) {
  if (findings.empty()) return true;
  if (opt_.override_reason) {
    override_out = opt_.override_reason;
    for (auto& f : findings) diag_.warn(path_, line, 0, "rule " + f.rule_id + " overridden (" + *opt_.override_reason + "): " + f.message);
    return true;
  }
  for (auto& f : findings) error(line, "rule " + f.rule_id + ": " + f.message + " (to record it anyway, import with --override \"REASON\")");
  return false;
}

void Importer::append(const std::string& kind, const std::string& key, const std::string& date, const std::vector<store::TableRows>& rows,
                      const std::optional<std::string>& override_reason) {
  if (diag_.has_errors()) return;  // the transaction will be rolled back; don't spend effort
  journal_.append({kind, key, date, override_reason}, rows);
  ++report_.added;
}

void Importer::add_lot(int fy, const std::string& code, LotState lot) {
  auto* e = earmark(fy, code);
  if (!e) return;
  auto pos = std::upper_bound(e->lots.begin(), e->lots.end(), lot, [](const LotState& a, const LotState& b) {
    return std::tie(a.date, a.lot) < std::tie(b.date, b.lot);
  });
  e->lots.insert(pos, std::move(lot));
}

bool Importer::file_in_date_order(const std::vector<ColumnDef>& cols, std::size_t date_col) {
  Diagnostics scratch;
  bool in_order = true;
  std::string last, cur;
  read_csv(path_, cols, scratch, [&](const CsvRow& r) {
    if (!in_order) return;
    auto text = r.get(date_col);
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
      cur.assign(text);  // ISO already: compare as text, no need to parse
    } else {
      Diagnostics d;
      Fields f(r, cols, d, path_);
      auto date = f.date(date_col);
      if (!date) return;  // the real pass reports it
      cur = date_str(*date);
    }
    if (cur < last) in_order = false;
    last.swap(cur);
  });
  return in_order && !scratch.has_errors();
}

// ---- sources -----------------------------------------------------------------------------------

void Importer::import_sources() {
  struct SourceRec { long line; std::string date; Row row; PendingSource p; };
  std::vector<SourceRec> recs;
  std::set<std::string> categories;
  {
    auto st = db_.prepare("SELECT code, name_zh FROM category");
    while (st.step()) { categories.insert(st.text(0)); categories.insert(st.text(1)); }
  }
  auto cat_code = [&](const std::string& s) -> std::optional<std::string> {
    auto st = db_.prepare("SELECT code FROM category WHERE code = ? OR name_zh = ?");
    st.bind(1, s).bind(2, s);
    if (st.step()) return st.text(0);
    return std::nullopt;
  };
  read_csv(path_, kSourceCols, diag_, [&](const CsvRow& r) {
    Fields f(r, kSourceCols, diag_, path_);
    auto doc = f.text(S_DOC);
    auto received = f.date(S_RECEIVED);
    auto fy = f.year(S_FY, received);
    auto cat_text = f.text(S_CAT);
    std::optional<std::string> cat;
    if (!cat_text.empty()) {
      cat = cat_code(cat_text);
      if (!cat) {
        std::string known;
        auto st = db_.prepare("SELECT code, name_zh FROM category ORDER BY seq");
        while (st.step()) known += (known.empty() ? "" : ", ") + st.text(0) + " " + st.text(1);
        f.error(S_CAT, "unknown category \"" + cat_text + "\" (known: " + known + ")");
      }
    }
    auto name = f.text(S_NAME);
    auto amount = f.money(S_AMOUNT, true);
    auto level = f.choice(S_LEVEL, kLevels, false);
    if (!f.ok() || !fy || !received || !amount || !cat) return;
    Row row = {doc, std::int64_t{*fy}, *cat, name, amount->fen64(), date_str(*received), opt_value(level),
               opt_value(f.opt_text(S_RESTRICTED)), opt_value(f.opt_text(S_NOTE))};
    recs.push_back({r.line, date_str(*received), std::move(row), PendingSource{path_, r.line, doc, *cat, *fy, *amount}});
  });
  std::stable_sort(recs.begin(), recs.end(), [](const SourceRec& a, const SourceRec& b) { return a.date < b.date; });
  for (auto& rec : recs) {
    const auto& doc = std::get<std::string>(rec.row[0]);
    if (same_or_conflict("source", "doc_no", doc, rec.row, rec.line, "source")) continue;
    std::optional<std::string> ovr;
    if (opt_.gate && !gate(opt_.gate->on_source(rec.p), rec.line, ovr)) continue;
    append("source", doc, rec.date, {{&store::table_spec("source"), {rec.row}}}, ovr);
  }
}

// ---- households --------------------------------------------------------------------------------

void Importer::import_households() {
  std::string today = opt_.recorded_at.substr(0, 10);
  read_csv(path_, kHouseholdCols, diag_, [&](const CsvRow& r) {
    Fields f(r, kHouseholdCols, diag_, path_);
    auto id = f.text(H_ID);
    auto head = f.text(H_HEAD);
    auto town = f.text(H_TOWN);
    auto village = f.text(H_VILLAGE);
    auto members = f.opt_integer(H_MEMBERS, 1, 99);
    auto reg = f.yes_no(H_REGISTERED);
    if (!f.ok() || !reg) return;
    Row row = {id, head, opt_value(f.opt_text(H_IDNO)), town, village,
               members ? Value(static_cast<std::int64_t>(*members)) : Value{}, std::int64_t{*reg ? 1 : 0}, opt_value(f.opt_text(H_CAUSE))};
    if (same_or_conflict("household", "household_id", id, row, r.line, "household")) return;
    append("household", id, today, {{&store::table_spec("household"), {row}}}, std::nullopt);
  });
}

// ---- budget (TOML) -----------------------------------------------------------------------------

void Importer::import_budget() {
  toml::table doc;
  try {
    doc = toml::parse_file(path_);
  } catch (const toml::parse_error& e) {
    error(static_cast<long>(e.source().begin.line), std::string("TOML: ") + std::string(e.description()));
    return;
  }
  auto line_of = [](const toml::node* n) { return n ? static_cast<long>(n->source().begin.line) : 0L; };
  auto req_str = [&](const toml::table& t, const char* key, bool required) -> std::optional<std::string> {
    const toml::node* n = t.get(key);
    if (!n) {
      if (required) error(line_of(&t), std::string("missing key '") + key + "'");
      return std::nullopt;
    }
    if (!n->is_string()) {
      error(line_of(n), std::string("'") + key + "' must be a string");
      return std::nullopt;
    }
    return n->value<std::string>();
  };
  auto money_of = [&](const toml::table& t, const char* key, bool required) -> std::optional<Money> {
    const toml::node* n = t.get(key);
    if (!n) {
      if (required) error(line_of(&t), std::string("missing key '") + key + "'");
      return std::nullopt;
    }
    std::string text;
    if (n->is_string()) text = *n->value<std::string>();
    else if (n->is_integer()) text = std::to_string(*n->value<std::int64_t>());
    else {
      error(line_of(n), std::string("'") + key + "' must be an amount in quotes, e.g. \"5000万\" (a TOML float would not be exact)");
      return std::nullopt;
    }
    auto r = parse_amount(text);
    if (!r) { error(line_of(n), std::string("'") + key + "': " + r.error); return std::nullopt; }
    return r.value;
  };
  static const std::set<std::string> kKnown = {"fiscal_year", "code", "name", "total", "funded_by", "doc_no", "reason", "attribution", "line"};
  for (auto& [k, v] : doc)
    if (!kKnown.count(std::string(k.str()))) diag_.warn(path_, line_of(&v), 0, "unknown key '" + std::string(k.str()) + "' ignored");

  auto fy_node = doc.get("fiscal_year");
  std::optional<int> fy;
  if (!fy_node) error(1, "missing key 'fiscal_year'");
  else if (!fy_node->is_integer() || *fy_node->value<std::int64_t>() < 1900 || *fy_node->value<std::int64_t>() > 2999)
    error(line_of(fy_node), "'fiscal_year' must be a year such as 2017");
  else fy = static_cast<int>(*fy_node->value<std::int64_t>());
  auto code = req_str(doc, "code", true);
  auto name = req_str(doc, "name", true);
  auto total = money_of(doc, "total", true);
  auto funded_by = req_str(doc, "funded_by", true);
  auto doc_no = req_str(doc, "doc_no", false);
  auto reason = req_str(doc, "reason", false);
  auto attribution = req_str(doc, "attribution", false).value_or("fifo");
  if (attribution != "fifo" && attribution != "pro_rata") error(line_of(doc.get("attribution")), "'attribution' must be \"fifo\" or \"pro_rata\", not \"" + attribution + "\"");
  if (funded_by) {
    auto st = db_.prepare("SELECT code FROM category WHERE code = ? OR name_zh = ?");
    st.bind(1, *funded_by).bind(2, *funded_by);
    if (st.step()) funded_by = st.text(0);
    else error(line_of(doc.get("funded_by")), "'funded_by': unknown category \"" + *funded_by + "\"");
  }
  if (total && !total->is_positive()) error(line_of(doc.get("total")), "'total' must be positive");

  PendingBudget pb;
  pb.file = path_;
  std::vector<Row> lines;
  auto* arr = doc.get_as<toml::array>("line");
  if (!arr || arr->empty()) {
    error(1, "a budget needs at least one [[line]]");
  } else {
    std::set<std::string> codes;
    long remainder_idx = -1;
    Money sum;
    long seq = 0;
    for (auto& node : *arr) {
      auto* t = node.as_table();
      if (!t) { error(line_of(&node), "[[line]] must be a table"); continue; }
      ++seq;
      auto lcode = req_str(*t, "code", true);
      auto lname = req_str(*t, "name", true);
      auto purpose = req_str(*t, "purpose", false);
      auto lattr = req_str(*t, "attribution", false);
      if (lattr && *lattr != "fifo" && *lattr != "pro_rata") error(line_of(t->get("attribution")), "'attribution' must be \"fifo\" or \"pro_rata\"");
      bool rem = false;
      if (auto* rn = t->get("remainder")) {
        if (!rn->is_boolean()) error(line_of(rn), "'remainder' must be true or false");
        else rem = *rn->value<bool>();
      }
      std::optional<Money> amount;
      if (rem) {
        if (t->get("amount")) error(line_of(t), "line '" + lcode.value_or("?") + "' has both remainder = true and an amount");
        if (remainder_idx >= 0) error(line_of(t), "more than one line has remainder = true (at most one may)");
        remainder_idx = static_cast<long>(lines.size());
      } else {
        amount = money_of(*t, "amount", true);
        if (amount && amount->is_negative()) error(line_of(t->get("amount")), "line '" + lcode.value_or("?") + "': amount must not be negative");
        if (amount) sum += *amount;
      }
      if (lcode && !codes.insert(*lcode).second) error(line_of(t), "earmark code '" + *lcode + "' appears twice in the budget");
      lines.push_back({std::int64_t{seq}, fy ? Value(std::int64_t{*fy}) : Value{}, lcode.value_or(""), lname.value_or(""),
                       amount ? Value(amount->fen64()) : Value(std::int64_t{0}), opt_value(purpose), std::int64_t{rem ? 1 : 0}, opt_value(lattr)});
      pb.lines.push_back({lcode.value_or(""), lname.value_or(""), purpose.value_or(""), amount.value_or(Money()), rem});
    }
    if (total) {
      if (remainder_idx >= 0) {
        Money rest = *total - sum;
        if (rest.is_negative())
          error(line_of(arr), "the lines other than the remainder sum to " + fmt_money(sum) + ", more than the total " + fmt_money(*total) +
                                  " (by " + fmt_money(rest.negated()) + ")");
        else {
          lines[static_cast<std::size_t>(remainder_idx)][4] = rest.fen64();
          pb.lines[static_cast<std::size_t>(remainder_idx)].amount = rest;
        }
      } else if (sum != *total) {
        error(line_of(arr), "the lines sum to " + fmt_money(sum) + " but the total is " + fmt_money(*total) + " (difference " +
                                fmt_money(*total - sum) + "); make them equal or mark one line remainder = true");
      }
    }
  }
  if (diag_.has_errors() || !fy || !total) return;
  pb.fiscal_year = *fy;
  pb.code = *code;
  pb.funded_by = *funded_by;
  pb.total = *total;

  // A second budget for the same year is a revision.
  auto st = db_.prepare("SELECT entry_id, revision, doc_no FROM budget WHERE fiscal_year = ? ORDER BY revision DESC LIMIT 1");
  st.bind(1, *fy);
  std::int64_t revision = 1;
  if (st.step()) {
    std::int64_t prev_entry = st.int64(0);
    revision = st.int64(1) + 1;
    // identical to the latest revision? then skip.
    auto cur = db_.prepare("SELECT code, name, total, funded_by, doc_no, reason, attribution FROM budget WHERE entry_id = ?");
    cur.bind(1, prev_entry);
    cur.step();
    bool same_head = cur.text(0) == *code && cur.text(1) == *name && cur.int64(2) == total->fen64() && cur.text(3) == *funded_by &&
                     cur.opt_text(4) == doc_no && cur.opt_text(5) == reason && cur.text(6) == attribution;
    bool same_lines = true;
    auto ls = db_.prepare("SELECT seq, fiscal_year, code, name, amount, purpose, remainder, attribution FROM budget_line WHERE entry_id = ? ORDER BY seq");
    ls.bind(1, prev_entry);
    std::size_t i = 0;
    while (ls.step()) {
      Row r;
      for (int c = 0; c < ls.columns(); ++c) r.push_back(ls.value(c));
      if (i >= lines.size() || r != lines[i]) same_lines = false;
      ++i;
    }
    if (i != lines.size()) same_lines = false;
    if (same_head && same_lines) {
      ++report_.skipped;
      return;
    }
    if (!doc_no || !reason) {
      error(1, "a budget for " + std::to_string(*fy) + " is already recorded (revision " + std::to_string(revision - 1) +
                   "); importing another is a revision (调整) and needs both 'doc_no' and 'reason'");
      return;
    }
  }
  std::optional<std::string> ovr;
  if (opt_.gate && !gate(opt_.gate->on_budget(pb), 1, ovr)) return;
  Row head = {std::int64_t{*fy}, revision, *code, *name, total->fen64(), *funded_by, opt_value(doc_no), opt_value(reason), attribution};
  append("budget", std::to_string(*fy) + "/r" + std::to_string(revision), std::to_string(*fy) + "-01-01",
         {{&store::table_spec("budget"), {head}}, {&store::table_spec("budget_line"), lines}}, ovr);
}

// ---- allocations -------------------------------------------------------------------------------

void Importer::import_allocations() {
  auto apply = [&](Rec& rec) {
    auto& row = rec.row;
    const auto& voucher = std::get<std::string>(row[0]);
    const auto& date = std::get<std::string>(row[1]);
    int fy = static_cast<int>(std::get<std::int64_t>(row[2]));
    const auto& doc = std::get<std::string>(row[3]);
    const auto& code = std::get<std::string>(row[4]);
    Money amount = Money::from_fen(std::get<std::int64_t>(row[5]));
    if (same_or_conflict("allocation", "voucher", voucher, row, rec.line, "voucher")) return;
    auto* s = source(doc);
    auto* e = earmark(fy, code);
    bool ok = true;
    if (!s) { error(rec.line, "voucher " + voucher + ": unknown source document '" + doc + "' (import it with `import sources` first)"); ok = false; }
    if (!e) { error(rec.line, "voucher " + voucher + ": unknown earmark '" + code + "' in fiscal year " + std::to_string(fy) + " (" + known_earmarks(fy) + ")"); ok = false; }
    if (!ok) return;
    if (date < s->received_on) {
      error(rec.line, "voucher " + voucher + ": allocated on " + date + ", before source " + doc + " was received (" + s->received_on + ")");
      return;
    }
    if (!s->restricted_to.empty() &&
        std::find(s->restricted_to.begin(), s->restricted_to.end(), code) == s->restricted_to.end() &&
        std::find(s->restricted_to.begin(), s->restricted_to.end(), e->line.purpose) == s->restricted_to.end()) {
      std::string list;
      for (auto& x : s->restricted_to) list += (list.empty() ? "" : ";") + x;
      error(rec.line, "voucher " + voucher + ": source " + doc + " is restricted to " + list + "; earmark " + code + " (purpose " +
                          (e->line.purpose.empty() ? "none" : e->line.purpose) + ") is not among them");
      return;
    }
    Money left = source_unallocated_as_of(doc, *s, date);
    if (amount > left) {
      error(rec.line, "voucher " + voucher + ": allocation of " + fmt_money(amount) + " exceeds the unallocated amount of source " + doc + " (" +
                          fmt_money(left) + " of " + fmt_money(s->amount) + "; over by " + fmt_money(amount - left) + ")");
      return;
    }
    PendingAllocation pa{path_, rec.line, voucher, date, doc, code, s->category,
                         row[6].index() == 2 ? std::optional<std::string>(std::get<std::string>(row[6])) : std::nullopt,
                         row[7].index() == 2 ? std::optional<std::string>(std::get<std::string>(row[7])) : std::nullopt,
                         fy, amount, e->line.purpose};
    std::optional<std::string> ovr;
    if (opt_.gate && !gate(opt_.gate->on_allocation(pa), rec.line, ovr)) return;
    Row flow = {std::int64_t{1}, std::string("alloc"), voucher, date, std::int64_t{fy}, code, voucher, date, doc, amount.fen64(), row[6], Value{}, row[7], Value{}};
    append("allocation", voucher, date, {{&store::table_spec("allocation"), {row}}, {&store::table_spec("flow"), {flow}}}, ovr);
    s->allocated += amount;
    source_events(doc).emplace_back(date, amount.negated());
    note_lot(voucher, date, amount);
    add_lot(fy, code, {voucher, doc, date, amount});
  };
  RowBuffer recs(db_, file_in_date_order(kAllocationCols, A_DATE), apply, diag_, path_);
  read_csv(path_, kAllocationCols, diag_, [&](const CsvRow& r) {
    Fields f(r, kAllocationCols, diag_, path_);
    auto voucher = f.text(A_VOUCHER);
    auto date = f.date(A_DATE);
    auto src = f.text(A_SOURCE);
    auto em = f.text(A_EARMARK);
    auto amount = f.money(A_AMOUNT, true);
    auto fy = f.year(A_FY, date);
    if (!f.ok() || !date || !amount || !fy) return;
    recs.push({r.line, date_str(*date),
                    {voucher, date_str(*date), std::int64_t{*fy}, src, em, amount->fen64(), opt_value(f.opt_text(A_TOWN)),
                     opt_value(f.opt_text(A_PROJECT)), opt_value(f.opt_text(A_NOTE))}});
  });
  recs.finish();
}

// ---- disbursements -----------------------------------------------------------------------------

void Importer::import_disbursements() {
  // Rows are inserted in batches: nothing below reads back this import's entries, disbursements or
  // flows, except existing(), which flushes a pending voucher first. (The rules gate reads a
  // payee's earlier flows only on the first payment of that payee and earmark in this import.)
  journal_.set_deferred(true);
  auto opt_str = [](const Value& v) { return v.index() == 2 ? std::optional<std::string>(std::get<std::string>(v)) : std::nullopt; };
  auto apply = [&](Rec& rec) {
    auto& row = rec.row;
    const auto voucher = std::get<std::string>(row[0]);
    const auto date = std::get<std::string>(row[1]);
    int fy = static_cast<int>(std::get<std::int64_t>(row[2]));
    const auto code = std::get<std::string>(row[3]);
    Money amount = Money::from_fen(std::get<std::int64_t>(row[4]));
    const auto payee_id = std::get<std::string>(row[5]);
    const auto payee_kind = std::get<std::string>(row[7]);
    if (payee_kind == "household") {
      const auto* h = household(payee_id);
      if (!h) {
        error(rec.line, "voucher " + voucher + ": payee_id '" + payee_id + "' is not in the household register (import households first)");
        return;
      }
      if (row[8].index() == 0) row[8] = h->town;  // town and village default to the household's
      if (row[9].index() == 0) row[9] = h->village;
    }
    if (same_or_conflict("disbursement", "voucher", voucher, row, rec.line, "voucher")) return;
    auto* e = earmark(fy, code);
    if (!e) { error(rec.line, "voucher " + voucher + ": unknown earmark '" + code + "' in fiscal year " + std::to_string(fy) + " (" + known_earmarks(fy) + ")"); return; }
    auto only = opt_str(row[11]);
    if (only && !source(*only)) { error(rec.line, "voucher " + voucher + ": unknown source document '" + *only + "'"); return; }
    Money available;
    std::vector<LotState> scratch;
    auto parts = attribute(lots_as_of(*e, date, scratch), date, amount, e->line.attribution == "pro_rata", only, available);
    if (!parts) {
      std::string what = only ? "source " + *only + "'s money in earmark " + code : "earmark " + std::to_string(fy) + "/" + code;
      error(rec.line, "voucher " + voucher + ": payment of " + fmt_money(amount) + " exceeds what " + what + " has available on " + date + " (" +
                          fmt_money(available) + "; over by " + fmt_money(amount - available) + ")");
      return;
    }
    PendingDisbursement pd{path_, rec.line, voucher, date, code, payee_id, std::get<std::string>(row[6]), payee_kind,
                           opt_str(row[8]), opt_str(row[9]), opt_str(row[10]), only, fy, amount, e->line.purpose, {}};
    for (auto& [idx, m] : *parts) pd.attribution.push_back({e->lots[idx].lot, e->lots[idx].source_doc, e->lots[idx].date, m});
    std::optional<std::string> ovr;
    if (opt_.gate && !gate(opt_.gate->on_disbursement(pd), rec.line, ovr)) return;
    std::vector<Row> flows;
    std::int64_t seq = 0;
    for (auto& [idx, m] : *parts) {
      auto& lot = e->lots[idx];
      flows.push_back({++seq, std::string("pay"), voucher, date, std::int64_t{fy}, code, lot.lot, lot.date, lot.source_doc, m.fen64(), row[8], row[9], row[10], payee_id});
    }
    append("disbursement", voucher, date, {{&store::table_spec("disbursement"), {row}}, {&store::table_spec("flow"), flows}}, ovr);
    for (auto& [idx, m] : *parts) {
      e->lots[idx].remaining -= m;
      note_lot(e->lots[idx].lot, date, m.negated());  // one event per lot and day: memory does not grow with the rows
    }
  };
  RowBuffer recs(db_, file_in_date_order(kDisbursementCols, D_DATE), apply, diag_, path_);
  read_csv(path_, kDisbursementCols, diag_, [&](const CsvRow& r) {
    Fields f(r, kDisbursementCols, diag_, path_);
    auto voucher = f.text(D_VOUCHER);
    auto date = f.date(D_DATE);
    auto em = f.text(D_EARMARK);
    auto amount = f.money(D_AMOUNT, true);
    auto payee_id = f.text(D_PAYEE_ID);
    auto payee_name = f.text(D_PAYEE_NAME);
    auto kind = f.choice(D_PAYEE_KIND, kPayeeKinds, true);
    auto fy = f.year(D_FY, date);
    if (!f.ok() || !date || !amount || !fy || !kind) return;
    recs.push({r.line, date_str(*date),
                    {voucher, date_str(*date), std::int64_t{*fy}, em, amount->fen64(), payee_id, payee_name, *kind,
                     opt_value(f.opt_text(D_TOWN)), opt_value(f.opt_text(D_VILLAGE)), opt_value(f.opt_text(D_PROJECT)),
                     opt_value(f.opt_text(D_SOURCE)), opt_value(f.opt_text(D_NOTE))}});
  });
  recs.finish();
}

// ---- corrections -------------------------------------------------------------------------------

void Importer::import_corrections() {
  auto apply = [&](Rec& rec) {
    auto& row = rec.row;
    const auto voucher = std::get<std::string>(row[0]);
    const auto date = std::get<std::string>(row[1]);
    const auto kind = std::get<std::string>(row[2]);
    const auto target = std::get<std::string>(row[3]);
    std::vector<Row> flows;
    std::int64_t seq = 0;
    // What the target still holds, per lot: pay flows of a payment net of earlier corrections.
    auto net_pay = [&](const std::string& v) {
      auto st = db_.prepare(
          "SELECT lot, lot_date, source_doc, fiscal_year, earmark, SUM(amount), MAX(town), MAX(village), MAX(project), MAX(payee_id), MIN(seq) FROM flow "
          "WHERE kind = 'pay' AND entry_id IN (SELECT entry_id FROM disbursement WHERE voucher = ?1 UNION ALL SELECT entry_id FROM correction WHERE target = ?1) "
          "GROUP BY lot ORDER BY MIN(entry_id), MIN(seq)");
      st.bind(1, v);
      std::vector<std::pair<Row, Money>> out;
      while (st.step()) {
        Row r;
        for (int c = 0; c < 10; ++c) r.push_back(st.value(c));
        out.emplace_back(std::move(r), Money::from_fen(st.int64(5)));
      }
      return out;
    };
    // A reversal's amount is not in the file (it is the whole remaining amount, filled in when
    // recorded), so an identical re-import compares against the recorded amount.
    if (kind == "reversal")
      if (auto old = existing("correction", "voucher", voucher); old && (*old)[2] == row[2]) row[4] = (*old)[4];
    if (same_or_conflict("correction", "voucher", voucher, row, rec.line, "voucher")) return;
    auto disb = existing("disbursement", "voucher", target);
    auto alloc = existing("allocation", "voucher", target);
    if (kind == "reversal" || kind == "recovery") {
      if (disb) {
        if (date < std::get<std::string>((*disb)[1])) { error(rec.line, "voucher " + voucher + ": dated before the payment " + target + " it corrects"); return; }
        auto lots = net_pay(target);
        Money held;
        for (auto& l : lots) held += l.second;
        Money want = kind == "reversal" ? held : Money::from_fen(std::get<std::int64_t>(row[4]));
        if (held.is_zero()) { error(rec.line, "voucher " + voucher + ": payment " + target + " has already been fully reversed or recovered"); return; }
        if (want > held) { error(rec.line, "voucher " + voucher + ": recovery of " + fmt_money(want) + " exceeds what payment " + target + " still holds (" + fmt_money(held) + ")"); return; }
        if (kind == "reversal") row[4] = held.fen64();
        // Give back last-in first: the lots the payment drew from last are refilled first.
        Money left = want;
        for (auto it = lots.rbegin(); it != lots.rend() && left.is_positive(); ++it) {
          Money take = std::min(left, it->second);
          if (!take.is_positive()) continue;
          auto& l = it->first;
          int fy = static_cast<int>(std::get<std::int64_t>(l[3]));
          flows.push_back({++seq, std::string("pay"), voucher, date, std::int64_t{fy}, l[4], l[0], l[1], l[2], take.negated().fen64(), l[6], l[7], l[8], l[9]});
          left -= take;
          if (auto* e = earmark(fy, std::get<std::string>(l[4])))
            for (auto& lot : e->lots)
              if (lot.lot == std::get<std::string>(l[0])) {
                lot.remaining += take;
                note_lot(lot.lot, date, take);
              }
        }
      } else if (alloc && kind == "reversal") {
        int fy = static_cast<int>(std::get<std::int64_t>((*alloc)[2]));
        const auto& code = std::get<std::string>((*alloc)[4]);
        auto* e = earmark(fy, code);
        LotState* lot = nullptr;
        if (e)
          for (auto& l : e->lots)
            if (l.lot == target) lot = &l;
        Money original = Money::from_fen(std::get<std::int64_t>((*alloc)[5]));
        if (date < std::get<std::string>((*alloc)[1])) { error(rec.line, "voucher " + voucher + ": dated before the allocation " + target + " it corrects"); return; }
        if (lot && lot->remaining == original && available_from(lot_events_[target], date, Money()) != original) {
          error(rec.line, "voucher " + voucher + ": allocation " + target + " cannot be reversed on " + date +
                              ": part of it was paid out or moved after that date and given back later");
          return;
        }
        if (!lot || lot->remaining != original) {
          Money spent = lot ? original - lot->remaining : original;
          error(rec.line, "voucher " + voucher + ": allocation " + target + " cannot be reversed: " + fmt_money(spent) +
                              " of it has been paid out or moved; reverse or recover those payments first");
          return;
        }
        row[4] = original.fen64();
        flows.push_back({++seq, std::string("alloc"), voucher, date, std::int64_t{fy}, code, target, lot->date, (*alloc)[3], original.negated().fen64(), (*alloc)[6], Value{}, (*alloc)[7], Value{}});
        lot->remaining = Money();
        note_lot(target, date, original.negated());
        if (auto* s = source(std::get<std::string>((*alloc)[3]))) {
          s->allocated -= original;
          source_events(std::get<std::string>((*alloc)[3])).emplace_back(date, original);
        }
      } else {
        error(rec.line, "voucher " + voucher + ": no " + (kind == "recovery" ? "payment" : "payment or allocation") + " with voucher '" + target + "' to correct");
        return;
      }
    } else {  // transfer: move money from an earmark (target = its code, or an allocation voucher) to another
      int fy = date.size() >= 4 ? std::stoi(date.substr(0, 4)) : 0;
      std::string from_code = target;
      std::optional<std::string> only_lot;
      if (alloc) {
        fy = static_cast<int>(std::get<std::int64_t>((*alloc)[2]));
        from_code = std::get<std::string>((*alloc)[4]);
        only_lot = target;
      }
      const auto to_code = std::get<std::string>(row[5]);
      auto* from = earmark(fy, from_code);
      auto* to = earmark(fy, to_code);
      if (!from) { error(rec.line, "voucher " + voucher + ": unknown earmark or allocation '" + target + "' in fiscal year " + std::to_string(fy)); return; }
      if (!to) { error(rec.line, "voucher " + voucher + ": unknown earmark '" + to_code + "' in fiscal year " + std::to_string(fy) + " (" + known_earmarks(fy) + ")"); return; }
      if (from_code == to_code) { error(rec.line, "voucher " + voucher + ": a transfer needs two different earmarks"); return; }
      Money amount = Money::from_fen(std::get<std::int64_t>(row[4]));
      std::vector<LotState> eligible;
      std::vector<std::size_t> index;
      std::vector<LotState> scratch;
      auto from_lots = lots_as_of(*from, date, scratch);
      for (std::size_t i = 0; i < from_lots.size(); ++i)
        if (!only_lot || from_lots[i].lot == *only_lot) { eligible.push_back(from_lots[i]); index.push_back(i); }
      Money available;
      auto parts = attribute(eligible, date, amount, false, std::nullopt, available);
      if (!parts) {
        error(rec.line, "voucher " + voucher + ": transfer of " + fmt_money(amount) + " exceeds what " + target + " has available on " + date + " (" + fmt_money(available) + ")");
        return;
      }
      std::vector<LotState> new_lots;
      int n = 0;
      for (auto& [i, m] : *parts) {
        auto& lot = from->lots[index[i]];
        flows.push_back({++seq, std::string("alloc"), voucher, date, std::int64_t{fy}, from_code, lot.lot, lot.date, lot.source_doc, m.negated().fen64(), Value{}, Value{}, Value{}, Value{}});
        std::string new_lot = voucher + "#" + std::to_string(++n);
        flows.push_back({++seq, std::string("alloc"), voucher, date, std::int64_t{fy}, to_code, new_lot, date, lot.source_doc, m.fen64(), Value{}, Value{}, Value{}, Value{}});
        lot.remaining -= m;
        note_lot(lot.lot, date, m.negated());
        note_lot(new_lot, date, m);
        new_lots.push_back({new_lot, lot.source_doc, date, m});
      }
      for (auto& l : new_lots) add_lot(fy, to_code, l);
    }
    append("correction", voucher, date, {{&store::table_spec("correction"), {row}}, {&store::table_spec("flow"), flows}}, std::nullopt);
  };
  RowBuffer recs(db_, file_in_date_order(kCorrectionCols, C_DATE), apply, diag_, path_);
  read_csv(path_, kCorrectionCols, diag_, [&](const CsvRow& r) {
    Fields f(r, kCorrectionCols, diag_, path_);
    auto voucher = f.text(C_VOUCHER);
    auto date = f.date(C_DATE);
    auto kind = f.choice(C_KIND, kCorrectionKinds, true);
    auto target = f.text(C_TARGET);
    auto reason = f.text(C_REASON);
    std::optional<Money> amount;
    if (kind && *kind != "reversal") amount = f.money(C_AMOUNT, true);
    else if (!r.get(C_AMOUNT).empty()) f.error(C_AMOUNT, "a reversal (冲销) undoes the whole voucher; leave the amount empty");
    auto to = f.opt_text(C_TO_EARMARK);
    if (kind && *kind == "transfer" && !to) f.error(C_TO_EARMARK, "a transfer (调剂) needs the earmark it moves money to");
    if (!f.ok() || !date || !kind) return;
    recs.push({r.line, date_str(*date), {voucher, date_str(*date), *kind, target, amount ? amount->fen64() : std::int64_t{0}, opt_value(to), reason}});
  });
  recs.finish();
}

}  // namespace

std::optional<ImportKind> parse_import_kind(std::string_view s) {
  if (s == "sources") return ImportKind::sources;
  if (s == "households") return ImportKind::households;
  if (s == "budget") return ImportKind::budget;
  if (s == "allocations") return ImportKind::allocations;
  if (s == "disbursements") return ImportKind::disbursements;
  if (s == "corrections") return ImportKind::corrections;
  return std::nullopt;
}

const char* to_string(ImportKind k) {
  switch (k) {
    case ImportKind::sources: return "sources";
    case ImportKind::households: return "households";
    case ImportKind::budget: return "budget";
    case ImportKind::allocations: return "allocations";
    case ImportKind::disbursements: return "disbursements";
    case ImportKind::corrections: return "corrections";
  }
  return "?";
}

ImportReport import_file(store::Repository& repo, ImportKind kind, const std::string& path, const ImportOptions& opt) {
  if (!std::filesystem::exists(path)) throw InputError(path, 0, "no such file");
  Importer imp(repo, path, opt, kind);
  return imp.run();
}

std::vector<EarmarkLine> earmark_lines(store::Repository& repo, std::optional<int> fiscal_year) {
  store::Db& db = repo.legacy_db();
  std::string sql =
      "SELECT l.fiscal_year, l.code, l.name, COALESCE(l.purpose, ''), COALESCE(l.attribution, b.attribution), l.amount, l.remainder "
      "FROM budget b JOIN budget_line l ON l.entry_id = b.entry_id "
      "WHERE b.revision = (SELECT MAX(revision) FROM budget b2 WHERE b2.fiscal_year = b.fiscal_year)";
  if (fiscal_year) sql += " AND b.fiscal_year = ?";
  sql += " ORDER BY l.fiscal_year, l.seq";
  auto st = db.prepare(sql);
  if (fiscal_year) st.bind(1, *fiscal_year);
  std::vector<EarmarkLine> out;
  while (st.step())
    out.push_back({static_cast<int>(st.int64(0)), st.text(1), st.text(2), st.text(3), st.text(4), Money::from_fen(st.int64(5)), st.int64(6) != 0});
  return out;
}

std::optional<std::vector<std::pair<std::size_t, Money>>> attribute(const std::vector<LotState>& lots, const std::string& date,
                                                                    const Money& amount, bool pro_rata,
                                                                    const std::optional<std::string>& only_source, Money& available) {
  std::vector<std::size_t> eligible;
  available = Money();
  for (std::size_t i = 0; i < lots.size(); ++i) {
    const auto& l = lots[i];
    if (!l.remaining.is_positive() || l.date > date) continue;
    if (only_source && l.source_doc != *only_source) continue;
    eligible.push_back(i);
    available += l.remaining;
  }
  if (amount > available) return std::nullopt;
  std::vector<std::pair<std::size_t, Money>> parts;
  if (pro_rata) {
    std::vector<Int128> w;
    for (auto i : eligible) w.push_back(lots[i].remaining.fen());
    auto split_parts = split(amount, w);
    for (std::size_t k = 0; k < eligible.size(); ++k)
      if (split_parts[k].is_positive()) parts.emplace_back(eligible[k], split_parts[k]);
  } else {
    Money left = amount;
    for (auto i : eligible) {
      if (!left.is_positive()) break;
      Money take = std::min(left, lots[i].remaining);
      parts.emplace_back(i, take);
      left -= take;
    }
  }
  return parts;
}

}  // namespace fundledger::ledger
