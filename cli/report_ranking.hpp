// `report ranking --months A..B`: 每两个月考核排名 — the towns ranked over months A to B of one year
// (reports/ranking.hpp) on spending progress against 序时进度 at the period's end, the warnings open
// then (engine/monitor), and the mean days money waited from allocation to payment in the period;
// weights from the ranking_weights rule in force for the year, else the defaults. Text, CSV or JSON.
#pragma once

#include <string>

#include "cli/cli.hpp"

namespace fundledger::cli {

int print_ranking(const Globals& g, const std::string& months);

}  // namespace fundledger::cli
