// Opening a county's ledger on a PostgreSQL server (a URI postgresql://… or postgres://…, or a
// libpq connection string "host=… dbname=…"): each county is a schema `county_CODE` of one
// database, with its own journal and hash chain.
#pragma once

#include <string>

#include "store/sqlite/db.hpp"

namespace fundledger::store {

// Whether `location` names a PostgreSQL server rather than a SQLite file.
bool is_postgres_location(const std::string& location);
// The location without its password (for messages; never stored).
std::string redact_location(const std::string& location);
// create: makes the county's schema (refused if it exists) and its tables; read_write/read_only:
// the county must exist (LedgerPathError otherwise). Read-only sessions are read-only on the server.
Db open_postgres(const std::string& location, const std::string& county, OpenMode mode);
// The county codes of the database's ledgers (schemas county_CODE), sorted.
std::vector<std::string> postgres_counties(const std::string& location);

}  // namespace fundledger::store
