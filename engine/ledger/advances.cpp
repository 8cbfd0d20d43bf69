// Advances and their settlement (advances.hpp).
#include "ledger/advances.hpp"

#include <algorithm>
#include <map>

namespace fundledger::ledger {

std::vector<AdvanceRow> advances_as_of(store::LedgerReads& reads, const calendar::Date& as_of) {
  std::map<std::string, AdvanceRow> rows;
  for (const auto& b : reads.balance_by_source(false, std::nullopt, as_of)) {
    auto s = reads.find_source(b.key);
    if (!s || s->category != kAdvanceCategory || s->received_on > as_of) continue;
    auto& r = rows[b.key];
    r.doc_no = b.key;
    r.name = s->name;
    r.fiscal_year = s->fiscal_year;
    r.date = s->received_on;
    r.amount = s->amount;
    r.allocated = b.allocated;
    r.paid = b.disbursed;
  }
  for (const auto& row : reads.advance_settlements(std::nullopt)) {
    const auto& a = row.settlement;
    auto it = rows.find(a.advance_doc);
    if (a.date > as_of || it == rows.end()) continue;
    it->second.settled += a.amount;
    auto& by = it->second.settled_by;
    if (std::find(by.begin(), by.end(), a.source_doc) == by.end()) by.push_back(a.source_doc);
  }
  std::vector<AdvanceRow> out;
  for (auto& [doc, r] : rows) {
    if (r.outstanding().is_positive()) r.days = calendar::days_between(r.date, as_of);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace fundledger::ledger
