// Balances and reductions of sources (balance_reduced.hpp).
#include "ledger/balance_reduced.hpp"

#include <map>

#include "ledger/balance_held_back.hpp"
#include "store/ledger_reads.hpp"

namespace fundledger::ledger {

void add_reduced(store::Repository& repo, Balance& b, const calendar::Date& as_of) {
  auto& reads = repo.ledger();
  std::map<std::string, Money> taken;
  for (const auto& row : reads.source_reductions(std::nullopt)) {
    const auto& r = row.reduction;
    if (r.date > as_of || (b.year && r.fiscal_year != *b.year)) continue;
    if (b.by == BalanceBy::source) {
      taken[r.source_doc] += r.amount;
    } else if (auto s = reads.find_source(r.source_doc)) {
      taken[s->category] += r.amount;
    }
  }
  if (taken.empty()) return;
  add_held_back(b, "reduced", "amount", taken, [](const BalanceRow& r) { return r.key; });
}

void add_settled(store::Repository& repo, Balance& b, const calendar::Date& as_of) {
  auto& reads = repo.ledger();
  std::map<std::string, Money> given;
  for (const auto& row : reads.advance_settlements(std::nullopt)) {
    const auto& a = row.settlement;
    auto s = reads.find_source(a.source_doc);
    if (a.date > as_of || !s || (b.year && s->fiscal_year != *b.year)) continue;
    given[b.by == BalanceBy::source ? a.source_doc : s->category] += a.amount;
  }
  if (given.empty()) return;
  add_held_back(b, "settled", "amount", given, [](const BalanceRow& r) { return r.key; });
}

}  // namespace fundledger::ledger
