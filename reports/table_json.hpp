// JSON rendering of a report table (kept apart from table.hpp so that only users of JSON pull in
// nlohmann-json).
#pragma once

#include <nlohmann/json.hpp>

#include "reports/table.hpp"

namespace fundledger::reports {

// {"title", "columns": [{"key", "zh", "en", "type"}], "rows": [{key: value}], "total": {...}|null}.
// Money: strings in yuan with two decimals ("40000000.00"); ratios: strings with four decimals
// of the ratio ("0.4523"); integers: numbers; empty cells: null.
nlohmann::json table_json(const Table& t);

}  // namespace fundledger::reports
