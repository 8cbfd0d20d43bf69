// A year's budget lines on a day (quota_lines.hpp).
#include "ledger/quota_lines.hpp"

namespace fundledger::ledger {

std::vector<EarmarkLine> earmark_lines_on(store::Repository& repo, int fiscal_year, const Date& on) {
  std::map<std::string, Money> undo;
  for (const auto& q : repo.ledger().quota_ops(fiscal_year)) {
    if (q.op.date <= on) continue;
    undo[q.op.from] += q.op.amount;
    if (q.op.to) undo[*q.op.to] -= q.op.amount;
  }
  auto lines = earmark_lines(repo, fiscal_year);
  for (auto& l : lines)
    if (auto it = undo.find(l.code); it != undo.end()) l.amount += it->second;
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
