// ReportReads on SQLite: what the public notice (公告公示) reads (reports/disclosure.cpp).
#include <string>

#include "store/sqlite/read_helpers.hpp"
#include "store/sqlite/sqlite_report_reads.hpp"

namespace fundledger::store {

std::vector<AllocationNotice> SqliteReportReads::allocation_notices(int year) {
  auto st = db_.prepare(
      "SELECT a.voucher, a.project, COALESCE(l.name, a.earmark), s.name, s.doc_no, a.amount, a.town, a.note "
      "FROM allocation a JOIN source s ON s.doc_no = a.source_doc "
      "LEFT JOIN (SELECT bl.code, bl.name FROM budget_line bl JOIN budget b ON b.entry_id = bl.entry_id "
      "           WHERE b.fiscal_year = ?1 AND b.revision = (SELECT MAX(revision) FROM budget WHERE "
      "fiscal_year = ?1)) l "
      "  ON l.code = a.earmark "
      "WHERE a.fiscal_year = ?1 ORDER BY a.date, a.voucher");
  st.bind(1, year);
  std::vector<AllocationNotice> out;
  while (st.step()) {
    AllocationNotice n;
    n.voucher = st.text(0);
    n.project = st.opt_text(1);
    n.line_name = st.text(2);
    n.source_name = st.text(3);
    n.source_doc = st.text(4);
    n.amount = Money::from_fen(st.int64(5));
    n.town = st.opt_text(6);
    n.note = st.opt_text(7);
    out.push_back(std::move(n));
  }
  return out;
}

void SqliteReportReads::for_each_household_payment(int year,
                                                   const std::function<void(const HouseholdPayment&)>& fn) {
  auto st = db_.prepare(
      "SELECT h.head_name, h.id_number, h.town, h.village, COALESCE(d.project, d.earmark), d.amount, d.date "
      "FROM disbursement d JOIN household h ON h.household_id = d.payee_id "
      "WHERE d.payee_kind = 'household' AND d.fiscal_year = ?1 ORDER BY d.date, d.voucher");
  st.bind(1, year);
  // Each payment looks its household up at random: the register's pages (23 MB at 10^6 payments)
  // stay in the connection's 64 MB page cache (open.cpp), read from the file once.
  HouseholdPayment p;
  while (st.step()) {
    p.head_name = st.text(0);
    p.id_number = st.opt_text(1);
    p.town = st.text(2);
    p.village = st.text(3);
    p.project = st.text(4);
    p.amount = Money::from_fen(st.int64(5));
    p.date = col::date(st, 6);
    fn(p);
  }
}

}  // namespace fundledger::store
