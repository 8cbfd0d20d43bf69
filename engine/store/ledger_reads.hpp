// LedgerReads: what the ledger's write path and its balances read.
// Typed parameters in, typed rows out; implemented by each storage backend (engine/store/sqlite/).
#pragma once

#include "calendar/calendar.hpp"
#include "money/money.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fundledger::store {

class LedgerReads {
 public:
  virtual ~LedgerReads() = default;
};

}  // namespace fundledger::store
