#include "store/sqlite/copy_rows.hpp"

#include <array>
#include <set>
#include <string>

#include "text/text.hpp"

namespace fundledger::store {

namespace {

// Parents before children (import_batch and entry_row first: the others refer to them). The
// categories are each schema's own (the same seeded rows); chain_form is compared, not copied.
constexpr std::array kTables = {"import_batch",
                                "entry_row",
                                "source",
                                "household",
                                "budget",
                                "budget_line",
                                "allocation",
                                "correction",
                                "rule",
                                "loan",
                                "flow_lot",
                                "flow_row",
                                "disbursement",
                                "setting",
                                "project",
                                "project_status",
                                "contract",
                                "contract_draw",
                                "contract_end",
                                "target",
                                "target_result",
                                "asset",
                                "asset_income",
                                "asset_payout",
                                "warning_action",
                                "period_lock",
                                "quota_freeze",
                                "source_reduction",
                                "year_close",
                                "carryover",
                                "advance_settlement",
                                "class_code",
                                "loan_compensation",
                                "interest_claim",
                                "agg_earmark_day",
                                "agg_town_day",
                                "agg_source_day",
                                "agg_town_month",
                                "agg_flow_month"};

// The columns stored as bytes (BLOB / BYTEA): the hashes.
bool bytes_column(const std::string& name) { return name == "hash" || name == "prev_hash"; }

std::int64_t count(Db& db, const std::string& table) {
  auto st = db.prepare("SELECT COUNT(*) FROM " + table);
  st.step();
  return st.int64(0);
}

std::string chain_form(Db& db) {
  auto st = db.prepare("SELECT provenance_from, import_from FROM chain_form");
  std::string out;
  while (st.step()) out += std::to_string(st.int64(0)) + "/" + std::to_string(st.int64(1)) + ";";
  return out;
}

// The column names of a table, in order, from the backend's catalogue.
std::vector<std::string> columns_of(Db& db, const std::string& table) {
  auto st =
      db.prepare(db.dialect() == Dialect::postgres
                     ? "SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(?) AND attnum > 0 "
                       "AND NOT attisdropped ORDER BY attnum"
                     : "SELECT name FROM pragma_table_info(?) ORDER BY cid");
  st.bind(1, table);
  std::vector<std::string> out;
  while (st.step()) out.push_back(st.text(0));
  return out;
}

void copy_table(Db& from, Db& to, const std::string& table) {
  std::vector<std::string> cols = columns_of(from, table);
  std::string names, marks;
  for (std::size_t i = 0; i < cols.size(); ++i) {
    names += (i ? ", " : "") + cols[i];
    marks += i ? ", ?" : "?";
  }
  auto read = from.prepare_scan("SELECT " + names + " FROM " + table + " ORDER BY 1");
  auto write = to.prepare("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")");
  while (read.step()) {
    for (std::size_t i = 0; i < cols.size(); ++i) {
      const int c = static_cast<int>(i);
      if (read.is_null(c))
        write.bind_null(c + 1);
      else if (bytes_column(cols[i]))
        write.bind_blob(c + 1, read.blob(c));
      else
        write.bind(c + 1, read.value(c));
    }
    write.run();
  }
}

}  // namespace

void copy_rows(Db& from, Db& to) {
  if (count(to, "entry_row") > 0 || count(to, "disbursement") > 0)
    throw StoreError(text::tr("store.copy_target_not_empty", text::arg("path", to.path())));
  if (chain_form(from) != chain_form(to))
    throw StoreError(text::tr("store.copy_chain_form_differs", text::arg("from", from.path()),
                              text::arg("to", to.path())));
  for (const char* table : kTables) {
    if (columns_of(from, table) != columns_of(to, table))
      throw StoreError(text::tr("store.copy_columns_differ", text::arg("table", table)));
    copy_table(from, to, table);
  }
}

}  // namespace fundledger::store
