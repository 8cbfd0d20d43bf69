// AuditReads: what the audit checks and the traces read.
// Typed parameters in, typed rows out; implemented by each storage backend (engine/store/sqlite/).
#pragma once

#include "calendar/calendar.hpp"
#include "money/money.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fundledger::store {

class AuditReads {
 public:
  virtual ~AuditReads() = default;
};

}  // namespace fundledger::store
