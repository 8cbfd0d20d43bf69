// Freezes of quota as of a date (freezes.hpp).
#include "ledger/freezes.hpp"

#include <map>

namespace fundledger::ledger {

std::vector<FreezeState> freezes_as_of(const std::vector<store::FreezeRow>& rows,
                                       const calendar::Date& as_of) {
  std::vector<FreezeState> out;
  std::map<std::string, std::size_t> at;
  for (const auto& r : rows) {
    const auto& q = r.freeze;
    if (q.date > as_of) continue;
    if (q.action == "freeze") {
      at[q.freeze_id] = out.size();
      out.push_back({q.freeze_id, q.scope, q.target, q.fiscal_year, q.date, q.amount, Money(), q.percent,
                     q.doc_no, q.reason, r.operator_name});
    } else if (auto it = at.find(q.freeze_id); it != at.end()) {
      out[it->second].unfrozen += q.amount;
    }
  }
  return out;
}

}  // namespace fundledger::ledger
