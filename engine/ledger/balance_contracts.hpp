// Balances and contracts (balance_contracts.cpp).
#pragma once

#include "ledger/balance.hpp"

namespace fundledger::ledger {

// Adds the column `committed` (what open contracts still commit on `as_of`) to a balance by earmark
// (before `available`, which becomes allocated − paid − committed) or by project; nothing when the
// ledger has no contracts of the balance's year.
void add_committed(store::Repository& repo, Balance& b, const calendar::Date& as_of);
// A balance by project where the ledger keeps a project library: payments and allocations that name
// a library project by its name (unique in the library) are counted in its id's row, and a library
// project's row shows its name. Keys the library does not know stay rows of their own.
void merge_library_projects(store::Repository& repo, Balance& b);
// One row per contract signed by `as_of`: its amount, what its payments drew, what it still commits.
Balance balance_by_contract(store::Repository& repo, std::optional<int> year, const calendar::Date& as_of);

}  // namespace fundledger::ledger
