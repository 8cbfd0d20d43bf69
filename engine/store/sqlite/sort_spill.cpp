#include "store/sqlite/sort_spill.hpp"

namespace fundledger::store {

SqliteSortSpill::SqliteSortSpill(Db& db) : db_(db) {
  db_.exec(
      "CREATE TEMP TABLE IF NOT EXISTS fl_stage (line INTEGER NOT NULL, date TEXT NOT NULL, row BLOB NOT "
      "NULL)");
  db_.exec("DELETE FROM temp.fl_stage");
  insert_ = db_.prepare("INSERT INTO temp.fl_stage (line, date, row) VALUES (?, ?, ?)");
}

SqliteSortSpill::~SqliteSortSpill() {
  try {
    insert_ = Stmt();
    db_.exec("DELETE FROM temp.fl_stage");
  } catch (...) {  // a scratch table; it goes with the connection anyway
  }
}

void SqliteSortSpill::add(std::string_view sort_key, long line, std::string_view payload) {
  insert_.bind(1, static_cast<std::int64_t>(line)).bind(2, sort_key).bind_blob(3, payload);
  insert_.run();
}

void SqliteSortSpill::for_each(bool as_added, const std::function<void(long, std::string_view)>& fn) {
  auto sel = db_.prepare(as_added ? "SELECT line, row FROM temp.fl_stage ORDER BY rowid"
                                  : "SELECT line, row FROM temp.fl_stage ORDER BY date, line");
  while (sel.step()) {
    std::string row = sel.blob(1);
    fn(static_cast<long>(sel.int64(0)), row);
  }
}

}  // namespace fundledger::store
