// `report carryover --year Y [--month M]`: what the close of Y carried (年终结转, ledger/year_end.hpp),
// per fiscal year of money, source and earmark — carried, used since, left, years carried, status
// (结转 / 待收回 / 已用完) — as of the end of month M (default this month), in text, CSV or JSON.
#pragma once

#include <string>

#include "cli/cli.hpp"

namespace fundledger::cli {

int print_carryover(const Globals& g, int year, const std::string& month);

}  // namespace fundledger::cli
