// ReportReads: what the report tables (monthly workbook, disclosure) read.
// Typed parameters in, typed rows out; implemented by each storage backend (engine/store/sqlite/).
#pragma once

#include "calendar/calendar.hpp"
#include "money/money.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fundledger::store {

class ReportReads {
 public:
  virtual ~ReportReads() = default;
};

}  // namespace fundledger::store
