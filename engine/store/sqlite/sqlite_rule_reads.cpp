// RuleReads on SQLite: budgets, sources, the recorded years and the rules themselves.
#include "store/sqlite/sqlite_rule_reads.hpp"

namespace fundledger::store {
namespace {

// "(?,?,?)" for n bound values.
std::string in_list(std::size_t n) {
  std::string s = "(";
  for (std::size_t i = 0; i < n; ++i) s += (i ? "," : "") + std::string("?");
  return s + ")";
}

std::optional<int> opt_int(const Stmt& st, int col) {
  if (st.is_null(col)) return std::nullopt;
  return static_cast<int>(st.int64(col));
}

StoredRule stored_rule(const Stmt& st) {
  StoredRule r;
  r.rule_id = st.text(0);
  r.version = static_cast<int>(st.int64(1));
  r.kind = st.text(2);
  r.severity = st.text(3);
  r.from_year = opt_int(st, 4);
  r.to_year = opt_int(st, 5);
  r.note = st.opt_text(6);
  r.params = st.text(7);
  r.entry_id = st.int64(8);
  return r;
}

}  // namespace

// ---- budgets -------------------------------------------------------------------------------------

std::optional<BudgetHead> SqliteRuleReads::latest_budget(int year) {
  auto st = db_.prepare(
      "SELECT b.entry_id, b.revision, b.total, b.funded_by, b.doc_no, e.override_reason "
      "FROM budget b JOIN entry_row e ON e.id = b.entry_id "
      "WHERE b.fiscal_year = ? ORDER BY b.revision DESC LIMIT 1");
  st.bind(1, year);
  if (!st.step()) return std::nullopt;
  BudgetHead b;
  b.entry_id = st.int64(0);
  b.revision = static_cast<int>(st.int64(1));
  b.total = Money::from_fen(st.int64(2));
  b.funded_by = st.text(3);
  b.doc_no = st.opt_text(4);
  b.override_reason = st.opt_text(5);
  return b;
}

std::vector<BudgetRevisionRow> SqliteRuleReads::budget_revisions(int year) {
  auto st = db_.prepare(
      "SELECT b.entry_id, b.revision, b.code, b.name, b.funded_by, b.total, b.doc_no, b.reason, "
      "e.recorded_at, e.operator, e.override_reason, b.quota_op, b.quota_from, b.quota_to, b.quota_amount, "
      "b.quota_date FROM budget b JOIN entry_row e ON e.id = b.entry_id WHERE b.fiscal_year = ? "
      "ORDER BY b.revision");
  st.bind(1, year);
  std::vector<BudgetRevisionRow> out;
  while (st.step()) {
    BudgetRevisionRow r;
    r.entry_id = st.int64(0);
    r.revision = static_cast<int>(st.int64(1));
    r.code = st.text(2);
    r.name = st.text(3);
    r.funded_by = st.text(4);
    r.total = Money::from_fen(st.int64(5));
    r.doc_no = st.opt_text(6);
    r.reason = st.opt_text(7);
    r.recorded_at = st.text(8);
    r.operator_name = st.text(9);
    r.override_reason = st.opt_text(10);
    if (auto op = st.opt_text(11))
      r.quota = entries::QuotaOp{*op, st.text(12), st.opt_text(13), Money::from_fen(st.int64(14)),
                                 *calendar::parse_date(st.text(15)).value};
    out.push_back(std::move(r));
  }
  return out;
}

std::optional<std::string> SqliteRuleReads::budget_attribution(int year, int revision) {
  auto st = db_.prepare("SELECT attribution FROM budget WHERE fiscal_year = ? AND revision = ?");
  st.bind(1, year).bind(2, revision);
  if (!st.step()) return std::nullopt;
  return st.text(0);
}

std::vector<BudgetLineRow> SqliteRuleReads::budget_lines(std::int64_t budget_entry) {
  auto st = db_.prepare(
      "SELECT code, name, purpose, attribution, amount, remainder FROM budget_line WHERE entry_id = ? "
      "ORDER BY seq");
  st.bind(1, budget_entry);
  std::vector<BudgetLineRow> out;
  while (st.step())
    out.push_back({st.text(0), st.text(1), st.opt_text(2), st.opt_text(3), Money::from_fen(st.int64(4)),
                   st.int64(5) == 1});
  return out;
}

std::optional<Money> SqliteRuleReads::budget_line_amount(std::int64_t budget_entry, const std::string& code) {
  auto st = db_.prepare("SELECT amount FROM budget_line WHERE entry_id = ? AND code = ?");
  st.bind(1, budget_entry).bind(2, code);
  if (!st.step()) return std::nullopt;
  return Money::from_fen(st.int64(0));
}

std::int64_t SqliteRuleReads::budget_revision_count() {
  auto st = db_.prepare("SELECT COUNT(*) FROM budget");
  st.step();
  return st.int64(0);
}

// ---- sources -------------------------------------------------------------------------------------

std::vector<SourceAmount> SqliteRuleReads::sources_received(const std::vector<std::string>& categories,
                                                            int year, std::optional<calendar::Date> through) {
  auto st = db_.prepare(
      "SELECT doc_no, amount FROM source WHERE fiscal_year = ? AND received_on <= ? AND category IN " +
      in_list(categories.size()) + " ORDER BY received_on, doc_no");
  st.bind(1, year).bind(2, through ? calendar::format_date(*through) : std::string("9999-12-31"));
  for (std::size_t i = 0; i < categories.size(); ++i) st.bind(static_cast<int>(i) + 3, categories[i]);
  std::vector<SourceAmount> out;
  while (st.step()) out.push_back({st.text(0), Money::from_fen(st.int64(1))});
  return out;
}

std::vector<SourceOverride> SqliteRuleReads::source_overrides(const std::vector<std::string>& categories,
                                                              int year, const calendar::Date& through) {
  auto st = db_.prepare(
      "SELECT s.amount, e.override_reason FROM source s JOIN entry_row e ON e.id = s.entry_id "
      "WHERE s.fiscal_year = ? AND s.received_on <= ? AND s.category IN " +
      in_list(categories.size()) + " ORDER BY s.entry_id");
  st.bind(1, year).bind(2, calendar::format_date(through));
  for (std::size_t i = 0; i < categories.size(); ++i) st.bind(static_cast<int>(i) + 3, categories[i]);
  std::vector<SourceOverride> out;
  while (st.step()) out.push_back({Money::from_fen(st.int64(0)), !st.is_null(1)});
  return out;
}

std::vector<SourceReceived> SqliteRuleReads::source_receipts(const std::string& category, int year,
                                                             const calendar::Date& through) {
  auto st = db_.prepare(
      "SELECT doc_no, amount, received_on FROM source WHERE fiscal_year = ? AND category = ? "
      "AND received_on <= ? ORDER BY received_on, doc_no");
  st.bind(1, year).bind(2, category).bind(3, calendar::format_date(through));
  std::vector<SourceReceived> out;
  while (st.step())
    if (auto received = calendar::parse_date(st.text(2)).value)
      out.push_back({st.text(0), Money::from_fen(st.int64(1)), *received});
  return out;
}

std::optional<std::string> SqliteRuleReads::source_category(const std::string& doc_no) {
  auto st = source_category_.use(db_, "SELECT category FROM source WHERE doc_no = ?");
  st->bind(1, doc_no);
  if (!st->step()) return std::nullopt;
  return st->text(0);
}

Money SqliteRuleReads::allocated_from(const std::string& doc_no, const calendar::Date& by) {
  auto st = allocated_from_.use(
      db_,
      "SELECT COALESCE(SUM(amount), 0) FROM flow_row WHERE kind = 'alloc' AND source_doc = ? AND date <= ?");
  st->bind(1, doc_no).bind(2, calendar::format_date(by));
  st->step();
  return Money::from_fen(st->int64(0));
}

// ---- years and rules -----------------------------------------------------------------------------

std::vector<int> SqliteRuleReads::years_recorded() {
  auto st = db_.prepare(
      "SELECT fiscal_year FROM budget UNION SELECT fiscal_year FROM source "
      "UNION SELECT fiscal_year FROM flow_row UNION SELECT fiscal_year FROM flow_lot ORDER BY 1");
  std::vector<int> out;
  while (st.step()) out.push_back(static_cast<int>(st.int64(0)));
  return out;
}

std::vector<std::string> SqliteRuleReads::category_codes() {
  auto st = db_.prepare("SELECT code FROM category");
  std::vector<std::string> out;
  while (st.step()) out.push_back(st.text(0));
  return out;
}

std::optional<StoredRule> SqliteRuleReads::latest_rule_version(const std::string& rule_id) {
  auto st =
      latest_rule_.use(db_,
                       "SELECT rule_id, version, kind, severity, from_year, to_year, note, params, entry_id "
                       "FROM rule WHERE rule_id = ? ORDER BY version DESC LIMIT 1");
  st->bind(1, rule_id);
  if (!st->step()) return std::nullopt;
  return stored_rule(*st);
}

std::vector<StoredRule> SqliteRuleReads::latest_rules() {
  auto st = db_.prepare(
      "SELECT r.rule_id, r.version, r.kind, r.severity, r.from_year, r.to_year, r.note, r.params, r.entry_id "
      "FROM rule r WHERE r.version = (SELECT MAX(version) FROM rule x WHERE x.rule_id = r.rule_id) "
      "ORDER BY r.rule_id");
  std::vector<StoredRule> out;
  while (st.step()) out.push_back(stored_rule(st));
  return out;
}

}  // namespace fundledger::store
