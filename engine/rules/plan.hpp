// Budget planning under the growth rule, and budget revision history (调整) with diffs.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "money/money.hpp"
#include "store/repository.hpp"

namespace fundledger::rules {

// A plan cannot be made (no base budget, no growth rule and no --growth): a usage problem.
class PlanError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct PlanLine {
  std::string code, name, purpose, attribution;
  Money amount;
  bool remainder = false;
};
struct PlanYear {
  int fiscal_year = 0;
  std::string code;
  Money total;
  std::vector<PlanLine> lines;
};
struct Plan {
  int base_year = 0;
  std::string base_code, name, funded_by, attribution;
  Money base_total;
  Rational growth;
  std::optional<std::string> rule_id;  // the growth rule the rate came from, when not given
  // The growth rule in force for the first planned year (the highest rate), given or not: a rate
  // given below it plans budgets that break it.
  std::optional<std::string> rule_in_force;
  Rational rule_rate;
  std::vector<PlanYear> years;
};

// Each year's total is the previous one × (1 + growth), rounded half-up to the fen; its lines are
// the base year's lines scaled with largest-remainder rounding, so they sum exactly to it.
// Without `growth`, the rate is the highest growth rule on the base budget's funded_by category
// (basis budget) in effect in the first planned year. Throws PlanError.
Plan make_plan(store::Repository& repo, int base_year, int years, std::optional<Rational> growth);

// The plan year as a budget TOML file that `import budget` accepts as it is, its comments in the
// run's language; the document number (doc_no) is left as a commented line to fill in.
std::string plan_year_toml(const Plan& p, const PlanYear& y);

struct BudgetRevision {
  int revision = 0;
  std::string code, name, funded_by, recorded_at, operator_name;
  Money total;
  std::optional<std::string> doc_no, reason, override_reason;
  std::optional<entries::QuotaOp> quota;  // set when a transfer or reduction made it
  std::vector<PlanLine> lines;
};
// All revisions of a fiscal year's budget, oldest first (empty when none).
std::vector<BudgetRevision> budget_history(store::Repository& repo, int year);

struct LineChange {
  std::string code, name, change;  // change: added | removed | changed | same
  std::optional<Money> from, to;
};
struct BudgetDiff {
  int year = 0;
  BudgetRevision from, to;
  std::vector<LineChange> lines;
};
// Throws PlanError when a revision does not exist.
BudgetDiff budget_diff(store::Repository& repo, int year, int from_rev, int to_rev);

}  // namespace fundledger::rules
