// AuditReads on SQLite: what the traces read (engine/audit/trace.cpp), all from the stored
// attribution (table `flow`).
#include "store/sqlite/sqlite_audit_reads.hpp"

namespace fundledger::store {

std::optional<PaymentRecord> SqliteAuditReads::payment(const std::string& voucher) {
  auto st = db_.prepare(
      "SELECT voucher, date, fiscal_year, earmark, amount, payee_id, payee_name, payee_kind, COALESCE(town, "
      "''), "
      "COALESCE(village, ''), COALESCE(project, '') FROM disbursement WHERE voucher = ?1");
  st.bind(1, voucher);
  if (!st.step()) return std::nullopt;
  PaymentRecord p;
  p.voucher = st.text(0);
  p.date = col::date(st, 1);
  p.fiscal_year = col::year(st, 2);
  p.earmark = st.text(3);
  p.amount = Money::from_fen(st.int64(4));
  p.payee_id = st.text(5);
  p.payee_name = st.text(6);
  p.payee_kind = st.text(7);
  p.town = st.text(8);
  p.village = st.text(9);
  p.project = st.text(10);
  return p;
}

std::vector<PaymentLotFlow> SqliteAuditReads::payment_lot_flows(const std::string& voucher) {
  // A payment's own flows and those of the corrections (reversal, recovery) that target it.
  // pf holds the flows of every correction that targets the payment; a recovery and a reversal are
  // the kinds that have pay flows of it.
  auto st = db_.prepare(
      std::string(col::kPaymentFlowsCte) +
      "SELECT f.source_doc, COALESCE(s.category, ''), f.lot, f.lot_date, SUM(f.amount), MIN(f.entry_id) FROM "
      "pf f LEFT JOIN source s ON s.doc_no = f.source_doc "
      "WHERE f.kind = 'pay' AND f.entry_id NOT IN "
      "(SELECT entry_id FROM correction WHERE target = ?1 AND kind NOT IN ('reversal', 'recovery')) "
      "GROUP BY f.source_doc, f.lot, s.category, f.lot_date ORDER BY MIN(f.entry_id), MIN(f.seq)");
  st.bind(1, voucher);
  std::vector<PaymentLotFlow> out;
  while (st.step())
    out.push_back({st.text(0), st.text(1), st.text(2), col::date(st, 3), Money::from_fen(st.int64(4))});
  return out;
}

std::vector<PaymentCorrection> SqliteAuditReads::payment_corrections(const std::string& voucher) {
  auto st = db_.prepare(
      "SELECT c.voucher, c.date, c.kind, c.reason, COALESCE((SELECT SUM(amount) FROM flow_row f WHERE "
      "f.entry_id = c.entry_id AND f.kind = 'pay'), 0) "
      "FROM correction c WHERE c.target = ?1 AND c.kind IN ('reversal', 'recovery') ORDER BY c.date, "
      "c.voucher");
  st.bind(1, voucher);
  std::vector<PaymentCorrection> out;
  while (st.step())
    out.push_back({st.text(0), col::date(st, 1), st.text(2), st.text(3), Money::from_fen(st.int64(4))});
  return out;
}

std::optional<SourceTotals> SqliteAuditReads::source_totals(const std::string& doc_no) {
  auto st = db_.prepare(
      "SELECT doc_no, category, name, received_on, fiscal_year, amount, "
      "(SELECT COALESCE(SUM(amount), 0) FROM flow_row WHERE kind = 'alloc' AND source_doc = ?1), "
      "(SELECT COALESCE(SUM(amount), 0) FROM flow WHERE kind = 'pay' AND source_doc = ?1) "
      "FROM source WHERE doc_no = ?1");
  st.bind(1, doc_no);
  if (!st.step()) return std::nullopt;
  SourceTotals h;
  h.doc_no = st.text(0);
  h.category = st.text(1);
  h.name = st.text(2);
  h.received_on = col::date(st, 3);
  h.fiscal_year = col::year(st, 4);
  h.amount = Money::from_fen(st.int64(5));
  h.allocated = Money::from_fen(st.int64(6));
  h.disbursed = Money::from_fen(st.int64(7));
  return h;
}

void SqliteAuditReads::for_each_source_lot(const std::string& doc_no,
                                           const std::function<void(const SourceLot&)>& fn) {
  // One row per lot and earmark: an allocation, net of its reversal and of what transfers (调剂)
  // took out; a transfer's new lot VOUCHER#n is a row of its own in the receiving earmark.
  auto st = db_.prepare(
      "SELECT f.lot, f.lot_date, f.fiscal_year, f.earmark, SUM(f.amount), COALESCE(MAX(a.town), ''), "
      "COALESCE(MAX(a.project), '') "
      "FROM flow_row f LEFT JOIN allocation a ON a.voucher = f.lot "
      "WHERE f.kind = 'alloc' AND f.source_doc = ?1 GROUP BY f.fiscal_year, f.earmark, f.lot, f.lot_date "
      "ORDER BY "
      "MIN(f.entry_id), MIN(f.seq)");
  st.bind(1, doc_no);
  SourceLot r;
  while (st.step()) {
    r.lot = st.text(0);
    r.lot_date = col::date(st, 1);
    r.fiscal_year = col::year(st, 2);
    r.earmark = st.text(3);
    r.amount = Money::from_fen(st.int64(4));
    r.town = st.text(5);
    r.project = st.text(6);
    fn(r);
  }
}

void SqliteAuditReads::for_each_source_payment(const std::string& doc_no,
                                               const std::function<void(const SourcePayment&)>& fn) {
  auto st = db_.prepare(
      "SELECT d.voucher, d.date, d.fiscal_year, d.earmark, d.payee_id, d.payee_name, COALESCE(d.town, ''), "
      "COALESCE(d.village, ''), x.amt "
      "FROM (SELECT COALESCE(c.target, f.voucher) AS pv, SUM(f.amount) AS amt, MIN(f.entry_id) AS first FROM "
      "flow f "
      "      LEFT JOIN correction c ON c.voucher = f.voucher AND c.kind IN ('reversal', 'recovery') "
      "      WHERE f.kind = 'pay' AND f.source_doc = ?1 GROUP BY pv) x "
      "JOIN disbursement d ON d.voucher = x.pv ORDER BY x.first");
  st.bind(1, doc_no);
  SourcePayment r;
  while (st.step()) {
    r.voucher = st.text(0);
    r.date = col::date(st, 1);
    r.fiscal_year = col::year(st, 2);
    r.earmark = st.text(3);
    r.payee_id = st.text(4);
    r.payee_name = st.text(5);
    r.town = st.text(6);
    r.village = st.text(7);
    r.amount = Money::from_fen(st.int64(8));
    fn(r);
  }
}

}  // namespace fundledger::store
