// The performance_weights rule: the weights of `report performance`'s score (rules.hpp).
#include "rules/rules.hpp"

namespace fundledger::rules {

projects::Weights performance_weights(store::Repository& repo, int year) {
  projects::Weights w;
  std::optional<Rule> chosen;
  for (auto& r : current_rules(repo)) {
    if (r.kind != "performance_weights" || !r.applies(year)) continue;
    if (!chosen || r.from.value_or(0) > chosen->from.value_or(0)) chosen = std::move(r);
  }
  if (!chosen) return w;
  w.output = chosen->weights.at("output");
  w.benefit = chosen->weights.at("benefit");
  w.satisfaction = chosen->weights.at("satisfaction");
  w.spending = chosen->weights.at("spending");
  w.rule_id = chosen->id;
  return w;
}

}  // namespace fundledger::rules
