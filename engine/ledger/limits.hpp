// The ledger's limits, named in one place (SQLite style): what a bad or huge input may cost.
#pragma once

#include <cstddef>

namespace fundledger::ledger {

// CSV input: one field, and fields (columns) in one row, header included. A row wider than
// kMaxRowFields is an error at its column kMaxRowFields + 1 (nothing is imported), never cut
// short: a header of 300 columns (a clerk's sheet with many extra columns) is read whole.
inline constexpr std::size_t kMaxFieldBytes = 64 * 1024;
inline constexpr std::size_t kMaxRowFields = 1024;
// A workbook's shared strings (the text of an .xlsx, held while its sheet is streamed): a larger
// table is refused rather than held.
inline constexpr std::size_t kMaxSharedStringBytes = 256 * 1024 * 1024;
// Diagnostics kept per import; past this, errors are counted, not kept (a bad 10^6-row file must
// not use unbounded memory).
inline constexpr std::size_t kMaxDiagnosticsKept = 1000;
// Rows of an import held in memory to be put in date order; past this they go to the store's
// sort spill, so memory does not grow with the file.
inline constexpr std::size_t kSpillRows = 10000;
// Households looked up one at a time are cached up to this many.
inline constexpr std::size_t kHouseholdCacheMax = 20000;
// After this many register lookups an import loads the register (if it has at most
// kHouseholdRegisterMax households: about 51 MB, a province) instead of querying it per payment.
inline constexpr std::size_t kHouseholdLookupsBeforeLoad = 5000;
inline constexpr std::size_t kHouseholdRegisterMax = 3'000'000;
// Distinct running-total keys held before the write stage hands them to the store.
inline constexpr std::size_t kRunningTotalsFlushAt = 16384;

}  // namespace fundledger::ledger
