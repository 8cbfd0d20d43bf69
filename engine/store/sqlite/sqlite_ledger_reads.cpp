// LedgerReads on SQLite: the lookups of the write path.
#include "store/sqlite/sqlite_ledger_reads.hpp"

#include "store/sqlite/canonical.hpp"
#include "store/sqlite/entry_codec.hpp"
#include "store/sqlite/read_helpers.hpp"

namespace fundledger::store {

namespace {
Date date_at(const Stmt& st, int col) {
  Date d;
  read_column(st, col, d);
  return d;
}

// The entries of kind E (one row each in E's table) with their id, time and operator, oldest first;
// those whose `key_column` is `key` when given. Ordered by the kind's own table (t.entry_id, the same
// as e.id): ordered by e.id the planner walks every entry_row (300,000 at 10^6 payments, 0.15 s per
// read) to find an empty table's rows.
template <class Row, class E>
std::vector<Row> entries_with_header(Db& db, const char* key_column, const std::optional<std::string>& key) {
  const TableSpec& spec = table_spec(E::kKind);
  std::string cols;
  for (const char* c : spec.columns) cols += std::string(", t.") + c;
  auto st = db.prepare("SELECT e.id, e.recorded_at, e.operator" + cols + " FROM " + spec.table +
                       " t JOIN entry_row e ON e.id = t.entry_id" +
                       (key ? std::string(" WHERE t.") + key_column + " = ?" : std::string()) +
                       " ORDER BY t.entry_id");
  if (key) st.bind(1, *key);
  std::vector<Row> out;
  while (st.step()) out.push_back({st.int64(0), st.text(1), st.text(2), decode_row<E>(spec, st, 3)});
  return out;
}
}  // namespace

Stmt& SqliteLedgerReads::cached(std::unique_ptr<Stmt>& slot, const std::string& sql) {
  if (!slot) slot = std::make_unique<Stmt>(db_.prepare(sql));
  return *slot;
}

template <class T>
std::optional<T> SqliteLedgerReads::find_by_key(std::unique_ptr<Stmt>& slot, const char* table,
                                                const char* key_col, const std::string& key) {
  const auto& spec = table_spec(table);
  auto& st = cached(slot, "SELECT " + column_list(spec) + " FROM " + table + " WHERE " + key_col + " = ?");
  st.bind(1, key);
  std::optional<T> out;
  if (st.step()) out = decode_row<T>(spec, st);
  st.reset();
  return out;
}

std::int64_t SqliteLedgerReads::count_entries(const std::string& kind) {
  // A payment's header is its own row (schema 7).
  auto st = kind == "disbursement" ? db_.prepare("SELECT COUNT(*) FROM disbursement")
                                   : db_.prepare("SELECT COUNT(*) FROM entry_row WHERE kind = ?");
  if (kind != "disbursement") st.bind(1, kind);
  st.step();
  return st.int64(0);
}

std::vector<CategoryRow> SqliteLedgerReads::categories() {
  std::vector<CategoryRow> out;
  auto st = db_.prepare("SELECT code, name_zh, name_en FROM category ORDER BY seq");
  while (st.step()) out.push_back({st.text(0), st.text(1), st.text(2)});
  return out;
}

std::optional<entries::Source> SqliteLedgerReads::find_source(const std::string& doc_no) {
  return find_by_key<entries::Source>(find_source_, "source", "doc_no", doc_no);
}

Money SqliteLedgerReads::source_allocated(const std::string& doc_no) {
  auto st =
      db_.prepare("SELECT COALESCE(SUM(amount), 0) FROM flow_row WHERE kind = 'alloc' AND source_doc = ?");
  st.bind(1, doc_no);
  st.step();
  return Money::from_fen(st.int64(0));
}

std::vector<DatedAmount> SqliteLedgerReads::source_allocation_changes(const std::string& doc_no) {
  std::vector<DatedAmount> out;
  auto st = db_.prepare(
      "SELECT date, SUM(amount) FROM flow_row WHERE kind = 'alloc' AND source_doc = ? GROUP BY date");
  st.bind(1, doc_no);
  while (st.step()) out.push_back({date_at(st, 0), Money::from_fen(st.int64(1)).negated()});
  return out;
}

std::optional<entries::Household> SqliteLedgerReads::find_household(const std::string& household_id) {
  return find_by_key<entries::Household>(find_household_, "household", "household_id", household_id);
}

std::optional<Place> SqliteLedgerReads::household_place(const std::string& household_id) {
  auto& st = cached(household_place_, "SELECT town, village FROM household WHERE household_id = ?");
  st.bind(1, household_id);
  std::optional<Place> out;
  if (st.step()) out = Place{st.text(0), st.text(1)};
  st.reset();
  return out;
}

std::pair<std::size_t, std::size_t> SqliteLedgerReads::household_register_size() {
  auto st = db_.prepare(
      db_.dialect() == Dialect::postgres
          ? "SELECT COUNT(*), COALESCE(SUM(octet_length(household_id)), 0) FROM household"
          : "SELECT COUNT(*), COALESCE(SUM(LENGTH(CAST(household_id AS BLOB))), 0) FROM household");
  st.step();
  return {static_cast<std::size_t>(st.int64(0)), static_cast<std::size_t>(st.int64(1))};
}

void SqliteLedgerReads::for_each_household_place(
    const std::function<void(const std::string&, const std::string&, const std::string&)>& fn) {
  auto st = db_.prepare("SELECT household_id, town, village FROM household ORDER BY household_id");
  while (st.step()) fn(st.text(0), st.text(1), st.text(2));
}

std::optional<entries::Budget> SqliteLedgerReads::latest_budget(int fiscal_year) {
  const auto& spec = table_spec("budget");
  auto st = db_.prepare("SELECT entry_id, " + column_list(spec) +
                        " FROM budget WHERE fiscal_year = ? ORDER BY revision DESC LIMIT 1");
  st.bind(1, fiscal_year);
  if (!st.step()) return std::nullopt;
  auto budget = decode_row<entries::Budget>(spec, st, 1);
  const auto& line_spec = table_spec("budget_line");
  auto ls =
      db_.prepare("SELECT " + column_list(line_spec) + " FROM budget_line WHERE entry_id = ? ORDER BY seq");
  ls.bind(1, st.int64(0));
  while (ls.step()) budget.lines.push_back(decode_row<entries::BudgetLine>(line_spec, ls));
  return budget;
}

std::vector<EarmarkLineRow> SqliteLedgerReads::earmark_lines(std::optional<int> fiscal_year) {
  std::string sql =
      "SELECT l.fiscal_year, l.code, l.name, COALESCE(l.purpose, ''), COALESCE(l.attribution, "
      "b.attribution), l.amount, l.remainder, COALESCE(l.open_ended, 0) "
      "FROM budget b JOIN budget_line l ON l.entry_id = b.entry_id WHERE " +
      std::string(col::kLatestBudgetRevision);
  if (fiscal_year) sql += " AND b.fiscal_year = ?";
  sql += " ORDER BY l.fiscal_year, l.seq";
  auto st = db_.prepare(sql);
  if (fiscal_year) st.bind(1, *fiscal_year);
  std::vector<EarmarkLineRow> out;
  while (st.step())
    out.push_back({static_cast<int>(st.int64(0)), st.text(1), st.text(2), st.text(3), st.text(4),
                   Money::from_fen(st.int64(5)), st.int64(6) != 0, st.int64(7) != 0});
  return out;
}

Money SqliteLedgerReads::earmark_allocated(int fiscal_year, const std::string& earmark) {
  auto st = db_.prepare(
      "SELECT COALESCE(SUM(alloc), 0) FROM agg_earmark_day WHERE fiscal_year = ? AND earmark = ?");
  st.bind(1, fiscal_year);
  st.bind(2, earmark);
  st.step();
  return Money::from_fen(st.int64(0));
}

std::vector<PeriodLockRow> SqliteLedgerReads::period_locks() {
  const TableSpec& spec = table_spec(entries::PeriodLock::kKind);
  std::string cols;
  for (const char* c : spec.columns) cols += std::string(", p.") + c;
  auto st = db_.prepare("SELECT e.id, e.effective_date, e.recorded_at, e.operator" + cols +
                        " FROM period_lock p JOIN entry_row e ON e.id = p.entry_id ORDER BY p.entry_id");
  std::vector<PeriodLockRow> out;
  while (st.step())
    out.push_back(
        {st.int64(0), date_at(st, 1), st.text(2), st.text(3), decode_row<entries::PeriodLock>(spec, st, 4)});
  return out;
}

std::vector<FreezeRow> SqliteLedgerReads::quota_freezes(const std::optional<std::string>& freeze_id) {
  return entries_with_header<FreezeRow, entries::QuotaFreeze>(db_, "freeze_id", freeze_id);
}

std::vector<DatedAmount> SqliteLedgerReads::source_freeze_changes(const std::string& doc_no) {
  auto st = db_.prepare(
      "SELECT date, SUM(CASE action WHEN 'freeze' THEN -amount ELSE amount END) FROM quota_freeze "
      "WHERE scope = 'source' AND target = ? GROUP BY date ORDER BY date");
  st.bind(1, doc_no);
  std::vector<DatedAmount> out;
  while (st.step()) out.push_back({date_at(st, 0), Money::from_fen(st.int64(1))});
  return out;
}

Money SqliteLedgerReads::line_frozen(int fiscal_year, const std::string& earmark) {
  auto st = db_.prepare(
      "SELECT COALESCE(SUM(CASE action WHEN 'freeze' THEN amount ELSE -amount END), 0) FROM quota_freeze "
      "WHERE scope = 'line' AND target = ? AND fiscal_year = ?");
  st.bind(1, earmark);
  st.bind(2, fiscal_year);
  st.step();
  return Money::from_fen(st.int64(0));
}

std::vector<QuotaOpRow> SqliteLedgerReads::quota_ops(std::optional<int> fiscal_year) {
  auto st =
      db_.prepare(std::string("SELECT fiscal_year, revision, quota_op, quota_from, quota_to, quota_amount, "
                              "quota_date, doc_no, reason FROM budget WHERE quota_op IS NOT NULL") +
                  (fiscal_year ? " AND fiscal_year = ?" : "") + " ORDER BY fiscal_year, revision");
  if (fiscal_year) st.bind(1, *fiscal_year);
  std::vector<QuotaOpRow> out;
  while (st.step())
    out.push_back({static_cast<int>(st.int64(0)), static_cast<int>(st.int64(1)),
                   entries::QuotaOp{st.text(2), st.text(3), st.opt_text(4), Money::from_fen(st.int64(5)),
                                    date_at(st, 6)},
                   st.opt_text(7), st.opt_text(8)});
  return out;
}

std::vector<ReductionRow> SqliteLedgerReads::source_reductions(
    const std::optional<std::string>& reduction_id) {
  return entries_with_header<ReductionRow, entries::SourceReduction>(db_, "reduction_id", reduction_id);
}

std::vector<DatedAmount> SqliteLedgerReads::source_reduction_changes(const std::string& doc_no) {
  auto st = db_.prepare(
      "SELECT date, -SUM(amount) FROM source_reduction WHERE source_doc = ? GROUP BY date ORDER BY date");
  st.bind(1, doc_no);
  std::vector<DatedAmount> out;
  while (st.step()) out.push_back({date_at(st, 0), Money::from_fen(st.int64(1))});
  return out;
}

std::vector<LotRow> SqliteLedgerReads::earmark_lots(int fiscal_year, const std::string& earmark) {
  auto st = db_.prepare(
      "SELECT lot, source_doc, lot_date, SUM(CASE kind WHEN 'alloc' THEN amount ELSE -amount END) "
      "FROM flow WHERE fiscal_year = ? AND earmark = ? GROUP BY lot, source_doc, lot_date ORDER BY lot_date, "
      "lot");
  st.bind(1, fiscal_year).bind(2, earmark);
  std::vector<LotRow> out;
  while (st.step()) out.push_back({st.text(0), st.text(1), date_at(st, 2), Money::from_fen(st.int64(3))});
  return out;
}

std::vector<LotChange> SqliteLedgerReads::earmark_lot_changes(int fiscal_year, const std::string& earmark) {
  auto st = db_.prepare(
      "SELECT lot, date, SUM(CASE kind WHEN 'alloc' THEN amount ELSE -amount END) "
      "FROM flow WHERE fiscal_year = ? AND earmark = ? GROUP BY lot, date");
  st.bind(1, fiscal_year).bind(2, earmark);
  std::vector<LotChange> out;
  while (st.step()) out.push_back({st.text(0), date_at(st, 1), Money::from_fen(st.int64(2))});
  return out;
}

void SqliteLedgerReads::expect_vouchers(const char* table, const std::vector<std::string>& vouchers) {
  constexpr std::size_t kChunk = 256, kRememberedMax = std::size_t{1} << 17;
  if (absent_.size() + vouchers.size() > kRememberedMax) return;  // a file far out of date order
  for (const auto& v : vouchers) before_key_read_(v);
  std::unordered_set<std::string> there;
  for (std::size_t at = 0; at < vouchers.size(); at += kChunk) {
    const std::size_t n = std::min(kChunk, vouchers.size() - at);
    std::string sql = std::string("SELECT voucher FROM ") + table + " WHERE voucher IN (?";
    for (std::size_t i = 1; i < n; ++i) sql += ",?";
    auto st = db_.prepare(sql + ")");
    for (std::size_t i = 0; i < n; ++i) st.bind(static_cast<int>(i + 1), vouchers[at + i]);
    while (st.step()) there.insert(st.text(0));
  }
  for (const auto& v : vouchers)
    if (!there.count(v)) absent_.insert(std::string(table) + '\x1f' + v);
}

bool SqliteLedgerReads::known_absent(const char* table, const std::string& voucher) {
  return !absent_.empty() && absent_.erase(std::string(table) + '\x1f' + voucher) > 0;
}

std::optional<entries::Allocation> SqliteLedgerReads::find_allocation(const std::string& voucher) {
  before_key_read_(voucher);
  if (known_absent("allocation", voucher)) return std::nullopt;
  return find_by_key<entries::Allocation>(find_allocation_, "allocation", "voucher", voucher);
}

std::optional<entries::Disbursement> SqliteLedgerReads::find_disbursement(const std::string& voucher) {
  before_key_read_(voucher);
  if (known_absent("disbursement", voucher)) return std::nullopt;
  return find_by_key<entries::Disbursement>(find_disbursement_, "disbursement", "voucher", voucher);
}

std::optional<entries::Correction> SqliteLedgerReads::find_correction(const std::string& voucher) {
  before_key_read_(voucher);
  if (known_absent("correction", voucher)) return std::nullopt;
  return find_by_key<entries::Correction>(find_correction_, "correction", "voucher", voucher);
}

std::vector<PaymentLot> SqliteLedgerReads::payment_lots(const std::string& voucher) {
  before_key_read_(voucher);
  // Prepared once: report ranking and the audit read it once per payment.
  auto& st = cached(
      payment_lots_,
      std::string(col::kPaymentFlowsCte) +
          "SELECT lot, lot_date, source_doc, fiscal_year, earmark, SUM(amount), MAX(town), MAX(village), "
          "MAX(project), MAX(payee_id), MIN(seq) FROM pf WHERE kind = 'pay' "
          "GROUP BY lot, lot_date, source_doc, fiscal_year, earmark ORDER BY MIN(entry_id), MIN(seq)");
  st.bind(1, voucher);
  std::vector<PaymentLot> out;
  while (st.step())
    out.push_back({st.text(0), date_at(st, 1), st.text(2), static_cast<int>(st.int64(3)), st.text(4),
                   Money::from_fen(st.int64(5)), st.opt_text(6), st.opt_text(7), st.opt_text(8),
                   st.opt_text(9)});
  st.reset();
  return out;
}

std::vector<SettlementRow> SqliteLedgerReads::advance_settlements(
    const std::optional<std::string>& settle_id) {
  return entries_with_header<SettlementRow, entries::AdvanceSettlement>(db_, "settle_id", settle_id);
}

std::vector<DatedAmount> SqliteLedgerReads::source_settlement_changes(const std::string& doc_no) {
  auto st = db_.prepare(
      "SELECT date, -SUM(amount) FROM advance_settlement WHERE source_doc = ? GROUP BY date ORDER BY date");
  st.bind(1, doc_no);
  std::vector<DatedAmount> out;
  while (st.step()) out.push_back({date_at(st, 0), Money::from_fen(st.int64(1))});
  return out;
}

}  // namespace fundledger::store
