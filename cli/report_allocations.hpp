// `report allocations`: where the money was allocated — per source category, earmark and town, the net
// allocations through a day. The dashboard's 分配使用图 draws its flow (a Sankey) from this table.
#pragma once

#include <string>

#include "cli/cli.hpp"
#include "cli/report_progress.hpp"

namespace fundledger::cli {

int print_allocations(const Globals& g, const std::string& as_of, int year);

// Adds `report allocations [--as-of D] [--year Y]` to `report`, its options into `a`.
CLI::App* add_allocations_command(CLI::App& report, ProgressArgs& a);

}  // namespace fundledger::cli
