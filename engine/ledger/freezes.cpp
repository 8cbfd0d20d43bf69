// Freezes of quota as of a date (freezes.hpp).
#include "ledger/freezes.hpp"

#include <map>

#include "text/text.hpp"

namespace fundledger::ledger {

std::string frozen_what(const std::string& scope, const std::string& target, int fiscal_year) {
  return scope == "source"
             ? text::tr("freeze.what_source", text::arg("doc", target))
             : text::tr("freeze.what_line", text::arg("year", fiscal_year), text::arg("earmark", target));
}

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
