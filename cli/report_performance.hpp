// `report performance --year Y [--as-of D]`: the performance self-assessment of the year's projects
// (engine/projects/performance.hpp) as three tables — indicators, scores, physical totals — in
// text, CSV (the tables one after another, a blank line between) or JSON.
#pragma once

#include <string>

#include "cli/cli.hpp"

namespace fundledger::cli {

int print_performance(const Globals& g, int year, const std::string& as_of);

}  // namespace fundledger::cli
