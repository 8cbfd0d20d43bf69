// trace --asset A (engine/audit/trace_asset.hpp) in text, csv and json.
#pragma once

#include <string>

#include "cli/cli.hpp"

namespace fundledger::cli {

int print_trace_asset(Globals& g, store::Repository& repo, const std::string& asset_id);

}  // namespace fundledger::cli
