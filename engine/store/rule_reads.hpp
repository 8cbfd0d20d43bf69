// RuleReads: what the funding rules, the rules gate and the budget plans read.
// Typed parameters in, typed rows out; implemented by each storage backend (engine/store/sqlite/).
#pragma once

#include "calendar/calendar.hpp"
#include "money/money.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fundledger::store {

class RuleReads {
 public:
  virtual ~RuleReads() = default;
};

}  // namespace fundledger::store
