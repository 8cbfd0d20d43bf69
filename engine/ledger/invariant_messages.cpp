// The catalogue of the invariants' messages (English today; the Chinese catalogue builds on it).
#include <fmt/args.h>
#include <fmt/format.h>

#include "ledger/invariants.hpp"

namespace fundledger::ledger {

namespace {

// {0}, {1}, ...: the violation's facts in order.
const char* message_of(Invariant i, std::size_t facts) {
  switch (i) {
    case Invariant::lot_overspent:
      return facts > 2 ? "lot {0} was overspent on {2}: it paid {3} with {4} available as of that date "
                         "(balance now {1})"
                       : "lot {0} is overspent: balance {1}";
    case Invariant::source_over_allocated:
      return facts > 3 ? "source {0} was over-allocated on {3}: {4} allocated with {5} unallocated as of "
                         "that date ({2} of {1})"
                       : "source {0} is over-allocated: {2} of {1}";
    case Invariant::payment_misattributed:
      return "payment {0} of {1} is attributed {2}";
    case Invariant::allocation_unmatched:
      return "allocation {0} does not match its flow";
    case Invariant::budget_unbalanced:
      return "budget {0} lines do not sum to its total";
  }
  return "invariant broken";
}

}  // namespace

std::string describe(const Violation& v) {
  fmt::dynamic_format_arg_store<fmt::format_context> args;
  for (const auto& f : v.facts) args.push_back(f);
  return fmt::vformat(message_of(v.invariant, v.facts.size()), args);
}

}  // namespace fundledger::ledger
