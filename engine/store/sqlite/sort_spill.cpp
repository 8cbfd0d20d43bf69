#include "store/sqlite/sort_spill.hpp"

namespace fundledger::store {

SqliteSortSpill::SqliteSortSpill(Db& db) : db_(db) {
  db_.exec(
      db_.dialect() == Dialect::postgres
          ? "CREATE TEMP TABLE IF NOT EXISTS fl_stage (seq BIGINT NOT NULL, line BIGINT NOT NULL, date TEXT "
            "COLLATE \"C\" NOT NULL, row BYTEA NOT NULL)"
          : "CREATE TEMP TABLE IF NOT EXISTS fl_stage (seq INTEGER NOT NULL, line INTEGER NOT NULL, date "
            "TEXT "
            "NOT NULL, row BLOB NOT NULL)");
  db_.exec("DELETE FROM fl_stage");
  insert_ = db_.prepare("INSERT INTO fl_stage (seq, line, date, row) VALUES (?, ?, ?, ?)");
}

SqliteSortSpill::~SqliteSortSpill() {
  try {
    insert_ = Stmt();
    db_.exec("DELETE FROM fl_stage");
  } catch (...) {  // a scratch table; it goes with the connection anyway
  }
}

void SqliteSortSpill::add(std::string_view sort_key, long line, std::string_view payload) {
  insert_.bind(1, ++added_).bind(2, static_cast<std::int64_t>(line)).bind(3, sort_key).bind_blob(4, payload);
  insert_.run();
}

void SqliteSortSpill::for_each(bool as_added, const std::function<void(long, std::string_view)>& fn) {
  auto sel = db_.prepare(as_added ? "SELECT line, row FROM fl_stage ORDER BY seq"
                                  : "SELECT line, row FROM fl_stage ORDER BY date, line");
  while (sel.step()) {
    std::string row = sel.blob(1);
    fn(static_cast<long>(sel.int64(0)), row);
  }
}

}  // namespace fundledger::store
