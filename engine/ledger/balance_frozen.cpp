// Balances and freezes of quota (balance_frozen.hpp).
#include "ledger/balance_frozen.hpp"

#include <map>

#include "ledger/balance_held_back.hpp"
#include "ledger/freezes.hpp"

namespace fundledger::ledger {

namespace {

// The row's key of a freeze in a balance `by`: its document, its source's category, its line.
std::optional<std::string> key_of(store::LedgerReads& reads, BalanceBy by, const FreezeState& f) {
  if (by == BalanceBy::earmark)
    return f.scope == "line" ? std::optional(std::to_string(f.fiscal_year) + "/" + f.target) : std::nullopt;
  if (f.scope != "source") return std::nullopt;
  if (by == BalanceBy::source) return f.target;
  auto s = reads.find_source(f.target);
  return s ? std::optional(s->category) : std::nullopt;
}

std::string row_key(BalanceBy by, const BalanceRow& r) {
  return by == BalanceBy::earmark ? std::to_string(r.fiscal_year.value_or(0)) + "/" + r.key : r.key;
}

}  // namespace

void add_frozen(store::Repository& repo, Balance& b, const calendar::Date& as_of) {
  auto& reads = repo.ledger();
  std::map<std::string, Money> held;
  for (const auto& f : freezes_as_of(reads.quota_freezes(std::nullopt), as_of)) {
    if (!f.held().is_positive() || (b.year && f.fiscal_year != *b.year)) continue;
    if (auto key = key_of(reads, b.by, f)) held[*key] += f.held();
  }
  if (held.empty()) return;
  add_held_back(b, "frozen", "allocated", held, [&](const BalanceRow& r) { return row_key(b.by, r); });
}

}  // namespace fundledger::ledger
