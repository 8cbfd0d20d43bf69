// balance --by payee on SQLite: the sums per payee of one period, summed in memory.
#pragma once

#include <optional>
#include <vector>

#include "store/ledger_reads.hpp"
#include "store/sqlite/db.hpp"

namespace fundledger::store {

// Per payee: the pay flows of the period (date <= as_of, of `year` when given) summed, flow_row's
// and the lean payments', with the name on the payee's latest payment (any date; of the payments
// on that latest date, the first recorded). Rows of the payees paid in the period, and of each
// payee_id of flow_row's pay flows in it (NULL too); ordered by payee_id (bytes), NULL last.
std::vector<PlaceBalanceRow> payee_balances(Db& db, std::optional<int> year, const Date& as_of);

}  // namespace fundledger::store
