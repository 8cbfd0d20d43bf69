// The SQLite driver behind Db and Stmt (db.hpp): one sqlite3 connection, its prepared statements.
#pragma once

#include <memory>

#include "store/sqlite/db.hpp"

struct sqlite3;

namespace fundledger::store {

// Takes ownership of an open connection (closed when the Connection is destroyed).
std::unique_ptr<Connection> sqlite_connection(sqlite3* db, std::string path);

}  // namespace fundledger::store
