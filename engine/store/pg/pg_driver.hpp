// The PostgreSQL driver behind Db and Stmt (sqlite/db.hpp), on libpq: one connection whose
// search_path is one county's schema, so the same SQL reads and writes that county's ledger.
#pragma once

#include <memory>
#include <string>

#include "store/sqlite/db.hpp"

struct pg_conn;

namespace fundledger::store {

// Takes ownership of an open connection (finished when the Connection is destroyed). `where` names
// the ledger in messages (the server's address without password, and the county).
std::unique_ptr<Connection> pg_connection(pg_conn* conn, std::string where);

// Words for a failed statement from its SQLSTATE: busy (lock timeout), disk full, read-only,
// connection lost; other failures as the server said them.
std::string explain_pg(const std::string& sqlstate, const std::string& msg);

// libpq's message without its trailing newline and spaces.
std::string libpq_message(const char* msg);

}  // namespace fundledger::store
