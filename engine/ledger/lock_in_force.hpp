// The lock of the ledger's periods in force (ledger/periods.hpp): the day it closes through and the
// entry that set it.
#pragma once

#include <optional>
#include <string>

#include "calendar/calendar.hpp"

namespace fundledger::ledger {

struct LockInForce {
  calendar::Date through;
  calendar::Date locked_on;
  std::string recorded_at, operator_name;
  std::optional<std::string> reason, doc_no;
};

}  // namespace fundledger::ledger
