// The rules that set a report's parameters: the one in force for a year (rules.hpp), the weights of
// `report performance`'s score and the bands of `report progress`.
#include "rules/rules.hpp"

namespace fundledger::rules {

std::optional<Rule> rule_in_force(store::Repository& repo, const std::string& kind, int year) {
  std::optional<Rule> chosen;
  for (auto& r : current_rules(repo)) {
    if (r.kind != kind || !r.applies(year)) continue;
    if (!chosen || r.from.value_or(0) > chosen->from.value_or(0)) chosen = std::move(r);
  }
  return chosen;
}

projects::Weights performance_weights(store::Repository& repo, int year) {
  projects::Weights w;
  const auto chosen = rule_in_force(repo, "performance_weights", year);
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
  const auto chosen = rule_in_force(repo, "progress_bands", year);
  if (!chosen) return b;
  b.red = chosen->weights.at("red");
  b.yellow = chosen->weights.at("yellow");
  b.rule_id = chosen->id;
  return b;
}

}  // namespace fundledger::rules
