// The year end (year_end.hpp).
#include "ledger/year_end.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace fundledger::ledger {

namespace {

using Key = std::tuple<int, std::string, std::string>;  // money year, source, earmark ("": at the source)

std::string month_end(int year) { return std::to_string(year) + "-12"; }

// What each source of a fiscal year up to `year` had not allocated on the year's last day.
void add_unallocated(store::LedgerReads& reads, int year, std::map<Key, Money>& out) {
  const auto last_day = calendar::Date(static_cast<unsigned short>(year), 12, 31);
  std::map<std::string, Money> reduced;
  for (const auto& r : reads.source_reductions(std::nullopt))
    if (r.reduction.date <= last_day) reduced[r.reduction.source_doc] += r.reduction.amount;
  for (const auto& s : reads.balance_by_source(false, std::nullopt, last_day)) {
    auto source = reads.find_source(s.key);
    if (!source || source->fiscal_year > year) continue;
    const Money left = s.amount - s.allocated - reduced[s.key];
    if (!left.is_zero()) out[{source->fiscal_year, s.key, ""}] += left;
  }
}

}  // namespace

std::vector<entries::Carryover> carried_at_year_end(store::LedgerReads& reads, int year) {
  std::map<Key, Money> unspent;
  add_unallocated(reads, year, unspent);
  for (const auto& f : reads.lot_flows(std::nullopt, month_end(year)))
    if (f.fiscal_year <= year) unspent[{f.fiscal_year, f.source_doc, f.earmark}] += f.allocated - f.paid;
  std::vector<entries::Carryover> out;
  for (const auto& [key, amount] : unspent) {
    if (!amount.is_positive()) continue;
    const auto& [money_year, source, earmark] = key;
    const int years = year - money_year + 1;
    out.push_back({money_year, source, earmark, amount, years, years > kRecallAfterYears});
  }
  return out;
}

std::vector<CarryoverState> carryover_as_of(store::LedgerReads& reads, const entries::YearClose& close,
                                            const std::string& through_month) {
  std::map<Key, Money> paid, recalled;
  std::map<std::string, Money> allocated_from;
  for (const auto& f : reads.lot_flows(month_end(close.fiscal_year), through_month)) {
    paid[{f.fiscal_year, f.source_doc, f.earmark}] += f.paid;
    allocated_from[f.source_doc] += f.allocated;
  }
  for (const auto& r : reads.recalls(recall_prefix(close.fiscal_year))) {
    const auto& reduction = r.reduction;
    if (calendar::format_date(reduction.date).substr(0, 7) > through_month) continue;
    Money from_lots;
    for (const auto& f : reduction.flows) {
      recalled[{f.fiscal_year, f.source_doc, f.earmark}] -= f.amount;
      from_lots -= f.amount;
    }
    recalled[{reduction.fiscal_year, reduction.source_doc, ""}] += reduction.amount - from_lots;
    allocated_from[reduction.source_doc] += from_lots;  // what the recall gave back was not allocated
  }
  std::vector<CarryoverState> out;
  for (const auto& row : close.carried) {
    const Key key{row.money_year, row.source_doc, row.earmark};
    Money used = row.earmark.empty() ? allocated_from[row.source_doc] : paid[key];
    used = std::clamp(used, Money(), row.amount);
    out.push_back({row, used, std::min(recalled[key], row.amount - used)});
  }
  return out;
}

std::string recall_prefix(int year) { return "recall/" + std::to_string(year) + "/"; }

std::string recall_id(int year, const std::string& source_doc) { return recall_prefix(year) + source_doc; }

std::optional<store::YearCloseRow> year_closed(store::LedgerReads& reads, int year) {
  for (auto& c : reads.year_closes())
    if (c.close.fiscal_year == year) return c;
  return std::nullopt;
}

}  // namespace fundledger::ledger
