// The invariants' messages: each violation's facts, in order, named for the catalogue
// (engine/text/catalogue/ledger.inc, ledger.* ids).
#include <fmt/args.h>
#include <fmt/format.h>

#include "base/assert.hpp"
#include "ledger/invariants.hpp"
#include "text/text.hpp"

namespace fundledger::ledger {

namespace {

struct Wording {
  const char* id;
  std::vector<const char*> fields;  // the names of the violation's facts, in order
};

Wording wording_of(Invariant i, std::size_t facts) {
  switch (i) {
    case Invariant::lot_overspent:
      return facts > 2 ? Wording{"ledger.lot_overspent_on", {"lot", "balance", "date", "paid", "available"}}
                       : Wording{"ledger.lot_overspent", {"lot", "balance"}};
    case Invariant::source_over_allocated:
      return facts > 3 ? Wording{"ledger.source_over_allocated_on",
                                 {"source", "amount", "allocated", "date", "allocating", "unallocated"}}
                       : Wording{"ledger.source_over_allocated", {"source", "amount", "allocated"}};
    case Invariant::payment_misattributed:
      return {"ledger.payment_misattributed", {"voucher", "amount", "attributed"}};
    case Invariant::allocation_unmatched:
      return {"ledger.allocation_unmatched", {"voucher"}};
    case Invariant::budget_unbalanced:
      return {"ledger.budget_unbalanced", {"year"}};
    case Invariant::entry_in_closed_period:
      return {"ledger.entry_in_closed_period", {"kind", "key", "date", "through"}};
    case Invariant::advance_over_settled:
      return {"ledger.advance_over_settled", {"advance", "amount", "settled"}};
    case Invariant::line_over_allocated:
      switch (facts) {  // with `frozen` last when some of the line is frozen
        case 8:
          return {"ledger.line_over_allocated_frozen",
                  {"year", "earmark", "name", "budget", "allocated", "amount", "over", "frozen"}};
        case 7:
          return {"ledger.line_over_allocated",
                  {"year", "earmark", "name", "budget", "allocated", "amount", "over"}};
        case 6:
          return {"ledger.line_below_allocated_frozen",
                  {"year", "earmark", "name", "budget", "allocated", "frozen"}};
        default:
          return {"ledger.line_below_allocated", {"year", "earmark", "name", "budget", "allocated"}};
      }
  }
  FL_ASSERT(false, "an invariant without a message");
  return {};
}

}  // namespace

std::string describe(const Violation& v) {
  Wording w = wording_of(v.invariant, v.facts.size());
  FL_ASSERT(w.fields.size() == v.facts.size(), "a violation's facts are the ones its message names");
  fmt::dynamic_format_arg_store<fmt::format_context> args;
  for (std::size_t k = 0; k < w.fields.size() && k < v.facts.size(); ++k)
    args.push_back(fmt::arg(w.fields[k], v.facts[k]));
  return fmt::vformat(text::pattern(w.id, text::language()), args);
}

}  // namespace fundledger::ledger
