// Copying a whole ledger's rows from one connection to another, whatever their backends: a
// county's SQLite file onto a PostgreSQL server (`fundledger copy`), and a server's county into a
// SQLite file (the audit package's snapshot). The tables and columns are the same on both
// (schemas/ and schemas/pg/); the copy keeps every id and hash, so the chain verifies the same.
#pragma once

#include "store/sqlite/db.hpp"

namespace fundledger::store {

// Copies every journaled row and running total of `from` into the empty ledger `to`, inside the
// caller's transaction on `to`. Refuses (StoreError) a target that already holds entries, or one
// whose chain form (chain_form) differs from the source's.
void copy_rows(Db& from, Db& to);

}  // namespace fundledger::store
