// The performance_weights and progress_bands rules: the weights of `report performance`'s score and
// the bands of `report progress` (rules.hpp).
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

ProgressBands progress_bands(store::Repository& repo, int year) {
  ProgressBands b;
  std::optional<Rule> chosen;
  for (auto& r : current_rules(repo)) {
    if (r.kind != "progress_bands" || !r.applies(year)) continue;
    if (!chosen || r.from.value_or(0) > chosen->from.value_or(0)) chosen = std::move(r);
  }
  if (!chosen) return b;
  b.red = chosen->weights.at("red");
  b.yellow = chosen->weights.at("yellow");
  b.rule_id = chosen->id;
  return b;
}

}  // namespace fundledger::rules
