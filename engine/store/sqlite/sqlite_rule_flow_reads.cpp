// RuleReads on SQLite: payments to payees and flows of money (the gate's caps, check's payee,
// forbidden-use and idle-funds rules).
#include "store/sqlite/read_helpers.hpp"
#include "store/sqlite/sqlite_rule_reads.hpp"
#include "store/sqlite/stored_form.hpp"

namespace fundledger::store {
namespace {

constexpr const char* kPaidInYear =
    "SELECT COALESCE(SUM(amount), 0) FROM flow WHERE kind = 'pay' AND payee_id = ? AND earmark = ? "
    "AND fiscal_year = ?";
constexpr const char* kPaidInAll =
    "SELECT COALESCE(SUM(amount), 0) FROM flow WHERE kind = 'pay' AND payee_id = ? AND earmark = ?";

// The purpose of the flow's earmark in the latest budget revision of the flow's year.
constexpr const char* kEarmarkPurpose =
    " (SELECT l.purpose FROM budget_line l JOIN budget b ON b.entry_id = l.entry_id "
    "  WHERE b.fiscal_year = f.fiscal_year AND l.code = f.earmark ORDER BY b.revision DESC LIMIT 1)";

// A CategoryEntryFlow from the columns voucher, earmark, source_doc, SUM(amount), override_reason, purpose.
CategoryEntryFlow category_flow(const Stmt& st) {
  CategoryEntryFlow f;
  f.voucher = st.text(0);
  f.earmark = st.text(1);
  f.source_doc = st.text(2);
  f.amount = Money::from_fen(st.int64(3));
  f.overridden = !st.is_null(4);
  f.purpose = st.opt_text(5);
  return f;
}

}  // namespace

Money SqliteRuleReads::payee_paid(const std::string& payee_id, const std::string& earmark,
                                  std::optional<int> year) {
  auto& cache = year ? paid_year_ : paid_lifetime_;
  // Without an index this sum scans every flow, once per payee: an import into a ledger of a
  // million payments would take hours. The index is made the first time a cap rule needs it (so
  // ledgers without such a rule never pay for it) and kept; it is derived, not journal, and
  // `verify` does not depend on it.
  // `flow` is a view (schemas/0007_lean_payment.sql): one partial index on each of its halves.
  // A PostgreSQL ledger has them from its creation (schemas/pg/).
  if (!cache.prepared() && db_.dialect() == Dialect::sqlite)
    db_.exec(
        "CREATE INDEX IF NOT EXISTS flow_payee_pay ON flow_row (payee_id, earmark, fiscal_year) "
        "WHERE kind = 'pay'; "
        "CREATE INDEX IF NOT EXISTS disbursement_payee_pay ON disbursement (payee_id, earmark, fiscal_year) "
        "WHERE lot_id IS NOT NULL");
  auto st = cache.use(db_, year ? kPaidInYear : kPaidInAll);
  st->bind(1, payee_id).bind(2, earmark);
  if (year) st->bind(3, *year);
  st->step();
  return Money::from_fen(st->int64(0));
}

bool SqliteRuleReads::household_registered(const std::string& household_id) {
  auto st = registered_.use(db_, "SELECT registered FROM household WHERE household_id = ?");
  st->bind(1, household_id);
  return st->step() && st->int64(0) == 1;
}

std::vector<PayeePayment> SqliteRuleReads::payee_payments(const std::string& earmark,
                                                          const calendar::Date& through,
                                                          std::optional<int> year) {
  // The halves of the view flow read apart: the earmark's lots (flow_lot) and their payments
  // (disbursement_lot), instead of every payment's implied flow built and then filtered. CROSS JOIN
  // keeps flow_lot outside: the planner otherwise walks every payment in lot order.
  auto st = db_.prepare(
      std::string("WITH f AS (SELECT f.entry_id, f.voucher, f.date, f.payee_id, f.amount, ") +
      col::kOverrideOfFlowEntry +
      " AS ovr FROM flow_row f WHERE f.kind = 'pay' AND f.earmark = ?1 AND f.date <= ?2 AND f.payee_id IS "
      "NOT "
      "NULL AND (CAST(?3 AS INTEGER) IS NULL OR f.fiscal_year = ?3) UNION ALL "
      "SELECT d.entry_id, d.voucher, d.date, d.payee_id, d.amount, d.override_reason FROM flow_lot l "
      "CROSS JOIN disbursement d ON d.lot_id = l.id WHERE l.earmark = ?1 AND d.date <= ?2 "
      "AND (CAST(?3 AS INTEGER) IS NULL OR l.fiscal_year = ?3)) "
      "SELECT payee_id, voucher, SUM(amount), ovr FROM f GROUP BY entry_id, payee_id, voucher, ovr, date "
      "ORDER BY date, "
      "entry_id");
  st.bind(1, earmark).bind(2, calendar::format_date(through));
  col::bind_year(st, 3, year);
  std::vector<PayeePayment> out;
  while (st.step()) out.push_back({st.text(0), st.text(1), Money::from_fen(st.int64(2)), !st.is_null(3)});
  return out;
}

std::vector<EarmarkDisbursement> SqliteRuleReads::earmark_disbursements(const std::string& earmark,
                                                                        std::optional<int> year,
                                                                        const calendar::Date& through) {
  auto st = db_.prepare(
      "SELECT d.voucher, d.payee_id, d.payee_name, d.payee_kind, d.amount, h.registered, d.override_reason, "
      "d.fiscal_year FROM disbursement d "
      "LEFT JOIN household h ON h.household_id = d.payee_id AND d.payee_kind = 'household' "
      "WHERE d.earmark = ?1 AND (CAST(?2 AS INTEGER) IS NULL OR d.fiscal_year = ?2) AND d.date <= ?3 ORDER "
      "BY d.date, "
      "d.entry_id");
  st.bind(1, earmark);
  col::bind_year(st, 2, year);
  st.bind(3, calendar::format_date(through));
  std::vector<EarmarkDisbursement> out;
  while (st.step())
    out.push_back({st.text(0), st.text(1), st.text(2), st.text(3), Money::from_fen(st.int64(4)),
                   !st.is_null(5) && st.int64(5) == 1, !st.is_null(6), col::year(st, 7)});
  return out;
}

std::int64_t SqliteRuleReads::disbursement_count() {
  auto st = db_.prepare("SELECT COUNT(*) FROM disbursement");
  st.step();
  return st.int64(0);
}

std::vector<CategoryEntryFlow> SqliteRuleReads::category_allocations(const std::string& category, int year,
                                                                     const calendar::Date& through) {
  auto st = db_.prepare(
      std::string("SELECT f.voucher, f.earmark, f.source_doc, SUM(f.amount), e.override_reason,") +
      kEarmarkPurpose +
      " FROM flow_row f JOIN entry_row e ON e.id = f.entry_id JOIN source s ON s.doc_no = f.source_doc "
      "WHERE f.kind = 'alloc' AND f.amount > 0 AND f.fiscal_year = ? AND f.date <= ? AND s.category = ? "
      "GROUP BY f.entry_id, f.earmark, f.source_doc, f.voucher, f.date, f.fiscal_year, e.override_reason "
      "ORDER BY "
      "f.date, f.entry_id");
  st.bind(1, year).bind(2, calendar::format_date(through)).bind(3, category);
  std::vector<CategoryEntryFlow> out;
  while (st.step()) out.push_back(category_flow(st));
  return out;
}

std::vector<CategoryEntryFlow> SqliteRuleReads::category_payments(const std::string& category, int year,
                                                                  const calendar::Date& through) {
  // The halves of the view flow read apart, each through its source index (flow_source; the
  // category's lots by flow_lot_source, their payments by disbursement_lot): the view joined to
  // source read every payment of the year.
  auto st = db_.prepare(
      std::string("WITH docs AS (SELECT doc_no FROM source WHERE category = ?3), "
                  "f AS (SELECT entry_id, voucher, date, fiscal_year, earmark, source_doc, amount, payee_id "
                  "FROM flow_row WHERE kind = 'pay' AND fiscal_year = ?1 AND date <= ?2 AND source_doc IN "
                  "(SELECT doc_no FROM docs) "
                  "UNION ALL SELECT d.entry_id, d.voucher, d.date, l.fiscal_year, l.earmark, l.source_doc, "
                  "d.amount, d.payee_id FROM flow_lot l CROSS JOIN disbursement d ON d.lot_id = l.id "
                  "WHERE l.fiscal_year = ?1 AND d.date <= ?2 AND l.source_doc IN (SELECT doc_no FROM docs)) "
                  "SELECT f.voucher, f.earmark, f.source_doc, SUM(f.amount), e.override_reason,") +
      kEarmarkPurpose +
      ", MAX(f.payee_id) FROM f JOIN disbursement e ON e.entry_id = f.entry_id "
      "GROUP BY f.entry_id, f.earmark, f.source_doc, f.voucher, f.date, f.fiscal_year, e.override_reason "
      "ORDER BY "
      "f.date, f.entry_id");
  st.bind(1, year).bind(2, calendar::format_date(through)).bind(3, category);
  std::vector<CategoryEntryFlow> out;
  while (st.step()) {
    out.push_back(category_flow(st));
    out.back().payee_id = st.opt_text(6);
  }
  return out;
}

std::vector<LotLeft> SqliteRuleReads::lot_balances(std::optional<int> year, const calendar::Date& through) {
  auto st = db_.prepare(
      std::string(
          "WITH x AS (SELECT fiscal_year, lot, earmark, source_doc, lot_date, CASE kind "
          "WHEN 'alloc' THEN amount ELSE -amount END AS v "
          "FROM flow_row WHERE (CAST(?1 AS INTEGER) IS NULL OR fiscal_year = ?1) AND date <= ?2 UNION ALL "
          "SELECT l.fiscal_year, l.lot, l.earmark, l.source_doc, l.lot_date, -p.paid FROM (") +
      lean_paid_per_lot_sql("(CAST(?1 AS INTEGER) IS NULL OR fiscal_year = ?1) AND date <= ?2") +
      ") p JOIN flow_lot l ON l.id = p.lot_id) "
      "SELECT lot, earmark, source_doc, lot_date, SUM(v), fiscal_year FROM x "
      "GROUP BY fiscal_year, earmark, lot, source_doc, lot_date ORDER BY lot_date, lot");
  col::bind_year(st, 1, year);
  st.bind(2, calendar::format_date(through));
  std::vector<LotLeft> out;
  while (st.step())
    if (auto lot_date = calendar::parse_date(st.text(3)).value)
      out.push_back(
          {st.text(0), st.text(1), st.text(2), *lot_date, Money::from_fen(st.int64(4)), col::year(st, 5)});
  return out;
}

}  // namespace fundledger::store
