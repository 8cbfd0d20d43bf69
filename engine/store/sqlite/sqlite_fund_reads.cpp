// LedgerReads on SQLite: the risk compensation fund (风险补偿金, issue 21) — the compensations and
// recoveries recorded on loans, and the movements of a fund's earmark.
#include "store/sqlite/canonical.hpp"
#include "store/sqlite/entry_codec.hpp"
#include "store/sqlite/read_helpers.hpp"
#include "store/sqlite/sqlite_ledger_reads.hpp"

namespace fundledger::store {

std::vector<entries::LoanCompensation> SqliteLedgerReads::loan_compensations() {
  const TableSpec& spec = table_spec(entries::LoanCompensation::kKind);
  auto st = db_.prepare("SELECT " + column_list(spec) + " FROM loan_compensation ORDER BY date, comp_id");
  std::vector<entries::LoanCompensation> out;
  while (st.step()) out.push_back(decode_row<entries::LoanCompensation>(spec, st));
  return out;
}

std::vector<EarmarkMovementRow> SqliteLedgerReads::earmark_movements(const std::string& earmark,
                                                                     const Date& as_of) {
  auto st = db_.prepare(
      "SELECT f.kind, f.voucher, f.date, f.source_doc, s.category, SUM(f.amount) FROM flow f "
      "JOIN source s ON s.doc_no = f.source_doc WHERE f.earmark = ?1 AND f.date <= ?2 "
      "GROUP BY f.kind, f.voucher, f.date, f.source_doc, s.category ORDER BY f.date, f.voucher, "
      "f.source_doc");
  st.bind(1, earmark);
  col::bind_date(st, 2, as_of);
  std::vector<EarmarkMovementRow> out;
  while (st.step())
    out.push_back({st.text(0), st.text(1), col::date(st, 2), st.text(3), st.text(4), col::money(st, 5)});
  return out;
}

}  // namespace fundledger::store
