// The ledger's invariants over the stored data, as `verify` checks them (the apply stage checks
// the same rules entry by entry as it records them: apply_payments.cpp, apply_corrections.cpp).
#include <algorithm>

#include "ledger/ledger.hpp"

namespace fundledger::ledger {

namespace {

std::string yuan(const std::string& fen) { return format_yuan(Money::from_fen(std::stoll(fen))); }

using Facts = std::vector<std::string>;

void collect(std::vector<InvariantViolation>& out, const std::vector<store::StoredViolation>& found,
             std::string (*message)(const Facts&)) {
  for (const auto& v : found) out.push_back({v.entry_id, message(v.facts)});
}

std::string overspent_lot(const Facts& f) { return "lot " + f[0] + " is overspent: balance " + yuan(f[1]); }
std::string over_allocated_source(const Facts& f) {
  return "source " + f[0] + " is over-allocated: " + yuan(f[2]) + " of " + yuan(f[1]);
}
std::string misattributed_payment(const Facts& f) {
  return "payment " + f[0] + " of " + yuan(f[1]) + " is attributed " + yuan(f[2]);
}
std::string unmatched_allocation(const Facts& f) { return "allocation " + f[0] + " does not match its flow"; }
std::string unbalanced_budget(const Facts& f) { return "budget " + f[0] + " lines do not sum to its total"; }
std::string stale_earmark_day(const Facts& f) {
  return "daily totals of earmark " + f[0] + "/" + f[1] + " on " + f[2] + " disagree with the flows";
}
std::string stale_town_day(const Facts& f) {
  return "daily totals of town '" + f[1] + "' on " + f[2] + " disagree with the flows";
}
std::string stale_source_day(const Facts& f) {
  return "daily totals of source " + f[0] + " on " + f[1] + " disagree with the flows";
}
std::string stale_town_month(const Facts& f) {
  return "monthly totals of town '" + f[1] + "' in " + f[2] + " disagree with the flows";
}
std::string stale_flow_month(const Facts& f) {
  return "monthly totals of earmark " + f[1] + " from source " + f[2] + " in " + f[3] +
         " disagree with the flows";
}

}  // namespace

std::vector<InvariantViolation> check_invariants(store::Repository& repo) {
  auto& reads = repo.ledger();
  std::vector<InvariantViolation> out;
  // A lot overspent: its balance after all its flows is negative; named: the entry after which
  // its balance first went negative.
  collect(out, reads.overspent_lots(), overspent_lot);
  collect(out, reads.over_allocated_sources(), over_allocated_source);
  collect(out, reads.misattributed_payments(), misattributed_payment);
  collect(out, reads.unmatched_allocations(), unmatched_allocation);
  // The running totals must agree with the flows they summarise.
  collect(out, reads.stale_running_totals(store::TotalTable::earmark_day), stale_earmark_day);
  collect(out, reads.stale_running_totals(store::TotalTable::town_day), stale_town_day);
  collect(out, reads.stale_running_totals(store::TotalTable::source_day), stale_source_day);
  collect(out, reads.stale_running_totals(store::TotalTable::town_month), stale_town_month);
  collect(out, reads.stale_running_totals(store::TotalTable::flow_month), stale_flow_month);
  collect(out, reads.unbalanced_budgets(), unbalanced_budget);
  // Several invariants broken: the ledger's first bad entry is the smallest entry named, whichever
  // check named it; violations that name no entry come last. Stable: ties keep the checks' order.
  std::stable_sort(out.begin(), out.end(), [](const InvariantViolation& a, const InvariantViolation& b) {
    if (a.entry_id.has_value() != b.entry_id.has_value()) return a.entry_id.has_value();
    return a.entry_id < b.entry_id;
  });
  return out;
}

}  // namespace fundledger::ledger
