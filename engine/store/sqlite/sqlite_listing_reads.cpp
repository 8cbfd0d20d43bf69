// ReportReads on SQLite: what the listing verbs read (households, payments: the 明细账).
//
// The payments are read from `disbursement` (one lean row a payment, schemas/README.md "Stored
// form") and `correction`; neither has an index on date, town, earmark or payee, so a listing is
// one scan of each, sorted by date and voucher (measured at 10^6 payments: bench/README.md).
#include <string>

#include "store/sqlite/read_helpers.hpp"
#include "store/sqlite/sqlite_report_reads.hpp"

namespace fundledger::store {

namespace {

// The filter of both halves: ?1..?2 the dates, ?3 the fiscal year, ?4 town, ?5 earmark, ?6 payee
// (NULL: any); `d` is the payment, `at` the date of the row listed.
constexpr const char* kPaymentFilter =
    " BETWEEN ?1 AND ?2 AND (CAST(?3 AS INTEGER) IS NULL OR d.fiscal_year = ?3) AND (CAST(?4 AS TEXT) IS "
    "NULL OR d.town = ?4)"
    " AND (CAST(?5 AS TEXT) IS NULL OR d.earmark = ?5) AND (CAST(?6 AS TEXT) IS NULL OR d.payee_id = ?6 OR "
    "d.payee_name = ?6)";

// The source documents of an entry's pay flows stored in flow_row (sorted, ";"-separated).
std::string flow_sources(const char* entry) {
  return std::string(
             "(SELECT group_concat(s, ';') FROM (SELECT DISTINCT f.source_doc AS s FROM flow_row f "
             "WHERE f.entry_id = ") +
         entry + " AND f.kind = 'pay' ORDER BY s) q)";
}

std::string payment_sql() {
  return std::string(
             "SELECT d.voucher, d.date, 'payment', d.fiscal_year, d.earmark, d.payee_id, d.payee_name, "
             "d.payee_kind, d.town, d.village, d.project, d.note, NULL, "
             "COALESCE((SELECT l.source_doc FROM flow_lot l WHERE l.id = d.lot_id), ") +
         flow_sources("d.entry_id") + "), d.amount FROM disbursement d WHERE d.date" + kPaymentFilter +
         " UNION ALL "
         "SELECT c.voucher, c.date, c.kind, d.fiscal_year, d.earmark, d.payee_id, d.payee_name, "
         "d.payee_kind, "
         "d.town, d.village, d.project, c.reason, c.target, " +
         flow_sources("c.entry_id") +
         ", -c.amount FROM correction c JOIN disbursement d ON d.voucher = c.target "
         "WHERE c.kind IN ('reversal', 'recovery') AND c.date" +
         kPaymentFilter + " ORDER BY 2, 1";
}

void bind_optional(Stmt& st, int index, const std::optional<std::string>& v) {
  if (v)
    st.bind(index, *v);
  else
    st.bind_null(index);
}

}  // namespace

void SqliteReportReads::for_each_payment_line(const PaymentQuery& q,
                                              const std::function<void(const PaymentLine&)>& fn) {
  auto st = db_.prepare(payment_sql());
  col::bind_date(st, 1, q.from);
  col::bind_date(st, 2, q.through);
  col::bind_year(st, 3, q.year);
  bind_optional(st, 4, q.town);
  bind_optional(st, 5, q.earmark);
  bind_optional(st, 6, q.payee);
  PaymentLine p;
  while (st.step()) {
    p.voucher = st.text(0);
    p.date = col::date(st, 1);
    p.kind = st.text(2);
    p.fiscal_year = col::year(st, 3);
    p.earmark = st.text(4);
    p.payee_id = st.text(5);
    p.payee_name = st.text(6);
    p.payee_kind = st.text(7);
    p.town = st.opt_text(8);
    p.village = st.opt_text(9);
    p.project = st.opt_text(10);
    p.note = st.opt_text(11);
    p.corrects = st.opt_text(12);
    p.sources = st.opt_text(13).value_or("");
    p.amount = Money::from_fen(st.int64(14));
    fn(p);
  }
}

void SqliteReportReads::for_each_household_line(const HouseholdQuery& q,
                                                const std::function<void(const HouseholdLine&)>& fn) {
  // What was paid to each household: its payments less the corrections that gave money back.
  auto st = db_.prepare(
      "SELECT h.household_id, h.head_name, h.id_number, h.town, h.village, h.members, h.registered, "
      "h.poverty_cause, p.paid FROM household h LEFT JOIN ("
      "  SELECT payee_id, SUM(amount) AS paid FROM ("
      "    SELECT payee_id, amount FROM disbursement WHERE payee_kind = 'household'"
      "    UNION ALL SELECT d.payee_id, -c.amount FROM correction c JOIN disbursement d ON d.voucher = "
      "c.target"
      "    WHERE c.kind IN ('reversal', 'recovery') AND d.payee_kind = 'household') q GROUP BY payee_id"
      ") p ON p.payee_id = h.household_id "
      "WHERE (CAST(?1 AS TEXT) IS NULL OR h.town = ?1) AND (CAST(?2 AS TEXT) IS NULL OR h.village = ?2) AND "
      "(CAST(?3 AS TEXT) IS NULL OR "
      "instr(lower(h.household_id), lower(?3)) > 0 OR instr(lower(h.head_name), lower(?3)) > 0 OR "
      "instr(lower(COALESCE(h.id_number, '')), lower(?3)) > 0) "
      "ORDER BY h.town, h.village, h.household_id");
  bind_optional(st, 1, q.town);
  bind_optional(st, 2, q.village);
  bind_optional(st, 3, q.search);
  HouseholdLine h;
  while (st.step()) {
    h.household_id = st.text(0);
    h.head_name = st.text(1);
    h.id_number = st.opt_text(2);
    h.town = st.text(3);
    h.village = st.text(4);
    h.members = st.is_null(5) ? std::nullopt : std::optional<std::int64_t>(st.int64(5));
    h.registered = st.int64(6) != 0;
    h.poverty_cause = st.opt_text(7);
    h.paid = col::money(st, 8);
    fn(h);
  }
}

}  // namespace fundledger::store
