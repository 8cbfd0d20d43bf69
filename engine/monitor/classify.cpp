// The level and violation category of each kind of finding (warnings.hpp classify): the defaults
// below, which a rule's `level` / `violation` replace.
#include <map>

#include "monitor/warnings.hpp"

namespace fundledger::monitor {
namespace {

struct Default {
  const char* violation;
  const char* level = nullptr;  // none: by severity (error 橙, warn 黄)
};

// Why these: the platforms' categories (rules/warning_class.hpp) for what each check finds. Red for
// what auditors treat as the gravest: the journal altered, money paid twice, money diverted.
const std::map<std::string, Default>& defaults() {
  static const std::map<std::string, Default> m = {
      {"chain_broken", {"bad_data", "red"}},
      {"duplicate_payment", {"false_claims", "red"}},
      {"forbidden_use", {"diversion", "red"}},
      {"payee_not_registered", {"false_claims"}},
      {"cap_exceeded", {"scope_standard"}},
      {"ceiling_exceeded", {"scope_standard"}},
      {"project_outside_plan", {"scope_standard"}},
      {"contract_overdrawn", {"scope_standard"}},
      {"line_exceeded", {"scope_standard"}},
      {"period_unlocked", {"other"}},
      {"quota_frozen_long", {"idle"}},
      {"carryover_stale", {"idle"}},
      {"advance_unsettled", {"late_budget"}},
      {"npl_ratio_exceeded", {"other"}},
      {"quota_round_trip", {"scope_standard"}},
      {"late_allocation", {"late_budget"}},
      {"late_registration", {"late_budget"}},
      {"late_payment", {"idle"}},
      {"idle_funds", {"idle"}},
      {"dormant_balance", {"idle"}},
      {"project_unpaid", {"idle"}},
      {"project_execution_low", {"idle"}},
      {"paid_to_government", {"idle"}},
      {"invalid_id_number", {"bad_data"}},
      {"project_no_asset", {"bad_data"}},
      {"asset_over_cost", {"bad_data"}},
      {"growth_below_min", {"other"}},
      {"floor_not_met", {"other"}},
      {"share_below_min", {"other"}},
      {"year_end_rush", {"other"}},
      {"lag_not_judged", {"other", "blue"}},
  };
  return m;
}

}  // namespace

Classes classify(const rules::Finding& f, const std::vector<rules::Rule>& rules_in_force) {
  Classes c{f.severity == rules::Severity::error ? "orange" : "yellow", "other"};
  if (auto it = defaults().find(f.code); it != defaults().end()) {
    c.violation = it->second.violation;
    if (it->second.level) c.level = it->second.level;
  }
  // A finding recorded with --override was accepted by the bureau with its reason: for information.
  if (f.overridden) c.level = "blue";
  for (const auto& r : rules_in_force) {
    bool names_it = f.rule ? r.id == *f.rule : (r.kind == "audit_check" && r.check == f.code);
    if (!names_it) continue;
    if (r.level) c.level = *r.level;
    if (r.violation) c.violation = *r.violation;
  }
  return c;
}

}  // namespace fundledger::monitor
