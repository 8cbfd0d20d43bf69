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
};

}  // namespace fundledger::store
