// The rule kind project_in_library at the import gate: a payment naming a project must go to a
// project planned for the payment's year and not yet accepted or withdrawn (projects.hpp).
#pragma once

#include <optional>
#include <vector>

#include "ledger/ledger.hpp"
#include "projects/projects.hpp"
#include "rules/rules.hpp"

namespace fundledger::rules {

class ProjectCheck {
 public:
  explicit ProjectCheck(store::Repository& repo) : repo_(repo) {}
  // Adds a finding of `r` to `out` when `d` names a project money may not go to.
  void judge(const Rule& r, const ledger::PendingDisbursement& d, std::vector<ledger::GateFinding>& out);

 private:
  store::Repository& repo_;
  std::optional<projects::Library> library_;  // loaded at the first payment naming a project
};

}  // namespace fundledger::rules
