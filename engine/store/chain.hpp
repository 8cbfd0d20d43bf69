// The result of re-checking the journal's hash chain (Repository::verify_chain).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace fundledger::store {

struct VerifyResult {
  bool ok = true;
  std::int64_t entries = 0;
  std::string head_hex;
  std::optional<std::int64_t> first_bad_entry;
  std::string reason;
  std::string hash_of_entry_hex;  // the recomputed hash of the entry asked for (verify_chain's argument)
};

// The chain's head as stored: the number of entries and the last one's hash (hex). What a report
// prints for its reader to keep; `verify --head N:HEX` later proves the ledger still holds it.
struct ChainHead {
  std::int64_t entries = 0;
  std::string head_hex;
};

}  // namespace fundledger::store
