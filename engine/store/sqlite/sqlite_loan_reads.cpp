// LoanReads on SQLite.
#include "store/sqlite/sqlite_loan_reads.hpp"

#include "store/sqlite/canonical.hpp"
#include "store/sqlite/entry_codec.hpp"
#include "text/text.hpp"

namespace fundledger::store {
namespace {

// The loan columns every read selects, in LoanVersion's order (prefix: the table's alias).
std::string loan_columns(const std::string& prefix) {
  std::string s;
  for (const char* c :
       {"loan_id", "version", "household_id", "product", "bank", "principal", "annual_rate", "start_date",
        "term_months", "purpose", "overdue_since", "repaid_on", "written_off_on", "extended_to"})
    s += (s.empty() ? "" : ", ") + prefix + c;
  return s;
}

calendar::Date stored_date(const std::string& s) {
  auto d = calendar::parse_date(s);
  if (!d) throw StoreError(text::tr("store.stored_date_bad", text::arg("value", s)));
  return *d.value;
}

std::optional<calendar::Date> opt_stored_date(const Stmt& st, int col) {
  if (auto s = st.opt_text(col)) return stored_date(*s);
  return std::nullopt;
}

// A LoanVersion from the columns of loan_columns().
LoanVersion loan_version(const Stmt& st) {
  LoanVersion v;
  v.loan_id = st.text(0);
  v.version = static_cast<int>(st.int64(1));
  v.household_id = st.text(2);
  v.product = st.text(3);
  v.bank = st.opt_text(4);
  v.principal = Money::from_fen(st.int64(5));
  v.annual_rate = st.text(6);
  v.start_date = stored_date(st.text(7));
  v.term_months = static_cast<int>(st.int64(8));
  v.purpose = st.opt_text(9);
  v.overdue_since = opt_stored_date(st, 10);
  v.repaid_on = opt_stored_date(st, 11);
  v.written_off_on = opt_stored_date(st, 12);
  v.extended_to = opt_stored_date(st, 13);
  return v;
}

}  // namespace

std::vector<LoanVersion> SqliteLoanReads::loan_versions(const std::string& loan_id) {
  static const std::string sql =
      "SELECT " + loan_columns("") + " FROM loan WHERE loan_id = ? ORDER BY version";
  auto st = versions_.use(db_, sql);
  st->bind(1, loan_id);
  std::vector<LoanVersion> out;
  while (st->step()) out.push_back(loan_version(*st));
  return out;
}

bool SqliteLoanReads::household_exists(const std::string& household_id) {
  auto st = household_.use(db_, "SELECT 1 FROM household WHERE household_id = ?");
  st->bind(1, household_id);
  return st->step();
}

std::vector<CurrentLoan> SqliteLoanReads::current_loans() {
  auto st = db_.prepare(
      "SELECT " + loan_columns("l.") +
      ", COALESCE(h.town, ''), COALESCE(h.village, ''), COALESCE(h.head_name, '') "
      "FROM loan l LEFT JOIN household h ON h.household_id = l.household_id "
      "WHERE l.version = (SELECT MAX(version) FROM loan l2 WHERE l2.loan_id = l.loan_id) ORDER BY l.loan_id");
  std::vector<CurrentLoan> out;
  while (st.step()) out.push_back({loan_version(st), st.text(14), st.text(15), st.text(16)});
  return out;
}

std::vector<entries::InterestClaim> SqliteLoanReads::interest_claims() {
  const TableSpec& spec = table_spec(entries::InterestClaim::kKind);
  auto st = db_.prepare("SELECT " + column_list(spec) + " FROM interest_claim ORDER BY loan_id, period_from");
  std::vector<entries::InterestClaim> out;
  while (st.step()) out.push_back(decode_row<entries::InterestClaim>(spec, st));
  return out;
}

}  // namespace fundledger::store
