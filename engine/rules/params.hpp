// Rules files: the parameters of each kind of rule (params.cpp), as rules.cpp reads a [[rule]] table.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "rules/rules.hpp"

namespace fundledger::rules::detail {

using ErrFn = std::function<void(const std::string& key, const std::string& msg)>;

// Fills the typed parameters of `r` from its params object (the keys of its [[rule]] table other
// than the header); reports unknown kinds, missing, extra and ill-typed parameters through err.
void build_params(Rule& r, const nlohmann::json& params, const std::set<std::string>& known_categories,
                  const ErrFn& err);

}  // namespace fundledger::rules::detail
