// AuditReads on SQLite: what the audit checks read (engine/audit/check_*.cpp).
#include "store/sqlite/sqlite_audit_reads.hpp"

#include <algorithm>

#include "store/sqlite/stored_form.hpp"

namespace fundledger::store {

std::vector<NetPayment> SqliteAuditReads::payments_net_of_corrections(const calendar::Date& as_of,
                                                                      std::optional<int> year) {
  // Net of the reversals (冲销) and recoveries (收回) recorded on or before the as-of date: their
  // flows are negative 'pay' flows under the correction's voucher, which targets the payment.
  auto st = db_.prepare(
      // The corrections summed per payment first (one pass over the corrections and their flows),
      // then joined: a sum per payment would look through the flows once per payment.
      "WITH corrected AS (SELECT c.target, SUM(f.amount) AS amount FROM correction c JOIN flow_row f ON "
      "f.entry_id = c.entry_id "
      "  WHERE f.kind = 'pay' AND c.date <= ?1 GROUP BY c.target) "
      "SELECT d.voucher, d.date, d.fiscal_year, d.earmark, d.payee_id, d.payee_name, d.payee_kind, "
      "COALESCE(d.town, ''), COALESCE(d.village, ''), d.amount + COALESCE(k.amount, 0), d.override_reason IS "
      "NOT NULL "
      "FROM disbursement d LEFT JOIN corrected k ON k.target = d.voucher "
      "WHERE d.date <= ?1 AND (CAST(?2 AS INTEGER) IS NULL OR d.fiscal_year = ?2)");
  col::bind_date(st, 1, as_of);
  col::bind_year(st, 2, year);
  std::vector<NetPayment> out;
  while (st.step()) {
    NetPayment p;
    p.voucher = st.text(0);
    p.date = col::date(st, 1);
    p.fiscal_year = col::year(st, 2);
    p.earmark = st.text(3);
    p.payee_id = st.text(4);
    p.payee_name = st.text(5);
    p.payee_kind = st.text(6);
    p.town = st.text(7);
    p.village = st.text(8);
    p.amount = Money::from_fen(st.int64(9));
    p.overridden = st.int64(10) != 0;
    out.push_back(std::move(p));
  }
  // By date and voucher. The rows come in entry order, which is date order for a ledger imported
  // in date order: checking that is one pass, where SQLite's ORDER BY sorted every payment.
  auto by_date = [](const NetPayment& a, const NetPayment& b) {
    return a.date != b.date ? a.date < b.date : a.voucher < b.voucher;
  };
  if (!std::is_sorted(out.begin(), out.end(), by_date)) std::sort(out.begin(), out.end(), by_date);
  return out;
}

std::vector<HouseholdIdNumber> SqliteAuditReads::households_with_id_number() {
  auto st = db_.prepare(
      "SELECT household_id, head_name, TRIM(id_number) FROM household "
      "WHERE id_number IS NOT NULL AND TRIM(id_number) <> '' ORDER BY household_id");
  std::vector<HouseholdIdNumber> out;
  while (st.step()) out.push_back({st.text(0), st.text(1), st.text(2)});
  return out;
}

std::vector<HouseholdRegistration> SqliteAuditReads::household_registrations() {
  auto st = db_.prepare("SELECT household_id, registered FROM household");
  std::vector<HouseholdRegistration> out;
  while (st.step()) out.push_back({st.text(0), st.int64(1) != 0});
  return out;
}

void SqliteAuditReads::for_each_category_flow(const std::string& category, const calendar::Date& as_of,
                                              std::optional<int> year,
                                              const std::function<void(const CategoryFlow&)>& fn) {
  // A reversal or recovery is folded into the voucher it corrects, so a fully reversed entry nets to zero.
  // The two halves of the view flow read apart, each through its source index (flow_source; the
  // category's lots by flow_lot_source, their payments by disbursement_lot): the view, joined to
  // source, was read whole, every payment's implied flow built row by row. CROSS JOIN keeps the
  // lots outside the payments.
  auto st = db_.prepare(
      "WITH docs AS (SELECT doc_no FROM source WHERE category = ?1), "
      "f AS (SELECT kind, voucher, fiscal_year, earmark, source_doc, amount, entry_id FROM flow_row "
      "  WHERE source_doc IN (SELECT doc_no FROM docs) AND date <= ?2 AND (CAST(?3 AS INTEGER) IS NULL OR "
      "fiscal_year = ?3) UNION ALL "
      "  SELECT 'pay', d.voucher, l.fiscal_year, l.earmark, l.source_doc, d.amount, d.entry_id FROM flow_lot "
      "l "
      "  CROSS JOIN disbursement d ON d.lot_id = l.id "
      "  WHERE l.source_doc IN (SELECT doc_no FROM docs) AND d.date <= ?2 AND (CAST(?3 AS INTEGER) IS NULL "
      "OR l.fiscal_year = ?3)) "
      "SELECT f.kind, COALESCE(c.target, f.voucher) AS v, f.fiscal_year, f.earmark, f.source_doc, "
      "SUM(f.amount), MIN(f.entry_id), MAX(COALESCE(d.payee_id, '')) FROM f "
      "LEFT JOIN correction c ON c.voucher = f.voucher AND c.kind IN ('reversal', 'recovery') AND c.date <= "
      "?2 "
      "LEFT JOIN disbursement d ON d.voucher = COALESCE(c.target, f.voucher) "
      "GROUP BY f.kind, v, f.fiscal_year, f.earmark, f.source_doc ORDER BY MIN(f.entry_id)");
  st.bind(1, category);
  col::bind_date(st, 2, as_of);
  col::bind_year(st, 3, year);
  CategoryFlow r;
  while (st.step()) {
    r.kind = st.text(0);
    r.voucher = st.text(1);
    r.fiscal_year = col::year(st, 2);
    r.earmark = st.text(3);
    r.source_doc = st.text(4);
    r.amount = Money::from_fen(st.int64(5));
    r.first_entry_id = st.int64(6);
    r.payee_id = st.text(7);
    fn(r);
  }
}

bool SqliteAuditReads::entry_overridden(std::int64_t entry_id) {
  auto st = entry_overridden_.use(
      db_,
      "SELECT override_reason IS NOT NULL FROM entry_row WHERE id = ?1 "
      "UNION ALL SELECT override_reason IS NOT NULL FROM disbursement WHERE entry_id = ?1");
  st->bind(1, entry_id);
  return st->step() && st->int64(0) != 0;
}

std::vector<std::pair<std::string, std::string>> SqliteAuditReads::line_overrides(
    int fiscal_year, const std::string& earmark) {
  auto st = db_.prepare(
      "SELECT e.key, e.override_reason FROM entry_row e WHERE e.override_reason IS NOT NULL AND e.id IN "
      "(SELECT entry_id FROM flow_row WHERE kind = 'alloc' AND amount > 0 AND fiscal_year = ? AND earmark = "
      "?) "
      "ORDER BY e.id");
  st.bind(1, fiscal_year);
  st.bind(2, earmark);
  std::vector<std::pair<std::string, std::string>> out;
  while (st.step()) out.emplace_back(st.text(0), st.text(1));
  return out;
}

std::vector<LotBalance> SqliteAuditReads::lot_balances(const calendar::Date& as_of, std::optional<int> year) {
  auto st = db_.prepare(
      // The two halves of the view flow: the stored rows, and the lean payments summed per lot.
      // m: the latest date a flow touched the lot (dormant_balance).
      std::string(
          "WITH f AS (SELECT fiscal_year, earmark, lot, lot_date, source_doc, CASE WHEN kind = "
          "'alloc' THEN amount ELSE 0 END AS a, "
          "CASE WHEN kind = 'pay' THEN amount ELSE 0 END AS p, date AS m FROM flow_row "
          "WHERE date <= ?1 AND lot_date <= ?1 AND (CAST(?2 AS INTEGER) IS NULL OR fiscal_year = ?2) "
          "UNION ALL "
          "SELECT l.fiscal_year, l.earmark, l.lot, l.lot_date, l.source_doc, 0, x.paid, x.moved FROM (") +
      lean_paid_per_lot_sql("date <= ?1 AND (CAST(?2 AS INTEGER) IS NULL OR fiscal_year = ?2)", true) +
      ") x JOIN flow_lot l ON l.id = x.lot_id WHERE l.lot_date <= ?1), "
      "g AS (SELECT fiscal_year, earmark, lot, lot_date, source_doc, SUM(a) AS a, SUM(p) AS p, MAX(m) AS m "
      "FROM f "
      "GROUP BY fiscal_year, earmark, lot, lot_date, source_doc) "
      "SELECT g.fiscal_year, g.earmark, g.lot, g.lot_date, g.source_doc, g.a, g.p, a.town, e.override_reason "
      "IS NOT NULL, g.m "
      "FROM g LEFT JOIN allocation a ON a.voucher = g.lot LEFT JOIN entry_row e ON e.id = a.entry_id ORDER "
      "BY g.lot_date, g.lot");
  col::bind_date(st, 1, as_of);
  col::bind_year(st, 2, year);
  std::vector<LotBalance> out;
  while (st.step()) {
    LotBalance l;
    l.fiscal_year = col::year(st, 0);
    l.earmark = st.text(1);
    l.lot = st.text(2);
    l.lot_date = col::date(st, 3);
    l.source_doc = st.text(4);
    l.allocated = Money::from_fen(st.int64(5));
    l.paid = Money::from_fen(st.int64(6));
    l.town = st.opt_text(7);
    l.overridden = st.int64(8) != 0;
    l.last_moved = col::date(st, 9);
    out.push_back(std::move(l));
  }
  return out;
}

std::vector<SourceReceipt> SqliteAuditReads::sources_of_category(const std::string& category,
                                                                 std::optional<int> year) {
  auto st = db_.prepare(
      "SELECT doc_no, fiscal_year, amount, received_on FROM source WHERE category = ?1 AND (CAST(?2 AS "
      "INTEGER) IS NULL OR "
      "fiscal_year = ?2) "
      "ORDER BY received_on, doc_no");
  st.bind(1, category);
  col::bind_year(st, 2, year);
  std::vector<SourceReceipt> out;
  while (st.step())
    out.push_back({st.text(0), col::year(st, 1), Money::from_fen(st.int64(2)), col::date(st, 3)});
  return out;
}

Money SqliteAuditReads::allocated_from_source_by(const std::string& doc_no, const calendar::Date& by) {
  auto st = allocated_by_.use(db_,
                              "SELECT COALESCE(SUM(amount), 0) FROM flow "
                              "WHERE kind = 'alloc' AND source_doc = ?1 AND date <= ?2");
  st->bind(1, doc_no);
  col::bind_date(*st, 2, by);
  st->step();
  return Money::from_fen(st->int64(0));
}

}  // namespace fundledger::store
