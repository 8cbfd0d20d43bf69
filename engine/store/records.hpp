// What a write to the ledger carries besides its entries: the import run that records them, and
// the running totals (derived tables that reports read; `verify` checks them against the flows).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "money/money.hpp"

namespace fundledger::store {

struct ImportInfo {
  std::string kind;
  std::string file_name;
  std::string file_sha256;  // hex
  std::string operator_name;
  std::string recorded_at;  // ISO 8601, from the CLI's clock
  std::optional<std::string> override_reason;
};

// The running totals, one table each: per earmark and day, town and day, source and day, town and
// month, earmark x source and month. Their keys and what they sum are the ledger's business
// (engine/ledger/running_totals.cpp); the store only adds.
enum class TotalTable { earmark_day, town_day, source_day, town_month, flow_month };

// An amount to add to one running total. name: the earmark, town ("" for none) or source;
// name2: the source (flow_month only); period: YYYY-MM-DD or YYYY-MM; fiscal_year unused by
// source_day.
struct RunningTotal {
  TotalTable table;
  int fiscal_year = 0;
  std::string name, name2, period;
  Money alloc, pay;
  std::int64_t first_entry = 0;  // verify's recount: the first entry whose flows feed it (0: unknown)
};

}  // namespace fundledger::store
