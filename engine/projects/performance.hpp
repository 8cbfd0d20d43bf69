// engine/projects — the performance self-assessment (绩效自评) of a year's projects: each indicator's
// latest result and completion, each project's score, and the physical totals by category and town.
// Exact throughout (Rational); the weights come from the rules (rules::performance_weights).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "entries/entries.hpp"
#include "store/repository.hpp"

namespace fundledger::projects {

// The score's weights per part, out of 100: the mean completion of the output, benefit and
// satisfaction indicators, and spending progress (paid ÷ investment). The defaults follow the usual
// 绩效自评表: output 50, benefit 30, satisfaction 10, spending 10.
struct Weights {
  long output = 50, benefit = 30, satisfaction = 10, spending = 10;
  std::optional<std::string> rule_id;  // the performance_weights rule they come from (none: defaults)
};

struct IndicatorResult {
  entries::Target target;
  std::optional<entries::TargetResult> result;  // the latest on or before the report's date
  Rational completion;                          // 0 to 1; 0 without a result
};

struct ProjectScore {
  entries::Project project;
  std::vector<IndicatorResult> indicators;
  Money paid;                               // paid from the year's money by the report's date
  std::optional<Rational> spending;         // min(paid ÷ investment, 1); none: investment 0
  std::map<std::string, Rational> by_kind;  // a kind's mean completion; only kinds with indicators
  std::optional<Rational> score;            // 0 to 100; none: no part to score
};

// The latest results of the indicators of one unit (户, 亩, 公里, 人) of a category's projects in a town.
struct PhysicalTotal {
  std::string category, town;
  std::map<std::string, Rational> by_unit;
};

struct Performance {
  int year = 0;
  calendar::Date as_of;
  Weights weights;
  std::vector<ProjectScore> projects;  // planned for the year by as_of, by project_id
  std::vector<PhysicalTotal> totals;   // by category (the list's order), then town
};

// The units rolled up as physical totals: 户, 亩, 公里, 人.
const std::vector<std::string>& physical_units();

// Completion of an indicator by a measured value: for >= the value ÷ planned, for <= planned ÷
// value, at most 1 (a planned 0 of >=, or a value 0 of <=, is met).
Rational completion(const entries::Target& t, const Rational& value);

// The score of the parts a project has: 100 × Σ weight × completion ÷ Σ weight, over the kinds
// that have indicators and spending when the investment is not 0 (a part it lacks does not count).
std::optional<Rational> score_of(const ProjectScore& p, const Weights& w);

Performance performance(store::Repository& repo, int year, const calendar::Date& as_of, const Weights& w);

}  // namespace fundledger::projects
