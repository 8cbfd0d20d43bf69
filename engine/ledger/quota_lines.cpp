// A year's budget lines on a day (quota_lines.hpp).
#include "ledger/quota_lines.hpp"

#include <utility>

namespace fundledger::ledger {

void as_they_stood(store::LedgerReads& reads, std::vector<EarmarkLine>& lines, const Date& on) {
  std::map<std::pair<int, std::string>, Money> undo;
  for (const auto& q : reads.quota_ops(std::nullopt)) {
    if (q.op.date <= on) continue;
    undo[{q.fiscal_year, q.op.from}] += q.op.amount;
    if (q.op.to) undo[{q.fiscal_year, *q.op.to}] -= q.op.amount;
  }
  if (undo.empty()) return;
  for (auto& l : lines)
    if (auto it = undo.find({l.fiscal_year, l.code}); it != undo.end()) l.amount += it->second;
}

std::vector<EarmarkLine> earmark_lines_on(store::Repository& repo, int fiscal_year, const Date& on) {
  auto lines = earmark_lines(repo, fiscal_year);
  as_they_stood(repo.ledger(), lines, on);
  return lines;
}

std::map<std::string, Money> transferred_through(store::Repository& repo, int fiscal_year, const Date& on) {
  std::map<std::string, Money> net;
  for (const auto& q : repo.ledger().quota_ops(fiscal_year)) {
    if (q.op.op != "transfer" || q.op.date > on) continue;
    net[q.op.from] -= q.op.amount;
    net[q.op.to.value_or("")] += q.op.amount;
  }
  return net;
}

}  // namespace fundledger::ledger
