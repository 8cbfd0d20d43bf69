// LoanReads: what the loan register and the interest subsidy read.
// Typed parameters in, typed rows out; implemented by each storage backend (engine/store/sqlite/).
#pragma once

#include "calendar/calendar.hpp"
#include "money/money.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fundledger::store {

class LoanReads {
 public:
  virtual ~LoanReads() = default;
};

}  // namespace fundledger::store
