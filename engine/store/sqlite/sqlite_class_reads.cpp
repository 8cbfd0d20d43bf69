// LedgerReads on SQLite: classifications (预算科目, issue 19) — the codes a bureau added, and the
// classifications of sources and of the lines of each year's latest budget revision.
#include "store/sqlite/canonical.hpp"
#include "store/sqlite/entry_codec.hpp"
#include "store/sqlite/read_helpers.hpp"
#include "store/sqlite/sqlite_ledger_reads.hpp"

namespace fundledger::store {

namespace {

// The classification columns, prefixed by the table's alias, as Classification::fields lists them.
std::string class_columns(const char* alias) {
  std::string cols;
  entries::Classification c;
  entries::Classification::fields(c, [&](const char* name, auto&) {
    cols += std::string(cols.empty() ? "" : ", ") + alias + "." + name;
  });
  return cols;
}

entries::Classification classes_at(const Stmt& st, int first) {
  entries::Classification c;
  int col = first;
  entries::Classification::fields(c, [&](const char*, auto& field) { read_column(st, col++, field); });
  return c;
}

}  // namespace

std::vector<entries::ClassCode> SqliteLedgerReads::class_codes() {
  const TableSpec& spec = table_spec(entries::ClassCode::kKind);
  auto st = db_.prepare("SELECT " + column_list(spec) + " FROM class_code ORDER BY scheme, code");
  std::vector<entries::ClassCode> out;
  while (st.step()) out.push_back(decode_row<entries::ClassCode>(spec, st));
  return out;
}

std::vector<ClassifiedRow> SqliteLedgerReads::classified_sources() {
  auto st = db_.prepare("SELECT s.fiscal_year, s.doc_no, " + class_columns("s") +
                        " FROM source s ORDER BY s.doc_no");
  std::vector<ClassifiedRow> out;
  while (st.step()) out.push_back({col::year(st, 0), st.text(1), classes_at(st, 2)});
  return out;
}

std::vector<ClassifiedRow> SqliteLedgerReads::classified_lines(std::optional<int> fiscal_year) {
  std::string sql = "SELECT l.fiscal_year, l.code, " + class_columns("l") +
                    " FROM budget b JOIN budget_line l ON l.entry_id = b.entry_id WHERE " +
                    col::kLatestBudgetRevision;
  if (fiscal_year) sql += " AND b.fiscal_year = ?";
  sql += " ORDER BY l.fiscal_year, l.seq";
  auto st = db_.prepare(sql);
  if (fiscal_year) st.bind(1, *fiscal_year);
  std::vector<ClassifiedRow> out;
  while (st.step()) out.push_back({col::year(st, 0), st.text(1), classes_at(st, 2)});
  return out;
}

}  // namespace fundledger::store
